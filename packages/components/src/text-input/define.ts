// Entry point `@cydran/components/text-input`: defines <cyd-text-input>.
import { CydTextInput } from './text-input.js';
import { define } from '../internal/define.js';

define('cyd-text-input', CydTextInput);
export { CydTextInput };

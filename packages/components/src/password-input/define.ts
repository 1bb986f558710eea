// Entry point `@cydran/components/password-input`: defines <cyd-password-input>.
import { CydPasswordInput } from './password-input.js';
import { define } from '../internal/define.js';

define('cyd-password-input', CydPasswordInput);
export { CydPasswordInput };

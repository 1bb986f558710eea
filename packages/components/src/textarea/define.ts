// Entry point `@cydran/components/textarea`: defines <cyd-textarea>.
import { CydTextarea } from './textarea.js';
import { define } from '../internal/define.js';

define('cyd-textarea', CydTextarea);
export { CydTextarea };

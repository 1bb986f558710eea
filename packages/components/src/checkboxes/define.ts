// Entry point `@cydran/components/checkboxes`: defines <cyd-checkboxes>.
import { CydCheckboxes } from './checkboxes.js';
import { define } from '../internal/define.js';

define('cyd-checkboxes', CydCheckboxes);
export { CydCheckboxes };

// Entry point `@cydran/components/date-input`: defines <cyd-date-input>.
import { CydDateInput } from './date-input.js';
import { define } from '../internal/define.js';

define('cyd-date-input', CydDateInput);
export { CydDateInput };

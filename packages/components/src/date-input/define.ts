// Entry point `@cydran/components/date-input`: defines <cyd-date-input>.
// Its exports are the component's public API: `@cydran/components` re-exports
// the same names from the modules they come from (scripts/generate-components.js).
import { CydDateInput } from './date-input.js';
import { define } from '../internal/define.js';

define('cyd-date-input', CydDateInput);
export { CydDateInput };
export { dateInputDefinition } from './date-input.template.js';

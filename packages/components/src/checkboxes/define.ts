// Entry point `@cydran/components/checkboxes`: defines <cyd-checkboxes>.
// Its exports are the component's public API: `@cydran/components` re-exports
// the same names from the modules they come from (scripts/generate-components.js).
import { CydCheckboxes } from './checkboxes.js';
import { define } from '../internal/define.js';

define('cyd-checkboxes', CydCheckboxes);
export { CydCheckboxes };
export { checkboxesDefinition } from './checkboxes.template.js';

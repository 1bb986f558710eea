// Entry point `@cydran/components/select`: defines <cyd-select>.
// Its exports are the component's public API: `@cydran/components` re-exports
// the same names from the modules they come from (scripts/generate-components.js).
import { CydSelect } from './select.js';
import { define } from '../internal/define.js';

define('cyd-select', CydSelect);
export { CydSelect };
export { selectDefinition } from './select.template.js';
export type { SelectEntry, SelectOption, SelectOptionGroup } from './select.template.js';

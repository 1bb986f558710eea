// Entry point `@cydran/components/table`: defines <cyd-table>.
// Its exports are the component's public API: `@cydran/components` re-exports
// the same names from the modules they come from (scripts/generate-components.js).
import { CydTable } from './table.js';
import { define } from '../internal/define.js';

define('cyd-table', CydTable);
export { CydTable };
export { tableDefinition } from './table.template.js';

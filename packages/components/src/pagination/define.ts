// Entry point `@cydran/components/pagination`: defines <cyd-pagination>.
// Its exports are the component's public API: `@cydran/components` re-exports
// the same names from the modules they come from (scripts/generate-components.js).
import { CydPagination } from './pagination.js';
import { define } from '../internal/define.js';

define('cyd-pagination', CydPagination);
export { CydPagination };
export { paginationDefinition } from './pagination.template.js';

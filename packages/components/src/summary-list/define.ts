// Entry point `@cydran/components/summary-list`: defines <cyd-summary-list>.
// Its exports are the component's public API: `@cydran/components` re-exports
// the same names from the modules they come from (scripts/generate-components.js).
import { CydSummaryList } from './summary-list.js';
import { define } from '../internal/define.js';

define('cyd-summary-list', CydSummaryList);
export { CydSummaryList };
export { summaryListDefinition } from './summary-list.template.js';

// Entry point `@cydran/components/summary-card`: defines <cyd-summary-card>.
// Its exports are the component's public API: `@cydran/components` re-exports
// the same names from the modules they come from (scripts/generate-components.js).
import { CydSummaryCard } from './summary-card.js';
import { define } from '../internal/define.js';

define('cyd-summary-card', CydSummaryCard);
export { CydSummaryCard };
export { summaryCardDefinition } from './summary-card.template.js';

// Entry point `@cydran/components/error-summary`: defines <cyd-error-summary>.
// Its exports are the component's public API: `@cydran/components` re-exports
// the same names from the modules they come from (scripts/generate-components.js).
import { CydErrorSummary } from './error-summary.js';
import { define } from '../internal/define.js';

define('cyd-error-summary', CydErrorSummary);
export { CydErrorSummary };
export { errorSummaryDefinition } from './error-summary.template.js';
export type { ErrorSummaryItem } from './error-summary.template.js';

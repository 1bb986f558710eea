// Entry point `@cydran/components/error-summary`: defines <cyd-error-summary>.
import { CydErrorSummary } from './error-summary.js';
import { define } from '../internal/define.js';

define('cyd-error-summary', CydErrorSummary);
export { CydErrorSummary };

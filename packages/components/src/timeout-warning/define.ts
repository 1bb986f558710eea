// Entry point `@cydran/components/timeout-warning`: defines <cyd-timeout-warning>.
// Its exports are the component's public API: `@cydran/components` re-exports
// the same names from the modules they come from (scripts/generate-components.js).
import { CydTimeoutWarning } from './timeout-warning.js';
import { define } from '../internal/define.js';

define('cyd-timeout-warning', CydTimeoutWarning);
export { CydTimeoutWarning };
export type { TimeoutClock } from './timeout-warning.js';
export { DEFAULT_CHANNEL, DEFAULT_WARN_BEFORE, timeoutWarningDefinition } from './timeout-warning.template.js';

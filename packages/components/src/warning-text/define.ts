// Entry point `@cydran/components/warning-text`: defines <cyd-warning-text>.
// Its exports are the component's public API: `@cydran/components` re-exports
// the same names from the modules they come from (scripts/generate-components.js).
import { CydWarningText } from './warning-text.js';
import { define } from '../internal/define.js';

define('cyd-warning-text', CydWarningText);
export { CydWarningText };
export { warningTextDefinition } from './warning-text.template.js';

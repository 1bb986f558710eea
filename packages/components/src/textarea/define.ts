// Entry point `@cydran/components/textarea`: defines <cyd-textarea>.
// Its exports are the component's public API: `@cydran/components` re-exports
// the same names from the modules they come from (scripts/generate-components.js).
import { CydTextarea } from './textarea.js';
import { define } from '../internal/define.js';

define('cyd-textarea', CydTextarea);
export { CydTextarea };
export { textareaDefinition } from './textarea.template.js';

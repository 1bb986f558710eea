// Entry point `@cydran/components/text-input`: defines <cyd-text-input>.
// Its exports are the component's public API: `@cydran/components` re-exports
// the same names from the modules they come from (scripts/generate-components.js).
import { CydTextInput } from './text-input.js';
import { define } from '../internal/define.js';

define('cyd-text-input', CydTextInput);
export { CydTextInput };
export { textInputDefinition } from './text-input.template.js';

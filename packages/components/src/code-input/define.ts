// Entry point `@cydran/components/code-input`: defines <cyd-code-input>.
// Its exports are the component's public API: `@cydran/components` re-exports
// the same names from the modules they come from (scripts/generate-components.js).
import { CydCodeInput } from './code-input.js';
import { define } from '../internal/define.js';

define('cyd-code-input', CydCodeInput);
export { CydCodeInput };
export { DEFAULT_CODE_LENGTH, codeInputDefinition, securityCodeDigits, securityCodeProblem } from './code-input.template.js';

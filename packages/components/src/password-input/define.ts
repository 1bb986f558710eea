// Entry point `@cydran/components/password-input`: defines <cyd-password-input>.
// Its exports are the component's public API: `@cydran/components` re-exports
// the same names from the modules they come from (scripts/generate-components.js).
import { CydPasswordInput } from './password-input.js';
import { define } from '../internal/define.js';

define('cyd-password-input', CydPasswordInput);
export { CydPasswordInput };
export { passwordInputDefinition } from './password-input.template.js';

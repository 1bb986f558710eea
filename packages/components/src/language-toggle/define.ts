// Entry point `@cydran/components/language-toggle`: defines <cyd-language-toggle>.
// Its exports are the component's public API: `@cydran/components` re-exports
// the same names from the modules they come from (scripts/generate-components.js).
import { CydLanguageToggle } from './language-toggle.js';
import { define } from '../internal/define.js';

define('cyd-language-toggle', CydLanguageToggle);
export { CydLanguageToggle };
export { languageToggleDefinition } from './language-toggle.template.js';
export type { LanguageChangeDetail } from './language-toggle.js';

// Entry point `@cydran/components/language-toggle`: defines <cyd-language-toggle>.
import { CydLanguageToggle } from './language-toggle.js';
import { define } from '../internal/define.js';

define('cyd-language-toggle', CydLanguageToggle);
export { CydLanguageToggle };

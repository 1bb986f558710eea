// Entry point `@cydran/components/back-link`: defines <cyd-back-link>.
// Its exports are the component's public API: `@cydran/components` re-exports
// the same names from the modules they come from (scripts/generate-components.js).
import { CydBackLink } from './back-link.js';
import { define } from '../internal/define.js';

define('cyd-back-link', CydBackLink);
export { CydBackLink };
export { backLinkDefinition } from './back-link.template.js';

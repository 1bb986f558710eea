// Entry point `@cydran/components/skip-link`: defines <cyd-skip-link>.
// Its exports are the component's public API: `@cydran/components` re-exports
// the same names from the modules they come from (scripts/generate-components.js).
import { CydSkipLink } from './skip-link.js';
import { define } from '../internal/define.js';

define('cyd-skip-link', CydSkipLink);
export { CydSkipLink };
export { skipLinkDefinition } from './skip-link.template.js';

// Entry point `@cydran/components/header`: defines <cyd-header>.
// Its exports are the component's public API: `@cydran/components` re-exports
// the same names from the modules they come from (scripts/generate-components.js).
import { CydHeader } from './header.js';
import { define } from '../internal/define.js';

define('cyd-header', CydHeader);
export { CydHeader };
export { headerDefinition } from './header.template.js';

// Entry point `@cydran/components/breadcrumbs`: defines <cyd-breadcrumbs>.
// Its exports are the component's public API: `@cydran/components` re-exports
// the same names from the modules they come from (scripts/generate-components.js).
import { CydBreadcrumbs } from './breadcrumbs.js';
import { define } from '../internal/define.js';

define('cyd-breadcrumbs', CydBreadcrumbs);
export { CydBreadcrumbs };
export { breadcrumbsDefinition } from './breadcrumbs.template.js';

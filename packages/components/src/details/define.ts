// Entry point `@cydran/components/details`: defines <cyd-details>.
// Its exports are the component's public API: `@cydran/components` re-exports
// the same names from the modules they come from (scripts/generate-components.js).
import { CydDetails } from './details.js';
import { define } from '../internal/define.js';

define('cyd-details', CydDetails);
export { CydDetails };
export { detailsDefinition } from './details.template.js';

// Entry point `@cydran/components/footer`: defines <cyd-footer>.
// Its exports are the component's public API: `@cydran/components` re-exports
// the same names from the modules they come from (scripts/generate-components.js).
import { CydFooter } from './footer.js';
import { define } from '../internal/define.js';

define('cyd-footer', CydFooter);
export { CydFooter };
export { footerDefinition } from './footer.template.js';

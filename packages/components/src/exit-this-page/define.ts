// Entry point `@cydran/components/exit-this-page`: defines <cyd-exit-this-page>.
// Its exports are the component's public API: `@cydran/components` re-exports
// the same names from the modules they come from (scripts/generate-components.js).
import { CydExitThisPage } from './exit-this-page.js';
import { define } from '../internal/define.js';

define('cyd-exit-this-page', CydExitThisPage);
export { CydExitThisPage };
export { exitThisPageDefinition } from './exit-this-page.template.js';

// Entry point `@cydran/components/not-translated`: defines <cyd-not-translated>.
// Its exports are the component's public API: `@cydran/components` re-exports
// the same names from the modules they come from (scripts/generate-components.js).
import { CydNotTranslated } from './not-translated.js';
import { define } from '../internal/define.js';

define('cyd-not-translated', CydNotTranslated);
export { CydNotTranslated };
export { notTranslatedDefinition } from './not-translated.template.js';

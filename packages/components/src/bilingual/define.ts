// Entry point `@cydran/components/bilingual`: defines <cyd-bilingual>.
// Its exports are the component's public API: `@cydran/components` re-exports
// the same names from the modules they come from (scripts/generate-components.js).
import { CydBilingual } from './bilingual.js';
import { define } from '../internal/define.js';

define('cyd-bilingual', CydBilingual);
export { CydBilingual };
export { bilingualDefinition } from './bilingual.template.js';

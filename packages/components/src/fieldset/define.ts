// Entry point `@cydran/components/fieldset`: defines <cyd-fieldset>.
// Its exports are the component's public API: `@cydran/components` re-exports
// the same names from the modules they come from (scripts/generate-components.js).
import { CydFieldset } from './fieldset.js';
import { define } from '../internal/define.js';

define('cyd-fieldset', CydFieldset);
export { CydFieldset };
export { fieldsetDefinition } from './fieldset.template.js';

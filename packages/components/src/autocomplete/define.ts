// Entry point `@cydran/components/autocomplete`: defines <cyd-autocomplete>.
// Its exports are the component's public API: `@cydran/components` re-exports
// the same names from the modules they come from (scripts/generate-components.js).
import { CydAutocomplete } from './autocomplete.js';
import { define } from '../internal/define.js';

define('cyd-autocomplete', CydAutocomplete);
export { CydAutocomplete };
export { autocompleteDefinition } from './autocomplete.template.js';
export type { AutocompleteResult } from './autocomplete.template.js';

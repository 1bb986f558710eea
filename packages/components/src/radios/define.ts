// Entry point `@cydran/components/radios`: defines <cyd-radios>.
// Its exports are the component's public API: `@cydran/components` re-exports
// the same names from the modules they come from (scripts/generate-components.js).
import { CydRadios } from './radios.js';
import { define } from '../internal/define.js';

define('cyd-radios', CydRadios);
export { CydRadios };
export { radiosDefinition } from './radios.template.js';
export type { ChoiceEntry, ChoiceOption, ChoiceDivider } from '../choice-group/choice-group.template.js';

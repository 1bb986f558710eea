// Entry point `@cydran/components/character-count`: defines <cyd-character-count>.
// Its exports are the component's public API: `@cydran/components` re-exports
// the same names from the modules they come from (scripts/generate-components.js).
import { CydCharacterCount } from './character-count.js';
import { define } from '../internal/define.js';

define('cyd-character-count', CydCharacterCount);
export { CydCharacterCount };
export { characterCountDefinition } from './character-count.template.js';

// Entry point `@cydran/components/character-count`: defines <cyd-character-count>.
import { CydCharacterCount } from './character-count.js';
import { define } from '../internal/define.js';

define('cyd-character-count', CydCharacterCount);
export { CydCharacterCount };

// Entry point `@cydran/components/tag`: defines <cyd-tag>.
// Its exports are the component's public API: `@cydran/components` re-exports
// the same names from the modules they come from (scripts/generate-components.js).
import { CydTag } from './tag.js';
import { define } from '../internal/define.js';

define('cyd-tag', CydTag);
export { CydTag };
export { tagDefinition } from './tag.template.js';

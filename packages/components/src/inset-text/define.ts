// Entry point `@cydran/components/inset-text`: defines <cyd-inset-text>.
// Its exports are the component's public API: `@cydran/components` re-exports
// the same names from the modules they come from (scripts/generate-components.js).
import { CydInsetText } from './inset-text.js';
import { define } from '../internal/define.js';

define('cyd-inset-text', CydInsetText);
export { CydInsetText };
export { insetTextDefinition } from './inset-text.template.js';

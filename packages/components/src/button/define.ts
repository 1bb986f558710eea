// Entry point `@cydran/components/button`: defines <cyd-button>.
// Its exports are the component's public API: `@cydran/components` re-exports
// the same names from the modules they come from (scripts/generate-components.js).
import { CydButton } from './button.js';
import { define } from '../internal/define.js';

define('cyd-button', CydButton);
export { CydButton };
export { buttonDefinition } from './button.template.js';
export { DOUBLE_CLICK_WINDOW_MS } from './button.js';

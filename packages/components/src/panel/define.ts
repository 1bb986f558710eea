// Entry point `@cydran/components/panel`: defines <cyd-panel>.
// Its exports are the component's public API: `@cydran/components` re-exports
// the same names from the modules they come from (scripts/generate-components.js).
import { CydPanel } from './panel.js';
import { define } from '../internal/define.js';

define('cyd-panel', CydPanel);
export { CydPanel };
export { panelDefinition } from './panel.template.js';

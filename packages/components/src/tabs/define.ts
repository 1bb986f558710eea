// Entry point `@cydran/components/tabs`: defines <cyd-tabs>.
// Its exports are the component's public API: `@cydran/components` re-exports
// the same names from the modules they come from (scripts/generate-components.js).
import { CydTabs } from './tabs.js';
import { define } from '../internal/define.js';

define('cyd-tabs', CydTabs);
export { CydTabs };
export { tabsDefinition } from './tabs.template.js';

// Entry point `@cydran/components/service-navigation`: defines <cyd-service-navigation>.
// Its exports are the component's public API: `@cydran/components` re-exports
// the same names from the modules they come from (scripts/generate-components.js).
import { CydServiceNavigation } from './service-navigation.js';
import { define } from '../internal/define.js';

define('cyd-service-navigation', CydServiceNavigation);
export { CydServiceNavigation };
export { serviceNavigationDefinition } from './service-navigation.template.js';

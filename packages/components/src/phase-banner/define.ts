// Entry point `@cydran/components/phase-banner`: defines <cyd-phase-banner>.
// Its exports are the component's public API: `@cydran/components` re-exports
// the same names from the modules they come from (scripts/generate-components.js).
import { CydPhaseBanner } from './phase-banner.js';
import { define } from '../internal/define.js';

define('cyd-phase-banner', CydPhaseBanner);
export { CydPhaseBanner };
export { phaseBannerDefinition } from './phase-banner.template.js';

// Entry point `@cydran/components/accordion`: defines <cyd-accordion>.
// Its exports are the component's public API: `@cydran/components` re-exports
// the same names from the modules they come from (scripts/generate-components.js).
import { CydAccordion } from './accordion.js';
import { define } from '../internal/define.js';

define('cyd-accordion', CydAccordion);
export { CydAccordion };
export { accordionDefinition } from './accordion.template.js';

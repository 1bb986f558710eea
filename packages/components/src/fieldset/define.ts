// Entry point `@cydran/components/fieldset`: defines <cyd-fieldset>.
import { CydFieldset } from './fieldset.js';
import { define } from '../internal/define.js';

define('cyd-fieldset', CydFieldset);
export { CydFieldset };

// Entry point `@cydran/components/radios`: defines <cyd-radios>.
import { CydRadios } from './radios.js';
import { define } from '../internal/define.js';

define('cyd-radios', CydRadios);
export { CydRadios };

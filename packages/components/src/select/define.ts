// Entry point `@cydran/components/select`: defines <cyd-select>.
import { CydSelect } from './select.js';
import { define } from '../internal/define.js';

define('cyd-select', CydSelect);
export { CydSelect };

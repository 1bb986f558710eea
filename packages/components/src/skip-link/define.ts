// Entry point `@cydran/components/skip-link`: defines <cyd-skip-link>.
import { CydSkipLink } from './skip-link.js';
import { define } from '../internal/define.js';

define('cyd-skip-link', CydSkipLink);
export { CydSkipLink };

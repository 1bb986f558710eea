// Entry point `@cydran/components/button`: defines <cyd-button>.
import { CydButton } from './button.js';
import { define } from '../internal/define.js';

define('cyd-button', CydButton);
export { CydButton };

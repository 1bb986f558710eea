// Defines every Cydran element: the entry of dist/cydran.js, the
// self-registering bundle for pages with no build step.
import './button/define.js';
import './character-count/define.js';
import './checkboxes/define.js';
import './date-input/define.js';
import './error-summary/define.js';
import './fieldset/define.js';
import './file-upload/define.js';
import './language-toggle/define.js';
import './password-input/define.js';
import './radios/define.js';
import './schema/define.js';
import './select/define.js';
import './skip-link/define.js';
import './text-input/define.js';
import './textarea/define.js';

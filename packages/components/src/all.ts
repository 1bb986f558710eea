// Defines every Cydran element: the entry of dist/cydran.js, the
// self-registering bundle for pages with no build step.
import './button.js';
import './character-count.js';
import './checkboxes.js';
import './date-input.js';
import './error-summary.js';
import './fieldset.js';
import './file-upload.js';
import './language-toggle.js';
import './password-input.js';
import './radios.js';
import './schema.js';
import './select.js';
import './skip-link.js';
import './text-input.js';
import './textarea.js';

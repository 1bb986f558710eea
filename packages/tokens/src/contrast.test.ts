// The same contrast suite in Chromium; tokens-css.test.ts checks the stylesheet itself.
import './contrast.spec.js';

/**
 * The client runner: `<cyd-form-runner src action>`, a form definition run
 * in the browser for a page with no server of its own. Import
 * `./define.js` to register the element.
 */
export { CydFormRunner, type RunnerStep } from './form-runner.js';
export { clientMessages, type ClientWords } from './messages.js';

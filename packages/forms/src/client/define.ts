import { CydFormRunner } from './form-runner.js';

export { CydFormRunner };

if (!customElements.get('cyd-form-runner')) customElements.define('cyd-form-runner', CydFormRunner);

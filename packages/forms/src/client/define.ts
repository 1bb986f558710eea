import { CydFormRunner } from './form-runner.js';

export { CydFormRunner };

/**
 * Registers `<cyd-form-runner>` (once). Importing this module
 * (`@cydran/forms/client`) does it; the function is for bundles that drop an
 * import's side effects anyway.
 */
export function defineFormRunner(): void {
  if (!customElements.get('cyd-form-runner')) customElements.define('cyd-form-runner', CydFormRunner);
}

defineFormRunner();

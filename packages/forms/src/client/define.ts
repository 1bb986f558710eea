import { CydFormRunner } from './form-runner.js';

export { CydFormRunner };

/**
 * Registers `<cyd-form-runner>` (once). Importing this module does it; the
 * function is for bundles that drop the import's side effect (this package
 * says `"sideEffects": false` until its entry for the client runner is added).
 */
export function defineFormRunner(): void {
  if (!customElements.get('cyd-form-runner')) customElements.define('cyd-form-runner', CydFormRunner);
}

defineFormRunner();

import { DEV_MODE } from './dev-mode.js';

/**
 * Registers an element once. A page may load two copies of Cydran (a CMS
 * widget and the service's own bundle); the second define is skipped
 * instead of throwing, and a differing copy is reported.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing) {
    if (DEV_MODE && existing !== element) {
      console.warn(`[cydran] <${tag}> is already defined by another copy of Cydran; this copy's definition is not used.`);
    }
    return;
  }
  customElements.define(tag, element);
}

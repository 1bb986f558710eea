import { CydElement } from '../internal/cyd-element.js';
import { litProperties } from '../internal/props.js';
import { type BilingualProps, bilingualDefinition, bilingualProps } from './bilingual.template.js';

/**
 * The same content in Welsh and English side by side, Welsh first by
 * default, stacked in the same order on small screens and side by side in
 * print. Each column has its own `lang`; Cydran components inside follow it.
 *
 * @tag cyd-bilingual
 */
export class CydBilingual extends CydElement<typeof bilingualProps> {
  static override definition = bilingualDefinition;
  static override properties = litProperties(bilingualProps);
}

// The properties Lit creates from the spec, typed for TypeScript users.
export interface CydBilingual extends BilingualProps {}

declare global {
  interface HTMLElementTagNameMap {
    'cyd-bilingual': CydBilingual;
  }
}

import { CydElement } from '../internal/cyd-element.js';
import { litProperties } from '../internal/props.js';
import { fieldsetDefinition, type FieldsetProps, fieldsetProps } from './fieldset.template.js';

/**
 * Groups fields that answer one question (an address, contact details)
 * under a legend. The fields inside are the author's own elements, moved in
 * as they are, so nested Cydran fields keep their values and listeners.
 *
 * @tag cyd-fieldset
 */
export class CydFieldset extends CydElement<typeof fieldsetProps> {
  static override definition = fieldsetDefinition;
  static override properties = litProperties(fieldsetProps);
}

// The properties Lit creates from the spec, typed for TypeScript users.
export interface CydFieldset extends FieldsetProps {}

declare global {
  interface HTMLElementTagNameMap {
    'cyd-fieldset': CydFieldset;
  }
}

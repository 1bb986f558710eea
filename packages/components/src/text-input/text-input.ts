import { FormControl } from '../internal/form-control.js';
import { litProperties } from '../internal/props.js';
import { textInputDefinition, type TextInputProps, textInputProps } from './text-input.template.js';

/**
 * A single-line text field: label, hint, error message and a native `<input>`
 * in the light DOM, submitted by the surrounding form.
 *
 * @tag cyd-text-input
 */
export class CydTextInput extends FormControl<typeof textInputProps> {
  static override definition = textInputDefinition;
  static override properties = litProperties(textInputProps);
}

// The properties Lit creates from the spec, typed for TypeScript users.
export interface CydTextInput extends TextInputProps {}

declare global {
  interface HTMLElementTagNameMap {
    'cyd-text-input': CydTextInput;
  }
}

import { FormControl } from '../internal/form-control.js';
import { litProperties } from '../internal/props.js';
import { textareaDefinition, type TextareaProps, textareaProps } from './textarea.template.js';

/**
 * A multi-line text field: label, hint, error message and a native
 * `<textarea>` in the light DOM, submitted by the surrounding form.
 *
 * @tag cyd-textarea
 */
export class CydTextarea extends FormControl<typeof textareaProps> {
  static override definition = textareaDefinition;
  static override properties = litProperties(textareaProps);
}

// The properties Lit creates from the spec, typed for TypeScript users.
export interface CydTextarea extends TextareaProps {}

declare global {
  interface HTMLElementTagNameMap {
    'cyd-textarea': CydTextarea;
  }
}

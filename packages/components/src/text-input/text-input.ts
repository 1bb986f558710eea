import { FormControl, type Problem } from '../internal/form-control.js';
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

  /**
   * Length limits, checked by us: the native `maxlength` would cut off what
   * is typed, and the native `minlength` checks only what was typed since the
   * page loaded, not a value the server showed back.
   */
  protected override customProblem(): Problem | null {
    const control = this.controls[0];
    const length = [...this.value].length;
    if (control && this.props.maxlength !== undefined && length > this.props.maxlength) return { reason: 'tooLong', target: control };
    if (control && this.props.minlength !== undefined && length > 0 && length < this.props.minlength) return { reason: 'tooShort', target: control };
    return super.customProblem();
  }
}

// The properties Lit creates from the spec, typed for TypeScript users.
export interface CydTextInput extends TextInputProps {}

declare global {
  interface HTMLElementTagNameMap {
    'cyd-text-input': CydTextInput;
  }
}

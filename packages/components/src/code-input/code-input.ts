import type { Locale } from '@cydran/i18n';
import { type ControlElement, FormControl, type Problem, type ValidityReason } from '../internal/form-control.js';
import { litProperties } from '../internal/props.js';
import { codeInputMessages } from './code-input.messages.js';
import {
  type CodeInputProps,
  DEFAULT_CODE_LENGTH,
  codeInputDefinition,
  codeInputProps,
  securityCodeDigits,
  securityCodeProblem,
} from './code-input.template.js';

/**
 * A security code field: one text box for the code sent by text message or
 * email (`autocomplete="one-time-code"`, numeric keyboard), checked on submit
 * for its number of digits, with the code's expiry in words and an optional
 * "Problems with the code?" link to get a new one.
 *
 * Spaces and dashes are accepted ("123 456", "123-456"): the box keeps only
 * the digits when the person leaves it, and the form always submits the
 * digits alone. It is the native input that holds and submits them; there is
 * no hidden copy.
 *
 * @tag cyd-code-input
 */
export class CydCodeInput extends FormControl<typeof codeInputProps> {
  static override definition = codeInputDefinition;
  static override properties = litProperties(codeInputProps);

  get #length(): number {
    const length = this.props.length;
    return length !== undefined && Number.isInteger(length) && length > 0 ? length : DEFAULT_CODE_LENGTH;
  }

  /** The code's digits alone, or the value as it is when it has other characters. */
  get digits(): string {
    return securityCodeDigits(this.value) ?? this.value;
  }

  protected override customProblem(): Problem | null {
    const control = this.controls[0];
    const value = this.value;
    // An empty box is the native `required`'s to report.
    if (control && value !== '') {
      const reason = securityCodeProblem(value, this.#length);
      if (reason) return { reason, target: control };
    }
    return this.validatorProblem(this.digits);
  }

  protected override defaultMessage(reason: ValidityReason, locale: Locale, control?: ControlElement): string {
    const m = codeInputMessages[locale];
    switch (reason) {
      case 'valueMissing':
        return m.valueMissing;
      case 'tooShort':
      case 'tooLong':
        return m.wrongLength(this.#length);
      case 'patternMismatch':
        return m.notDigits;
      default:
        return super.defaultMessage(reason, locale, control);
    }
  }

  /** Puts only the digits in the box, when the rest is separators. */
  #normalise(): string | null {
    const control = this.controls[0];
    if (!control) return null;
    const digits = securityCodeDigits(control.value);
    if (digits === null || digits === control.value) return null;
    control.value = digits;
    this.invalidateValidity();
    return digits;
  }

  // Before the base's own `change` listener, so it sees the digits.
  readonly #onChange = (event: Event): void => {
    if (event.target === this.controls[0]) this.#normalise();
  };

  /**
   * The form is building what it sends: the digits alone, even when the
   * person pressed Enter without leaving the box.
   */
  formDataCallback(data: FormData): void {
    const control = this.controls[0];
    const name = control?.name;
    if (!control || !name || control.matches(':disabled')) return;
    const digits = this.#normalise();
    if (digits !== null && data.getAll(name).length === 1) data.set(name, digits);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('change', this.#onChange, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('change', this.#onChange, true);
  }
}

// The properties Lit creates from the spec, typed for TypeScript users.
export interface CydCodeInput extends CodeInputProps {}

declare global {
  interface HTMLElementTagNameMap {
    'cyd-code-input': CydCodeInput;
  }
}

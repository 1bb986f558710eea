import { FormControl } from '../internal/form-control.js';
import { addListener, removeListener } from '../internal/form-participation.js';
import { litProperties } from '../internal/props.js';
import { type PasswordInputProps, type PasswordInputState, passwordInputDefinition, passwordInputProps } from './password-input.template.js';

/**
 * A password field with a Show/Hide toggle. The toggle only exists once
 * JavaScript has run (a button that does nothing would be worse than none).
 * The password is hidden again before the form submits or the page is left,
 * so the browser never stores it as plain text or shows it on Back. Pasting
 * is always allowed: password managers depend on it.
 *
 * @tag cyd-password-input
 */
export class CydPasswordInput extends FormControl<typeof passwordInputProps> {
  static override definition = passwordInputDefinition;
  static override properties = litProperties(passwordInputProps);

  // Its browser render differs from the server's: the show-password button exists only with JavaScript.
  protected override adoptsServerMarkup(): boolean {
    return false;
  }

  #visible = false;
  #announcement: PasswordInputState['announcement'];
  #submittingForm: HTMLFormElement | null = null;

  /** Whether the password shows as plain text now. */
  get passwordVisible(): boolean {
    return this.#visible;
  }

  /** Shows the password as plain text, and says so to screen readers. */
  showPassword(): void {
    this.#setVisible(true, true);
  }

  /** Hides the password, and says so to screen readers. */
  hidePassword(): void {
    this.#setVisible(false, true);
  }

  #setVisible(visible: boolean, announce: boolean): void {
    if (visible === this.#visible) return;
    this.#visible = visible;
    this.#announcement = announce ? (visible ? 'visible' : 'hidden') : undefined;
    // Hiding must not wait for a render: it runs just before a submit or
    // page change, which will not wait either.
    const input = this.controls[0];
    if (!visible && input instanceof HTMLInputElement) input.type = 'password';
    this.requestUpdate();
  }

  protected override renderProps(): PasswordInputProps & PasswordInputState {
    return { ...super.renderProps(), enhanced: true, visible: this.#visible, announcement: this.#announcement };
  }

  readonly #onClick = (event: Event): void => {
    const toggle = (event.target as Element | null)?.closest('.cyd-password-input__toggle');
    if (!toggle || !this.contains(toggle)) return;
    this.#setVisible(!this.#visible, true);
  };
  readonly #hideQuietly = (): void => {
    this.#setVisible(false, false);
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('click', this.#onClick);
    this.#submittingForm = this.closest('form');
    if (this.#submittingForm) addListener(this.#submittingForm, 'submit', this.#hideQuietly);
    window.addEventListener('pagehide', this.#hideQuietly);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('click', this.#onClick);
    if (this.#submittingForm) removeListener(this.#submittingForm, 'submit', this.#hideQuietly);
    this.#submittingForm = null;
    window.removeEventListener('pagehide', this.#hideQuietly);
  }
}

// The properties Lit creates from the spec, typed for TypeScript users.
export interface CydPasswordInput extends PasswordInputProps {}

declare global {
  interface HTMLElementTagNameMap {
    'cyd-password-input': CydPasswordInput;
  }
}

import type { PropertyValues } from 'lit';
import { CydElement } from '../internal/cyd-element.js';
import { reportDeveloperErrors } from '../internal/developer-errors.js';
import { DEV_MODE } from '../internal/dev-mode.js';
import { addListener, removeListener } from '../internal/form-participation.js';
import { litProperties } from '../internal/props.js';
import { contentContainer, hasMeaningfulContent } from '../internal/upgrade.js';
import { buttonDefinition, type ButtonProps, buttonProps } from './button.template.js';

/** How long a second activation is ignored after the first: long enough for a double click, short enough not to block a real retry. */
export const DOUBLE_CLICK_WINDOW_MS = 1000;

/**
 * A button: a native `<button>` in the light DOM (so it submits the
 * surrounding form, with its own name and value), or with `href` a link
 * styled as a button.
 *
 * Submit buttons ignore a second click within a second of submitting, so a
 * double click does not send a form twice. The button is not disabled while
 * it waits: a disabled button drops focus and goes silent for screen readers.
 *
 * @tag cyd-button
 */
export class CydButton extends CydElement<typeof buttonProps> {
  static override definition = buttonDefinition;
  static override properties = litProperties(buttonProps);

  #ignoreActivationUntil = 0;
  #form: HTMLFormElement | null = null;
  #focusedBeforeUpgrade = false;

  /** The native `<button>`, or the `<a>` for a link button. */
  get control(): HTMLButtonElement | HTMLAnchorElement | null {
    return this.querySelector<HTMLButtonElement | HTMLAnchorElement>(':scope > [data-cyd-root]');
  }

  override focus(options?: FocusOptions): void {
    this.control?.focus(options);
  }

  /** Activates the native control, as a person's click would (the host itself has no behaviour). */
  override click(): void {
    this.control?.click();
  }

  /** Whether a second activation soon after the first is ignored. */
  get guardsDoubleClick(): boolean {
    const props = this.props;
    if (props.allowDoubleClick) return false;
    return props.preventDoubleClick || (!props.href && props.type === 'submit');
  }

  // A submit button's guard starts when the form actually submits, not at the
  // click: a click that validation blocked must not stop the person
  // submitting again straight after fixing the answer. The listener is in the
  // bubble phase so it runs after Cydran's own check of `novalidate` forms
  // (a capturing listener), which stops an invalid submission before it.
  get #guardStartsOnSubmit(): boolean {
    const props = this.props;
    return !props.href && props.type === 'submit' && this.#form !== null;
  }

  readonly #onClick = (event: MouseEvent): void => {
    if (!this.guardsDoubleClick) return;
    if (performance.now() < this.#ignoreActivationUntil) {
      // Capture phase on the host runs before the page's own click handlers.
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    if (!this.#guardStartsOnSubmit) this.#startGuard();
  };

  readonly #onSubmit = (event: Event): void => {
    if (event instanceof SubmitEvent && event.submitter && event.submitter === this.control && this.guardsDoubleClick) this.#startGuard();
  };

  readonly #onKeydown = (event: KeyboardEvent): void => {
    // A native button activates on Space; a link does not. People expect
    // anything that looks like a button to respond to Space.
    const control = this.control;
    if (event.key !== ' ' || !(control instanceof HTMLAnchorElement) || event.target !== control) return;
    event.preventDefault();
    control.click();
  };

  #startGuard(): void {
    this.#ignoreActivationUntil = performance.now() + DOUBLE_CLICK_WINDOW_MS;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('click', this.#onClick, true);
    this.addEventListener('keydown', this.#onKeydown);
    this.#form = this.closest('form');
    if (this.#form) addListener(this.#form, 'submit', this.#onSubmit);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('click', this.#onClick, true);
    this.removeEventListener('keydown', this.#onKeydown);
    if (this.#form) removeListener(this.#form, 'submit', this.#onSubmit);
    this.#form = null;
  }

  protected override createRenderRoot(): HTMLElement {
    // The upgrade re-renders the server's button; keep focus on it if the
    // person had already tabbed to it.
    this.#focusedBeforeUpgrade = this.contains(document.activeElement);
    return super.createRenderRoot();
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    if (this.#focusedBeforeUpgrade) this.control?.focus();
    if (!DEV_MODE) return;
    const container = contentContainer(this);
    const hasContent = !!container && hasMeaningfulContent([...container.childNodes]);
    const hasText = this.text(this.props.buttonText) !== '';
    if (hasContent && hasText) {
      reportDeveloperErrors(this, ['<cyd-button> has both content and text="…"; both are shown. Use one.']);
    } else if (!hasContent && !hasText) {
      reportDeveloperErrors(this, [
        '<cyd-button> has no words, so nobody can tell what it does. Put them inside the tag (<cyd-button>Continue</cyd-button>) or add text="…" text-cy="…".',
      ]);
    }
  }
}

// The properties Lit creates from the spec, typed for TypeScript users.
export interface CydButton extends ButtonProps {}

declare global {
  interface HTMLElementTagNameMap {
    'cyd-button': CydButton;
  }
}

import type { PropertyValues } from 'lit';
import type { Locale } from '@cydran/i18n';
import { FormControl, type ControlElement, type ValidityReason } from '../internal/form-control.js';
import { formMessages } from '../internal/messages.js';
import type { Props, PropSpec } from '../internal/props.js';
import { type ChoiceRenderState, REVEAL_ATTRIBUTE } from './choice-group.template.js';

/**
 * Behaviour radios and checkboxes share: the value as the checked options,
 * conditional content revealed under a checked option (and disabled while
 * hidden, so it is neither submitted nor validated), and "Select …"
 * messages. The native inputs stay the form's controls: arrow keys, space,
 * FormData and reset are the browser's own.
 */
export abstract class ChoiceGroup<S extends PropSpec = PropSpec> extends FormControl<S> {
  #pendingValues: string[] | undefined;

  protected abstract readonly kindMessage: 'valueMissingChoice' | 'valueMissingChoices';

  /** The native radio or checkbox inputs, in order. */
  get inputs(): HTMLInputElement[] {
    return this.controls.filter((c): c is HTMLInputElement => c instanceof HTMLInputElement);
  }

  /** The values of the checked options, in order. */
  get checkedValues(): string[] {
    return this.inputs.filter((input) => input.checked).map((input) => input.value);
  }

  protected setCheckedValues(values: readonly string[]): void {
    if (this.inputs.length === 0) {
      this.#pendingValues = [...values];
      return;
    }
    for (const input of this.inputs) input.checked = values.includes(input.value);
    this.valueSetByScript();
    this.requestUpdate();
  }

  /** Values checked by default: the `value` attribute, subclasses decide its shape. */
  protected abstract defaultValues(): string[];

  protected override renderProps(): Props<S> & ChoiceRenderState {
    return { ...super.renderProps(), revealed: this.revealedValues() };
  }

  /** Values whose conditional content shows: what is checked (before the first render, what is checked by default). */
  protected revealedValues(): ReadonlySet<string> {
    return new Set(this.inputs.length ? this.checkedValues : (this.#pendingValues ?? this.defaultValues()));
  }

  protected override defaultMessage(reason: ValidityReason, locale: Locale, control?: ControlElement): string {
    if (reason === 'valueMissing') return formMessages[locale][this.kindMessage];
    return super.defaultMessage(reason, locale, control);
  }

  readonly #onChoiceChange = (event: Event): void => {
    const target = event.target;
    if (!(target instanceof HTMLInputElement) || !this.inputs.includes(target)) return;
    this.choiceChanged(target);
    // Re-render so conditional content, aria-expanded and errors follow the choice.
    this.requestUpdate();
  };

  /** A hook for what a choice changes beyond itself (exclusive checkboxes). */
  protected choiceChanged(_input: HTMLInputElement): void {}

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('change', this.#onChoiceChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('change', this.#onChoiceChange);
  }

  // Native reset restores checked states: conditional content follows them.
  override formResetCallback(): void {
    super.formResetCallback();
    this.requestUpdate();
  }

  /**
   * The server shows every option's conditional content (so it works with
   * JavaScript off); the browser hides those of unchecked options, so a
   * group with conditional content renders on upgrade.
   */
  protected override adoptsServerMarkup(): boolean {
    return !this.querySelector(`[${REVEAL_ATTRIBUTE}], [data-cyd-content]:not([data-cyd-content=""])`);
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    if (this.#pendingValues) {
      const values = this.#pendingValues;
      this.#pendingValues = undefined;
      this.setCheckedValues(values);
    }
    // Upgrade has just restored what the person had checked: show its
    // reveals (in a microtask, as a new update rather than one inside this).
    if (!this.adoptsServerMarkup()) queueMicrotask(() => this.requestUpdate());
  }
}

import type { PropertyValues } from 'lit';
import { FormControl, type ControlElement, type ValidityReason } from '../internal/form-control.js';
import { formMessages } from '../internal/messages.js';
import type { PropSpec } from '../internal/props.js';

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
    this.requestUpdate();
  }

  /** Values checked by default: the `value` attribute, subclasses decide its shape. */
  protected abstract defaultValues(): string[];

  protected override renderProps(): typeof this.props {
    // Before the first render there are no inputs yet: reveal what is checked by default.
    const revealed = new Set(this.inputs.length ? this.checkedValues : (this.#pendingValues ?? this.defaultValues()));
    return { ...super.renderProps(), revealed } as typeof this.props;
  }

  protected override defaultMessage(reason: ValidityReason, control?: ControlElement): string {
    if (reason === 'valueMissing') return formMessages[this.locale][this.kindMessage];
    return super.defaultMessage(reason, control);
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
    this.closest('form')?.addEventListener('reset', this.#onReset);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('change', this.#onChoiceChange);
    this.closest('form')?.removeEventListener('reset', this.#onReset);
  }

  // Native reset restores checked states after the event: re-render then.
  readonly #onReset = (): void => {
    setTimeout(() => this.requestUpdate());
  };

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    if (this.#pendingValues) {
      const values = this.#pendingValues;
      this.#pendingValues = undefined;
      this.setCheckedValues(values);
    }
    // Upgrade has just restored what the person had checked: show its
    // reveals (in a microtask, as a new update rather than one inside this).
    queueMicrotask(() => this.requestUpdate());
  }
}

import type { PropertyValues } from 'lit';
import { litProperties } from '../internal/props.js';
import { FormControl, type ValidationProblem } from '../internal/form-control.js';
import { type DateParts, type DateProblem, PARTS, dateOfBirthRequiredMessage, dateProblem, isoFromParts, parseIso } from './date-input.check.js';
import { type DatePart, dateInputMessages } from './date-input.messages.js';
import { type DateInputProps, dateInputDefinition, dateInputProps, parseErrorParts } from './date-input.template.js';

/**
 * A date as three boxes — day, month, year — in a fieldset whose legend is
 * the question. The three native inputs submit as `name-day`, `name-month`
 * and `name-year`; one error message names what is wrong and only the wrong
 * boxes are highlighted.
 *
 * @tag cyd-date-input
 */
export class CydDateInput extends FormControl<typeof dateInputProps> {
  static override definition = dateInputDefinition;
  static override properties = litProperties(dateInputProps);

  #pendingIso: string | undefined;
  #form: HTMLFormElement | null = null;

  /** The three boxes as typed. */
  get parts(): DateParts {
    const [day, month, year] = PARTS.map((part) => this.#input(part)?.value ?? '');
    return { day: day!, month: month!, year: year! };
  }

  /** The date as ISO `YYYY-MM-DD` when the boxes make a real date, else ''. */
  override get value(): string {
    return isoFromParts(this.parts);
  }
  override set value(iso: string) {
    if (!this.#input('day')) {
      this.#pendingIso = iso;
      return;
    }
    const date = parseIso(iso);
    for (const part of PARTS) this.#input(part)!.value = date ? String(date[part]) : '';
    this.requestUpdate();
  }

  #input(part: DatePart): HTMLInputElement | undefined {
    return this.controls.find((c): c is HTMLInputElement => c.id.endsWith(`-${part}`));
  }

  #dateProblem(): DateProblem | null {
    return dateProblem(this.parts, {
      past: this.past,
      future: this.future,
      min: this.min,
      max: this.max,
      dateOfBirth: this.autocomplete === 'bday',
    });
  }

  protected override customProblem(): ValidationProblem | null {
    if (this.controls.length === 0) return null;
    const blank = PARTS.every((part) => this.parts[part].trim() === '');
    if (blank && this.required) {
      return { reason: 'valueMissing', message: this.messageFor('valueMissing'), target: this.#input('day') ?? null };
    }
    const problem = this.#dateProblem();
    if (problem) {
      const override = this.messageFor(problem.reason);
      return {
        reason: problem.reason,
        // messageFor gives the author's override, else our general words; the problem's own words are better.
        message: this.#hasOverride(problem.reason) ? override : problem.message(this.locale),
        target: this.#input(problem.parts[0] ?? 'day') ?? null,
      };
    }
    return super.customProblem();
  }

  #hasOverride(reason: string): boolean {
    const overrides = this.messages as Record<string, unknown> | undefined;
    return overrides?.[reason] != null;
  }

  protected override defaultMessage(reason: string, control?: HTMLInputElement): string {
    if (reason === 'valueMissing') {
      // A date of birth asks for itself in data-model's words; any other date in ours.
      return this.autocomplete === 'bday' ? dateOfBirthRequiredMessage(this.locale) : dateInputMessages[this.locale].valueMissing;
    }
    return super.defaultMessage(reason, control);
  }

  /** The parts to highlight with the error now shown. */
  #wrongParts(): DatePart[] {
    const problem = this.problem;
    if (problem && problem.message === this.errorMessage) {
      if (problem.reason === 'valueMissing') return [...PARTS];
      return this.#dateProblem()?.parts ?? [...PARTS];
    }
    return parseErrorParts(this.errorParts);
  }

  protected override renderProps(): typeof this.props {
    const props = super.renderProps();
    return { ...props, wrongParts: this.controls.length && this.errorMessage ? this.#wrongParts() : undefined } as typeof this.props;
  }

  // The native way to add an entry to a form's data without a hidden input.
  readonly #onFormData = (event: FormDataEvent): void => {
    if (!this.isoName || this.controls.some((c) => c.matches(':disabled'))) return;
    const iso = this.value;
    if (iso) event.formData.append(this.isoName, iso);
  };

  // Typing in one box can change which boxes are wrong: re-render to move the highlight.
  readonly #onPartInput = (): void => {
    if (this.errorMessage) this.requestUpdate();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.#form = this.closest('form');
    this.#form?.addEventListener('formdata', this.#onFormData);
    this.addEventListener('input', this.#onPartInput);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#form?.removeEventListener('formdata', this.#onFormData);
    this.#form = null;
    this.removeEventListener('input', this.#onPartInput);
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    if (this.#pendingIso !== undefined) {
      const iso = this.#pendingIso;
      this.#pendingIso = undefined;
      this.value = iso;
    }
  }
}

export interface CydDateInput extends DateInputProps {}

declare global {
  interface HTMLElementTagNameMap {
    'cyd-date-input': CydDateInput;
  }
}

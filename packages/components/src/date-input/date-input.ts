import type { PropertyValues } from 'lit';
import { litProperties } from '../internal/props.js';
import type { Locale } from '@cydran/i18n';
import { type ControlElement, FormControl, type Problem, type ValidityReason } from '../internal/form-control.js';
import { type DateParts, type DateProblem, PARTS, dateOfBirthRequiredMessage, dateProblem, isoFromParts, parsePartialIso } from './date-input.check.js';
import { type DatePart, dateInputMessages } from './date-input.messages.js';
import { type DateInputProps, type DateInputState, dateInputDefinition, dateInputProps, parseErrorParts, shownParts } from './date-input.template.js';

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

  /** The boxes shown: all three, or two of them (see `parts`). */
  get shownParts(): DatePart[] {
    return shownParts(this.props.parts);
  }

  /** The three boxes as typed. A box not shown stands for any value that makes the others a date. */
  get dateParts(): DateParts {
    const shown = this.shownParts;
    const [day, month, year] = PARTS.map((part) => (shown.includes(part) ? (this.#input(part)?.value ?? '') : undefined));
    // A month and year is checked as its first day; a day and month in a leap year, so 29 February is allowed.
    return { day: day ?? '1', month: month ?? '1', year: year ?? '2000' };
  }

  /**
   * The date in ISO 8601 when the boxes make a real one, else '':
   * `YYYY-MM-DD`, `YYYY-MM` for a month and year, `--MM-DD` for a day and month.
   */
  override get value(): string {
    const iso = isoFromParts(this.dateParts);
    if (!iso) return '';
    const shown = this.shownParts;
    if (!shown.includes('day')) return iso.slice(0, 7);
    if (!shown.includes('year')) return `--${iso.slice(5)}`;
    return iso;
  }
  override set value(iso: string) {
    if (!this.#input(this.shownParts[0] ?? 'day')) {
      this.#pendingIso = iso;
      return;
    }
    const date = parsePartialIso(iso);
    for (const part of this.shownParts) {
      const input = this.#input(part);
      if (input) input.value = date ? String(date[part]) : '';
    }
    this.valueSetByScript();
  }

  #input(part: DatePart): HTMLInputElement | undefined {
    return this.controls.find((c): c is HTMLInputElement => c instanceof HTMLInputElement && c.id.endsWith(`-${part}`));
  }

  #dateProblem(): DateProblem | null {
    const shown = this.shownParts;
    const problem = dateProblem(this.dateParts, {
      past: this.past,
      future: this.future,
      min: this.min,
      max: this.max,
      dateOfBirth: this.autocomplete === 'bday',
    });
    // A box that is not shown is never the problem.
    if (problem) problem.parts = problem.parts.filter((part) => shown.includes(part));
    return problem && problem.parts.length > 0 ? problem : problem && { ...problem, parts: shown };
  }

  protected override customProblem(): Problem | null {
    if (this.controls.length === 0) return null;
    const shown = this.shownParts;
    const blank = shown.every((part) => (this.#input(part)?.value ?? '').trim() === '');
    if (blank) return this.required ? { reason: 'valueMissing', target: this.#input(shown[0] ?? 'day') ?? null } : super.customProblem();
    const problem = this.#dateProblem();
    if (problem) return { reason: problem.reason, target: this.#input(problem.parts[0] ?? 'day') ?? null, words: problem.message };
    return super.customProblem();
  }

  protected override defaultMessage(reason: ValidityReason, locale: Locale, control?: ControlElement): string {
    if (reason === 'valueMissing') {
      // A date of birth asks for itself in data-model's words; any other date in ours.
      return this.autocomplete === 'bday' ? dateOfBirthRequiredMessage(locale) : dateInputMessages[locale].valueMissing;
    }
    return super.defaultMessage(reason, locale, control);
  }

  /** The parts to highlight with the error now shown. */
  #wrongParts(): DatePart[] {
    const problem = this.problem;
    if (problem && problem.message === this.errorMessage) {
      if (problem.reason === 'valueMissing') return this.shownParts;
      return this.#dateProblem()?.parts ?? this.shownParts;
    }
    return parseErrorParts(this.errorParts).filter((part) => this.shownParts.includes(part));
  }

  protected override renderProps(): DateInputProps & DateInputState {
    const props = super.renderProps();
    return { ...props, wrongParts: this.controls.length && props.error ? this.#wrongParts() : undefined };
  }

  // The native way to add an entry to a form's data without a hidden input.
  formDataCallback(data: FormData): void {
    if (!this.isoName || this.controls.some((c) => c.matches(':disabled'))) return;
    const iso = this.value;
    if (iso) data.append(this.isoName, iso);
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

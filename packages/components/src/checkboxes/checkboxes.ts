import { litProperties } from '../internal/props.js';
import type { Problem } from '../internal/form-control.js';
import { ChoiceGroup } from '../choice-group/choice-group.js';
import { type CheckboxesProps, checkboxesDefinition, checkboxesProps, parseDefaultValues } from './checkboxes.template.js';

/**
 * Any number of answers from a list: a fieldset whose legend is the
 * question, native checkboxes in the light DOM (every ticked value submits
 * under the same name), option hints, an exclusive "none of these" option,
 * and conditional content revealed under a ticked option.
 *
 * @tag cyd-checkboxes
 */
export class CydCheckboxes extends ChoiceGroup<typeof checkboxesProps> {
  static override definition = checkboxesDefinition;
  static override properties = litProperties(checkboxesProps);

  protected readonly kindMessage = 'valueMissingChoices';

  /** The ticked values, in the options' order (what the form submits). */
  get values(): string[] {
    return this.checkedValues;
  }
  set values(values: string[]) {
    this.setCheckedValues(values);
  }

  /** The first ticked value, or ''. Use `values` for all of them. */
  override get value(): string {
    return this.checkedValues[0] ?? '';
  }
  override set value(value: string) {
    this.setCheckedValues(value ? [value] : []);
  }

  protected defaultValues(): string[] {
    return parseDefaultValues(this.props.defaultValue);
  }

  protected override customProblem(): Problem | null {
    // A native `required` on a checkbox means "this box must be ticked", not
    // "tick at least one", so "at least one" is checked here instead.
    const enabled = this.inputs.filter((input) => !input.matches(':disabled'));
    if (this.required && enabled.length > 0 && !enabled.some((input) => input.checked)) {
      return { reason: 'valueMissing', target: enabled[0] ?? null };
    }
    return super.customProblem();
  }

  protected override choiceChanged(input: HTMLInputElement): void {
    if (!input.checked) return;
    // GOV.UK's exclusive behaviour: "None of these" and the other answers cannot both be ticked.
    const exclusive = input.hasAttribute('data-exclusive');
    for (const other of this.inputs) {
      if (other !== input && other.checked && (exclusive || other.hasAttribute('data-exclusive'))) other.checked = false;
    }
  }
}

export interface CydCheckboxes extends CheckboxesProps {}

declare global {
  interface HTMLElementTagNameMap {
    'cyd-checkboxes': CydCheckboxes;
  }
}

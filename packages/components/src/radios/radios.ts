import { litProperties } from '../internal/props.js';
import { ChoiceGroup } from '../choice-group/choice-group.js';
import { type RadiosProps, radiosDefinition, radiosProps } from './radios.template.js';

/**
 * One answer from a list: a fieldset whose legend is the question, native
 * radio inputs in the light DOM, option hints, dividers, and conditional
 * content revealed under the chosen option.
 *
 * @tag cyd-radios
 */
export class CydRadios extends ChoiceGroup<typeof radiosProps> {
  static override definition = radiosDefinition;
  static override properties = litProperties(radiosProps);

  protected readonly kindMessage = 'valueMissingChoice';

  /** The chosen option's value, or '' (what the form submits). */
  override get value(): string {
    return this.checkedValues[0] ?? '';
  }
  override set value(value: string) {
    this.setCheckedValues(value ? [value] : []);
  }

  protected defaultValues(): string[] {
    const { defaultValue } = this.props;
    return defaultValue ? [defaultValue] : [];
  }
}

export interface CydRadios extends RadiosProps {}

declare global {
  interface HTMLElementTagNameMap {
    'cyd-radios': CydRadios;
  }
}

import type { Locale } from '@cydran/i18n';
import { DEV_MODE } from '../internal/dev-mode.js';
import { defineComponent } from '../internal/definition.js';
import type { Props, PropSpec } from '../internal/props.js';
import {
  type ChoiceEntry,
  type ChoiceGroupState,
  type ChoiceRenderState,
  type ChoiceOption,
  REVEAL_ATTRIBUTE,
  choiceEntriesOf,
  choiceGroupProblems,
  choiceGroupProps,
  choiceGroupTemplate,
  isDivider,
  withDividers,
} from '../choice-group/choice-group.template.js';

export const checkboxesProps = {
  ...choiceGroupProps,
  /**
   * The values ticked by default (restored by form reset): a JSON array,
   * `value='["email","post"]'`, or one value, `value="email"`.
   */
  defaultValue: { kind: 'string', attribute: 'value' },
} as const satisfies PropSpec;

export type CheckboxesProps = Props<typeof checkboxesProps>;

/** Reads the `value` attribute: a JSON array of values, or a single value. */
export function parseDefaultValues(value: string | undefined): string[] {
  if (!value) return [];
  const trimmed = value.trim();
  if (trimmed.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      if (Array.isArray(parsed)) return parsed.map(String);
    } catch {
      // Not JSON: it is one value that happens to start with a bracket.
    }
  }
  return [value];
}

export function checkboxEntries(p: CheckboxesProps): ChoiceEntry[] {
  return withDividers(choiceEntriesOf('cyd-checkboxes', p));
}

export const checkboxesDefinition = defineComponent({
  tag: 'cyd-checkboxes',
  props: checkboxesProps,
  regionAttribute: REVEAL_ATTRIBUTE,
  template(p: CheckboxesProps & ChoiceRenderState, locale: Locale, content) {
    const state: ChoiceGroupState = {
      defaults: parseDefaultValues(p.defaultValue),
      revealed: p.revealed,
    };
    return choiceGroupTemplate('checkboxes', p, checkboxEntries(p), state, locale, content);
  },
  // Developer checks: in development builds only (docs/adr/0009-development-build-checks.md).
  problems: DEV_MODE
    ? (p) => {
        const entries = checkboxEntries(p);
        const problems = choiceGroupProblems('cyd-checkboxes', p, entries);
        const options = entries.filter((e): e is ChoiceOption => !isDivider(e));
        const unknown = parseDefaultValues(p.defaultValue).filter((v) => !options.some((o) => o.value === v));
        if (unknown.length)
          problems.push(`<cyd-checkboxes name="${p.name ?? ''}">: value lists ${unknown.map((v) => `"${v}"`).join(', ')}, which no option has.`);
        // An exclusive option ticked together with others is not reported: with
        // JavaScript off a person can tick both, and the server shows back what
        // was posted, with its own error about it.
        return problems;
      }
    : undefined,
});

import type { Locale, Text } from '@cydran/i18n';
import { DEV_MODE } from '../internal/dev-mode.js';
import { defineComponent } from '../internal/definition.js';
import type { Props, PropSpec } from '../internal/props.js';
import {
  type ChoiceEntry,
  type ChoiceGroupState,
  type ChoiceRenderState,
  REVEAL_ATTRIBUTE,
  choiceEntriesOf,
  choiceGroupProblems,
  choiceGroupProps,
  choiceGroupTemplate,
} from '../choice-group/choice-group.template.js';
import { choiceMessages } from '../choice-group/choice-group.messages.js';

export const radiosProps = {
  ...choiceGroupProps,
  /** The value checked by default (restored by form reset), like a native radio's `checked`. */
  defaultValue: { kind: 'string', attribute: 'value' },
  /** Two options, yes and no. Give the Welsh answers with `yes-cy`/`no-cy` ("Ydw"/"Nac ydw"). */
  yesNo: { kind: 'boolean' },
  /** The yes answer's label: `yes`, `yes-cy`, `yes-en`. Its value is "yes". */
  yesLabel: { kind: 'text', attribute: 'yes' },
  /** The no answer's label: `no`, `no-cy`, `no-en`. Its value is "no". */
  noLabel: { kind: 'text', attribute: 'no' },
} as const satisfies PropSpec;

export type RadiosProps = Props<typeof radiosProps>;

/** A yes/no label in every language: the author's where given, else our fallback. */
function answerLabel(given: Text | undefined, fallback: 'yes' | 'no'): Text {
  const perLocale = typeof given === 'object' && given !== null ? given : {};
  const plain = typeof given === 'string' ? given : undefined;
  return {
    // A plain `yes="…"` is English: Welsh answers depend on the question's verb.
    en: perLocale.en ?? plain ?? choiceMessages.en[fallback],
    cy: perLocale.cy ?? choiceMessages.cy[fallback],
  };
}

/** The options to show: the author's list, or yes and no. */
export function radioEntries(p: RadiosProps): ChoiceEntry[] {
  if (p.yesNo) {
    return [
      { value: 'yes', label: answerLabel(p.yesLabel, 'yes') },
      { value: 'no', label: answerLabel(p.noLabel, 'no') },
    ];
  }
  return choiceEntriesOf('cyd-radios', p);
}

const hasWelsh = (text: Text | undefined): boolean => typeof text === 'object' && text !== null && !!text.cy;

export const radiosDefinition = defineComponent({
  tag: 'cyd-radios',
  props: radiosProps,
  regionAttribute: REVEAL_ATTRIBUTE,
  template(p: RadiosProps & ChoiceRenderState, locale: Locale, content) {
    const state: ChoiceGroupState = {
      defaults: p.defaultValue ? [p.defaultValue] : [],
      revealed: p.revealed,
    };
    return choiceGroupTemplate('radios', p, radioEntries(p), state, locale, content);
  },
  // Developer checks: in development builds only (docs/adr/0009-development-build-checks.md).
  problems: DEV_MODE
    ? (p) => {
        const problems = choiceGroupProblems('cyd-radios', p, radioEntries(p));
        if (p.yesNo && (!hasWelsh(p.yesLabel) || !hasWelsh(p.noLabel))) {
          problems.push(
            `<cyd-radios name="${p.name ?? ''}" yes-no> has no Welsh answers, so Welsh pages show the fallback "${choiceMessages.cy.yes}"/"${choiceMessages.cy.no}". ` +
              `Welsh answers echo the question's verb: add yes-cy and no-cy, e.g. yes-cy="Ydw" no-cy="Nac ydw" for "Ydych chi…?".`,
          );
        }
        if (p.yesNo && p.options) problems.push(`<cyd-radios name="${p.name ?? ''}"> has both yes-no and options; yes-no wins. Remove one.`);
        if (p.defaultValue && !radioEntries(p).some((e) => 'value' in e && e.value === p.defaultValue)) {
          problems.push(`<cyd-radios name="${p.name ?? ''}">: value="${p.defaultValue}" is not one of the options' values.`);
        }
        return problems;
      }
    : undefined,
});

import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { type Locale, type Text, LOCALES, resolveText } from '@cydran/i18n';
import { asRegionContent } from '../internal/definition.js';
import { controlIdOf, fieldProblems, fieldsetTemplate, fieldWiring, textIn } from '../internal/field.js';
import { fieldProps } from '../internal/field.js';
import type { Props, PropSpec } from '../internal/props.js';
import { choiceMessages } from './choice-group.messages.js';

/**
 * What radios and checkboxes share: a fieldset whose legend is the question,
 * a list of options (each with an optional hint), dividers, and conditional
 * content revealed under an option. Each keeps its own element, class names
 * and messages; this is the common template.
 */

/** One answer a person can choose. */
export interface ChoiceOption {
  value: string;
  label: Text;
  hint?: Text;
  /** Checkboxes only: ticking it clears the others ("None of these"), and ticking another clears it. */
  exclusive?: boolean;
  disabled?: boolean;
}

/** A divider between options: `true` for our "or"/"neu", or the author's own text. */
export interface ChoiceDivider {
  divider: true | Text;
}

export type ChoiceEntry = ChoiceOption | ChoiceDivider;

export const isDivider = (entry: ChoiceEntry): entry is ChoiceDivider => 'divider' in entry;

/** The attribute naming the option whose conditional content an author's child element is. */
export const REVEAL_ATTRIBUTE = 'data-reveal-for';

export const choiceGroupProps = {
  ...fieldProps,
  /** `[{"value":"email","label":{"en":"Email","cy":"E-bost"},"hint":…}, {"divider":true}, …]` */
  options: { kind: 'json', default: undefined as ChoiceEntry[] | undefined },
  /** Options side by side. Only for two short answers, such as yes and no. */
  inline: { kind: 'boolean' },
  /** Smaller targets, for filters and dense layouts; not for a page's main question. */
  small: { kind: 'boolean' },
} as const satisfies PropSpec;

type ChoiceGroupProps = Props<typeof choiceGroupProps>;

export type ChoiceKind = 'radios' | 'checkboxes';

/** What the element knows and the server does not: which options' conditional content shows. */
export interface ChoiceRenderState {
  revealed?: ReadonlySet<string> | undefined;
}

export interface ChoiceGroupState {
  /** Values checked by default (the `checked` attribute, restored by form reset). */
  defaults: readonly string[];
  /**
   * Values whose conditional content is shown. Undefined on the server and
   * before the script runs: then all conditional content shows, so a form
   * with JavaScript off still works (the GOV.UK behaviour).
   */
  revealed: ReadonlySet<string> | undefined;
}

// No aria-expanded on the inputs, unlike GOV.UK Frontend: ARIA 1.2 does not
// allow it on radio or checkbox roles (axe reports it as critical), and
// VoiceOver then announces "double-tap to collapse", which does nothing.
// aria-controls (set only once the script runs, when content can be hidden)
// still ties each option to its content.
export const optionIdOf = (firstId: string, index: number): string => (index === 0 ? firstId : `${firstId}-${index + 1}`);
export const conditionalIdOf = (optionId: string): string => `conditional-${optionId}`;

function dividerText(entry: ChoiceDivider, locale: Locale): string {
  return entry.divider === true ? choiceMessages[locale].or : resolveText(entry.divider, locale);
}

/** Options with exclusive ones given a divider before them, as GOV.UK does for "None of these". */
export function withDividers(entries: readonly ChoiceEntry[]): ChoiceEntry[] {
  const result: ChoiceEntry[] = [];
  for (const entry of entries) {
    const previous = result[result.length - 1];
    if (!isDivider(entry) && entry.exclusive && previous && !isDivider(previous)) result.push({ divider: true });
    result.push(entry);
  }
  return result;
}

export function choiceGroupTemplate(
  kind: ChoiceKind,
  p: ChoiceGroupProps & { required: boolean },
  entries: readonly ChoiceEntry[],
  state: ChoiceGroupState,
  locale: Locale,
  content: unknown,
): TemplateResult {
  const block = `cyd-${kind}`;
  const type = kind === 'radios' ? 'radio' : 'checkbox';
  const id = controlIdOf(p);
  const error = resolveText(p.error, locale);
  const { regions } = asRegionContent(content);
  const f = { ...fieldWiring(p, locale), fieldsetId: `${id}-fieldset`, error };
  let optionIndex = 0;
  const keyed = entries.map((entry, position) => ({
    entry,
    key: isDivider(entry) ? `divider-${position}` : `option-${entry.value}`,
    index: isDivider(entry) ? -1 : optionIndex++,
  }));
  const classes = `${block}${p.inline ? ` ${block}--inline` : ''}${p.small ? ` ${block}--small` : ''}${regions.size ? ` ${block}--conditional` : ''}`;
  const items = html`<div class=${classes}>
    ${repeat(
      keyed,
      (k) => k.key,
      ({ entry, index }) => {
        if (isDivider(entry)) return html`<div class="${block}__divider">${dividerText(entry, locale)}</div>`;
        const optionId = optionIdOf(id, index);
        const hint = textIn(entry.hint, locale);
        const hintId = `${optionId}-item-hint`;
        const hasRegion = regions.has(entry.value);
        const conditionalId = conditionalIdOf(optionId);
        const hidden = hasRegion && state.revealed !== undefined && !state.revealed.has(entry.value);
        return html`<div class="${block}__item">
            <input
              class="${block}__input"
              id=${optionId}
              name=${ifDefined(p.name)}
              type=${type}
              value=${entry.value}
              ?checked=${state.defaults.includes(entry.value)}
              ?required=${kind === 'radios' && p.required}
              ?disabled=${p.disabled || !!entry.disabled}
              aria-describedby=${hint ? hintId : nothing}
              aria-invalid=${error ? 'true' : nothing}
              aria-controls=${hasRegion && state.revealed ? conditionalId : nothing}
              data-exclusive=${entry.exclusive ? '' : nothing}
            />
            <label class="cyd-label ${block}__label" for=${optionId}>${textIn(entry.label, locale)}</label>
            ${hint ? html`<div class="cyd-hint ${block}__hint" id=${hintId}>${hint}</div>` : nothing}
          </div>
          ${hasRegion
            ? html`<fieldset
                class="${block}__conditional"
                role="none"
                id=${conditionalId}
                data-cyd-content=${entry.value}
                ?hidden=${hidden}
                ?disabled=${hidden}
              >${regions.get(entry.value)}</fieldset>`
            : nothing}`;
      },
    )}
  </div>`;
  return fieldsetTemplate(f, items);
}

/** Developer mistakes radios and checkboxes share, each naming the fix. */
export function choiceGroupProblems(tag: string, p: ChoiceGroupProps, entries: readonly ChoiceEntry[]): string[] {
  const problems = fieldProblems(tag, p);
  const options = entries.filter((e): e is ChoiceOption => !isDivider(e));
  if (options.length === 0) {
    problems.push(`<${tag} name="${p.name ?? ''}"> has no options. Add options='[{"value":"…","label":{"en":"…","cy":"…"}}]'.`);
  }
  const seen = new Set<string>();
  for (const option of options) {
    if (typeof option.value !== 'string' || option.value === '') {
      problems.push(`<${tag} name="${p.name ?? ''}">: every option needs a "value" (a non-empty string).`);
      continue;
    }
    if (seen.has(option.value)) problems.push(`<${tag} name="${p.name ?? ''}">: two options have the value "${option.value}". Give each a different value.`);
    seen.add(option.value);
    const missing = LOCALES.filter((locale) => typeof option.label === 'object' && option.label !== null && !option.label[locale]);
    if (!option.label) problems.push(`<${tag} name="${p.name ?? ''}">: the option "${option.value}" has no label. Add "label":{"en":"…","cy":"…"}.`);
    else if (missing.length) problems.push(`<${tag} name="${p.name ?? ''}">: the option "${option.value}" has no label in ${missing.join(', ')}. Add it to "label".`);
  }
  return problems;
}

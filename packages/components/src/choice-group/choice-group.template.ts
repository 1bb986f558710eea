import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { type Locale, type Text, LOCALES, resolveText } from '@cydran/i18n';
import { asRegionContent } from '../internal/definition.js';
import { controlIdOf, fieldProblems, fieldsetTemplate, fieldWiring, textIn } from '../internal/field.js';
import { fieldProps } from '../internal/field.js';
import { INVALID_JSON, type Props, type PropSpec, readProblems } from '../internal/props.js';
import { choiceMessages } from './choice-group.messages.js';

/**
 * What radios and checkboxes share: a fieldset whose legend is the question,
 * a list of options (each with an optional hint), dividers, and conditional
 * content revealed under an option. Each keeps its own element, class names
 * and messages; this is the common template.
 */

/**
 * The most options radios or checkboxes render. Past a few dozen, a list of
 * radios is hard to scan and slow to move through with a keyboard or a
 * screen reader; past this, it is a mistake (a whole register given as
 * options) that would also take the page seconds to draw, so the rest are
 * left out and the developer told what to use instead.
 */
export const CHOICE_OPTIONS_LIMIT = 1_000;
/** More options than this gets advice, in development builds: the list is long enough to need searching. */
export const CHOICE_OPTIONS_ADVISED = 25;
/** What to use for a long list, said in every message about one. */
export const LONG_LIST_ADVICE =
  'use <cyd-select> (with <cyd-autocomplete> around it, so people can type to find their answer), or ask a question first that narrows the list';

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

/** The shape of `options`, shown in every developer error about it. */
export const CHOICE_OPTIONS_EXAMPLE = '[{"value":"…","label":{"en":"…","cy":"…"}}]';

export const choiceGroupProps = {
  ...fieldProps,
  /** `[{"value":"email","label":{"en":"Email","cy":"E-bost"},"hint":…}, {"divider":true}, …]` */
  options: { kind: 'json', example: CHOICE_OPTIONS_EXAMPLE, default: undefined as ChoiceEntry[] | undefined },
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

/**
 * What a developer can set as `options` (from JSON or from JavaScript: any
 * value at all), as the entries that can render: a non-list gives none, and
 * an entry that is neither an option with a string value nor a divider is
 * left out, so the valid ones still render and nothing throws. `problems`
 * receives one message per refusal, naming the index and the shape.
 */
export function choiceEntriesOf(tag: string, p: OptionsProps, problems?: string[]): ChoiceEntry[] {
  const { options } = p;
  const element = `<${tag} name="${p.name ?? ''}">`;
  const at = problems ? authorIndexes(p, 'options') : (index: number) => index;
  // Invalid JSON is reported where it is read (specProblems), with the example.
  if (options === undefined || isInvalidJson(options)) return [];
  if (!Array.isArray(options)) {
    problems?.push(`${element}: options is ${describeValue(options)}, not a list. Give options='${CHOICE_OPTIONS_EXAMPLE}'.`);
    return [];
  }
  if (options.length > CHOICE_OPTIONS_LIMIT) {
    problems?.push(
      `${element}: options has ${options.length} entries, and ${tag.replace('cyd-', '')} show at most ${CHOICE_OPTIONS_LIMIT}, so the rest were left out. For a list this long, ${LONG_LIST_ADVICE}.`,
    );
  }
  const entries: ChoiceEntry[] = [];
  options.slice(0, CHOICE_OPTIONS_LIMIT).forEach((entry: unknown, index) => {
    if (isChoiceEntry(entry)) entries.push(entry);
    else if (isPlainObject(entry)) {
      const value: unknown = Reflect.get(entry, 'value');
      const given = value === undefined || value === '' ? 'no "value"' : `a "value" that is ${describeValue(value)}`;
      problems?.push(
        `${element}: options[${at(index)}] has ${given}, so it was left out. Every option needs a non-empty string value: ${CHOICE_OPTIONS_EXAMPLE}.`,
      );
    } else {
      problems?.push(
        `${element}: options[${at(index)}] is ${describeValue(entry)}, not an option, so it was left out. Give each option as ${CHOICE_OPTIONS_EXAMPLE}.`,
      );
    }
  });
  return entries;
}

/** What the options checks read: the props `readProps` gave (their read problems are kept with them). */
export interface OptionsProps {
  name?: string | undefined;
  options?: unknown;
}

/**
 * Where each entry of the JSON list at `where` (`options`,
 * `options[2].options`) was in the author's list. `readProps` drops `null`
 * entries (and refused cycles), reporting each by its own index, so an entry
 * after one has moved up: a message about it must count them back in.
 */
export function authorIndexes(props: object, where: string): (index: number) => number {
  const dropped: number[] = [];
  for (const problem of readProblems.get(props) ?? []) {
    if (!problem.where.startsWith(`${where}[`) || !problem.where.endsWith(']')) continue;
    const index = problem.where.slice(where.length + 1, -1);
    if (/^\d+$/.test(index)) dropped.push(Number(index));
  }
  dropped.sort((a, b) => a - b);
  return (index) => {
    let original = index;
    for (const gone of dropped) if (gone <= original) original++;
    return original;
  };
}

/** The marker `readProps` leaves for an attribute that is not JSON. */
export const isInvalidJson = (value: unknown): boolean => typeof value === 'object' && value !== null && Object.hasOwn(value, INVALID_JSON);

export const isPlainObject = (value: unknown): value is object => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A divider, or an option with a non-empty string value (its label is checked, and shown as text, elsewhere). */
function isChoiceEntry(entry: unknown): entry is ChoiceEntry {
  if (!isPlainObject(entry)) return false;
  if (Object.hasOwn(entry, 'divider')) return true;
  const value: unknown = Reflect.get(entry, 'value');
  return typeof value === 'string' && value !== '';
}

/** A value as a developer error names it: `a number (1)`, `null`, `an array`, `an object`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  const shown = String(JSON.stringify(value) ?? value);
  return `${/^[aeiou]/.test(typeof value) ? 'an' : 'a'} ${typeof value} (${shown.length > 40 ? `${shown.slice(0, 40)}…` : shown})`;
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
          ${
            hasRegion
              ? html`<fieldset
                class="${block}__conditional"
                role="none"
                id=${conditionalId}
                data-cyd-content=${entry.value}
                ?hidden=${hidden}
                ?disabled=${hidden}
              >${regions.get(entry.value)}</fieldset>`
              : nothing
          }`;
      },
    )}
  </div>`;
  return fieldsetTemplate(f, items);
}

/** Developer mistakes radios and checkboxes share, each naming the fix. */
export function choiceGroupProblems(tag: string, p: ChoiceGroupProps, entries: readonly ChoiceEntry[]): string[] {
  const problems = fieldProblems(tag, p);
  choiceEntriesOf(tag, p, problems);
  const options = entries.filter((e): e is ChoiceOption => !isDivider(e));
  if (options.length === 0) {
    problems.push(`<${tag} name="${p.name ?? ''}"> has no options. Add options='${CHOICE_OPTIONS_EXAMPLE}'.`);
  } else if (options.length > CHOICE_OPTIONS_ADVISED && options.length <= CHOICE_OPTIONS_LIMIT) {
    problems.push(
      `<${tag} name="${p.name ?? ''}"> has ${options.length} options: more than ${CHOICE_OPTIONS_ADVISED} are hard to scan and slow to go through with a keyboard or a screen reader. For a long list, ${LONG_LIST_ADVICE}.`,
    );
  }
  const seen = new Set<string>();
  for (const option of options) {
    if (seen.has(option.value)) problems.push(`<${tag} name="${p.name ?? ''}">: two options have the value "${option.value}". Give each a different value.`);
    seen.add(option.value);
    const missing = LOCALES.filter((locale) => typeof option.label === 'object' && option.label !== null && !option.label[locale]);
    if (!option.label) problems.push(`<${tag} name="${p.name ?? ''}">: the option "${option.value}" has no label. Add "label":{"en":"…","cy":"…"}.`);
    else if (missing.length)
      problems.push(`<${tag} name="${p.name ?? ''}">: the option "${option.value}" has no label in ${missing.join(', ')}. Add it to "label".`);
  }
  return problems;
}

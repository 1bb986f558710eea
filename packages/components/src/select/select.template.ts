import { html, nothing, type TemplateResult } from 'lit';
import { DEV_MODE } from '../internal/dev-mode.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { type Locale, type Text, resolveText } from '@cydran/i18n';
import { type ContentElement, defineComponent } from '../internal/definition.js';
import { bilingualAttribute, textFromContent } from '../internal/content-text.js';
import { controlIdOf, describedBy, fieldProblems, fieldTemplate, fieldWiring } from '../internal/field.js';
import { fieldProps } from '../internal/field.js';
import type { Props, PropSpec } from '../internal/props.js';
import { type OptionsProps, authorIndexes, describeValue, isInvalidJson, isPlainObject } from '../choice-group/choice-group.template.js';

/** One choice. `text` is author text in one or both languages. */
export interface SelectOption {
  value: string;
  text: Text;
  /** Chosen when the page loads (and again on form reset). */
  selected?: boolean;
  disabled?: boolean;
}

/** A labelled group of choices (`<optgroup>`). */
export interface SelectOptionGroup {
  label: Text;
  options: SelectOption[];
  disabled?: boolean;
}

export type SelectEntry = SelectOption | SelectOptionGroup;

/** The shape of `options`, shown in every developer error about it. */
/**
 * The most options a select renders, counting those in groups: a list of
 * every street in Wales is a few thousand; far past that it is a mistake
 * that would take the page seconds to draw and a phone's memory, so the
 * rest are left out and the developer told.
 */
export const SELECT_OPTIONS_LIMIT = 10_000;

export const SELECT_OPTIONS_EXAMPLE = '[{"value":"…","text":{"en":"…","cy":"…"}}]';

export const selectProps = {
  ...fieldProps,
  /**
   * The choices, as JSON or from JavaScript:
   * `[{"value":"cardiff","text":{"en":"Cardiff","cy":"Caerdydd"}}]`.
   * Without it, the element's own `<option>` and `<optgroup>` children are
   * read once, when it first connects.
   */
  options: { kind: 'json', example: SELECT_OPTIONS_EXAMPLE, default: undefined as SelectEntry[] | undefined },
  /** The `value` attribute: which option starts chosen (a server re-showing an answer). */
  defaultValue: { kind: 'string', attribute: 'value' },
  autocomplete: { kind: 'string' },
} as const satisfies PropSpec;

export type SelectProps = Props<typeof selectProps>;

export function isOptionGroup(entry: SelectEntry): entry is SelectOptionGroup {
  return 'options' in entry && Array.isArray(entry.options);
}

/**
 * Author text from an option's attributes and text: `data-text-cy="Caerdydd"`
 * (and `data-text-en`) per language, `data-text` as JSON (what this
 * component renders, so a server render can be read back), else the text.
 */
function optionFrom(element: ContentElement): SelectOption {
  const option: SelectOption = { value: element.attributes.value ?? element.text, text: textFromContent(element, 'data-text', element.text) };
  if ('selected' in element.attributes) option.selected = true;
  if ('disabled' in element.attributes) option.disabled = true;
  return option;
}

/** Reads `<option>` and `<optgroup>` elements (an author's, or a server render's) into entries. */
export function optionsFromContent(content: ContentElement[]): SelectEntry[] {
  const entries: SelectEntry[] = [];
  for (const element of content) {
    if (element.tag === 'option') entries.push(optionFrom(element));
    else if (element.tag === 'optgroup') {
      const group: SelectOptionGroup = {
        label: textFromContent(element, 'data-label', element.attributes.label ?? ''),
        options: element.children.filter((child) => child.tag === 'option').map(optionFrom),
      };
      if ('disabled' in element.attributes) group.disabled = true;
      entries.push(group);
    }
  }
  return entries;
}

const isText = (value: unknown): value is Text => typeof value === 'string' || isPlainObject(value);
const isSelectOption = (value: unknown): value is SelectOption => isPlainObject(value) && typeof Reflect.get(value, 'value') === 'string';

/**
 * What a developer can set as `options` (any value, from JSON or from
 * JavaScript) as the entries that can render: an option needs a string
 * value, a group a label and a list of such options. Anything else is left
 * out, so the valid entries still render and nothing throws; `problems`
 * receives one message per refusal, naming its index and the shape.
 */
export function selectEntriesOf(p: OptionsProps, problems?: string[]): SelectEntry[] {
  const { options } = p;
  const element = `<cyd-select name="${p.name ?? ''}">`;
  const at = (where: string) => (problems ? authorIndexes(p, where) : (index: number) => index);
  const outer = at('options');
  // Invalid JSON is reported where it is read (specProblems), with the example.
  if (options === undefined || isInvalidJson(options)) return [];
  if (!Array.isArray(options)) {
    problems?.push(`${element}: options is ${describeValue(options)}, not a list. Give options='${SELECT_OPTIONS_EXAMPLE}'.`);
    return [];
  }
  const entries: SelectEntry[] = [];
  let room = SELECT_OPTIONS_LIMIT;
  let given = 0;
  const refuse = (where: string, entry: unknown): void => {
    problems?.push(
      `${element}: ${where} is ${isPlainObject(entry) ? 'an object without a string "value"' : describeValue(entry)}, not an option, so it was left out. Give each option as ${SELECT_OPTIONS_EXAMPLE}.`,
    );
  };
  options.forEach((entry: unknown, index) => {
    if (isSelectOption(entry)) {
      given++;
      if (room > 0) {
        room--;
        entries.push(entry);
      }
    } else if (isPlainObject(entry) && Array.isArray(Reflect.get(entry, 'options'))) {
      const groupGiven: unknown[] = Reflect.get(entry, 'options');
      const group = `options[${outer(index)}]`;
      const inner = at(`${group}.options`);
      const groupOptions: SelectOption[] = [];
      groupGiven.forEach((option, i) => {
        if (!isSelectOption(option)) return refuse(`${group}.options[${inner(i)}]`, option);
        given++;
        if (room > 0) {
          room--;
          groupOptions.push(option);
        }
      });
      const label: unknown = Reflect.get(entry, 'label');
      const disabled = Reflect.get(entry, 'disabled') === true;
      entries.push({ label: isText(label) ? label : '', options: groupOptions, ...(disabled ? { disabled } : {}) });
    } else refuse(`options[${outer(index)}]`, entry);
  });
  if (given > SELECT_OPTIONS_LIMIT) {
    problems?.push(
      `${element}: options has ${given} options, and a select shows at most ${SELECT_OPTIONS_LIMIT}, so the rest were left out. For a list this long, search it on the server, or ask a question first that narrows it.`,
    );
  }
  return entries;
}

function optionTemplate(option: SelectOption, locale: Locale, defaultValue: string | undefined): TemplateResult {
  const selected = option.selected === true || (defaultValue !== undefined && option.value === defaultValue);
  return html`<option value=${option.value} ?selected=${selected} ?disabled=${option.disabled === true} data-text=${ifDefined(bilingualAttribute(option.text))}>${resolveText(option.text, locale)}</option>`;
}

export const selectDefinition = defineComponent({
  tag: 'cyd-select',
  props: selectProps,
  template(p, locale) {
    const id = controlIdOf(p);
    const f = fieldWiring(p, locale);
    const entries = selectEntriesOf(p);
    const select = html`<select
      class="cyd-select${f.error ? ' cyd-select--error' : ''}"
      id=${id}
      name=${ifDefined(p.name)}
      autocomplete=${ifDefined(p.autocomplete)}
      ?required=${p.required}
      ?disabled=${p.disabled}
      aria-describedby=${describedBy(f)}
      aria-invalid=${f.error ? 'true' : nothing}
    >
      ${entries.map((entry) =>
        isOptionGroup(entry)
          ? html`<optgroup label=${resolveText(entry.label, locale)} data-label=${ifDefined(bilingualAttribute(entry.label))} ?disabled=${entry.disabled === true}>
              ${entry.options.map((option) => optionTemplate(option, locale, p.defaultValue))}
            </optgroup>`
          : optionTemplate(entry, locale, p.defaultValue),
      )}
    </select>`;
    return fieldTemplate(f, select, 'cyd-select-group');
  },
  propsFromContent(content) {
    const options = optionsFromContent(content);
    return options.length > 0 ? { options } : {};
  },
  // Developer checks: in development builds only (docs/adr/0009-development-build-checks.md).
  problems: DEV_MODE
    ? (p) => {
        const problems = fieldProblems('cyd-select', p);
        const entries = selectEntriesOf(p, problems);
        if (entries.length === 0) {
          problems.push(
            `<cyd-select name="${p.name ?? ''}"> has no options. Put <option value="…" data-text-cy="…">…</option> elements inside it, or set options='${SELECT_OPTIONS_EXAMPLE}'.`,
          );
        } else if (p.required) {
          const first = entries[0]!;
          if (isOptionGroup(first) || first.value !== '') {
            problems.push(
              '<cyd-select required> starts on a real answer, so "required" can never fail. Make the first option a prompt with an empty value: <option value="">Choose…</option>.',
            );
          }
        }
        return problems;
      }
    : undefined,
});

/**
 * Each question type as the Cydran element that asks it, as a Lit template:
 * the same elements, names and settings as the server runner's
 * `questionMarkup` (src/server/question-markup.ts), so a question looks and
 * submits the same with either runner. Everything goes in as the element's
 * properties (author text as `{ en, cy }`, so every element switches
 * language live on its own); nothing is ever parsed as markup.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { Directive, type ElementPart, type PartInfo, PartType, directive } from 'lit/directive.js';
import type { FieldError, FieldValues, Option, Question, Text } from '../definition/types.js';
import { ADDRESS_FIELDS, LIKERT_SCALE, NO_LABEL, SELECT_PROMPT, TEXT_INPUT_SETTINGS, YES_LABEL, ratingLabel } from '../engine/index.js';

export interface QuestionContext {
  values: FieldValues;
  errors: readonly FieldError[];
  /** The page's only question, on a page with no heading: its label is the <h1>. */
  isPageHeading: boolean;
}

type Settings = Record<string, unknown>;

/**
 * Sets an element's properties: `<cyd-radios ${set({ … })}>`. `undefined`
 * leaves a property at its default, or puts back the default of one set
 * before (an error that has gone).
 */
class SetProperties extends Directive {
  readonly #given = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new TypeError('set() goes on an element: <cyd-text-input ${set({ … })}>.');
  }

  render(_settings: Settings): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [settings]: [Settings]): typeof nothing {
    const element = part.element;
    for (const [name, value] of Object.entries(settings)) {
      if (value === undefined) {
        if (this.#given.delete(name)) Reflect.set(element, name, undefined);
        continue;
      }
      this.#given.add(name);
      if (Reflect.get(element, name) !== value) Reflect.set(element, name, value);
    }
    return nothing;
  }
}

const set = directive(SetProperties);

function one(values: FieldValues, name: string): string | undefined {
  const value = values[name];
  return Array.isArray(value) ? value[0] : value;
}

function errorFor(context: QuestionContext, question: Question, field?: string): string | undefined {
  return context.errors.find((e) => e.question === question.id && (field === undefined || e.field === field))?.message;
}

type ChoiceList = { value: string; label: Text; hint?: Text; exclusive?: boolean }[];
type SelectList = { value: string; text: Text }[];

/** One list per definition's options: a re-render (a language switch, an error) gives a control the same list, so it keeps what is chosen. */
const choiceLists = new WeakMap<object, ChoiceList>();
const selectLists = new WeakMap<object, SelectList>();

function cached<T>(lists: WeakMap<object, T>, key: object, make: () => T): T {
  const found = lists.get(key);
  if (found) return found;
  const made = make();
  lists.set(key, made);
  return made;
}

function optionList(options: readonly Option[]): ChoiceList {
  return cached(choiceLists, options, () => options.map((o) => ({ value: o.value, label: o.label, ...(o.hint ? { hint: o.hint } : {}) })));
}

/** What every form control takes: name, label, hint, optional, the error found, page heading, the value shown. */
function common(question: Question, context: QuestionContext): Settings {
  return {
    name: question.id,
    label: question.label,
    hint: question.hint,
    optional: question.optional === true,
    error: errorFor(context, question),
    isPageHeading: context.isPageHeading,
    labelSize: context.isPageHeading ? 'l' : undefined,
    defaultValue: one(context.values, question.id),
  };
}

/** A fieldset of several controls (address, likert), its legend the heading when it is the page's only question. */
function group(question: Question, context: QuestionContext, fields: unknown): TemplateResult {
  return html`<cyd-fieldset ${set({
    legend: question.label,
    hint: question.hint,
    fieldsetId: `${question.id}-fieldset`,
    isPageHeading: context.isPageHeading,
    legendSize: context.isPageHeading ? 'l' : 'm',
  })}>${fields}</cyd-fieldset>`;
}

/** The element for one question, showing `context.values` and the errors found. */
export function questionTemplate(question: Question, context: QuestionContext): TemplateResult {
  const { values } = context;
  const id = question.id;
  const base = common(question, context);
  const textKind = TEXT_INPUT_SETTINGS[question.type];
  if (textKind) {
    const autocomplete = question.type === 'text' && question.autocomplete ? question.autocomplete : undefined;
    return html`<cyd-text-input ${set({ ...base, ...textKind, ...(autocomplete ? { autocomplete } : {}) })}></cyd-text-input>`;
  }
  switch (question.type) {
    case 'long-text':
    case 'comment':
      return html`<cyd-character-count ${set({ ...base, maxlength: question.maxLength })}></cyd-character-count>`;
    case 'date': {
      const shown = context.errors.find((e) => e.question === id);
      const parts = shown?.parts ?? (shown ? [shown.field.slice(id.length + 1)] : []);
      return html`<cyd-date-input ${set({
        ...base,
        defaultValue: undefined,
        valueDay: one(values, `${id}-day`) ?? '',
        valueMonth: one(values, `${id}-month`) ?? '',
        valueYear: one(values, `${id}-year`) ?? '',
        errorParts: parts.length > 0 ? parts.join(' ') : undefined,
      })}></cyd-date-input>`;
    }
    case 'yes-no':
      return html`<cyd-radios ${set({
        ...base,
        yesNo: true,
        inline: true,
        yesLabel: question.labels?.yes ?? YES_LABEL,
        noLabel: question.labels?.no ?? NO_LABEL,
      })}></cyd-radios>`;
    case 'one-of': {
      if (question.display === 'select' || question.display === 'autocomplete') {
        const options = cached(selectLists, question, (): SelectList => [
          { value: '', text: SELECT_PROMPT },
          ...question.options.map((o) => ({ value: o.value, text: o.label })),
        ]);
        const select = html`<cyd-select ${set({ ...base, options })}></cyd-select>`;
        return question.display === 'autocomplete' ? html`<cyd-autocomplete>${select}</cyd-autocomplete>` : select;
      }
      return html`<cyd-radios ${set({ ...base, options: optionList(question.options) })}></cyd-radios>`;
    }
    case 'many-of': {
      const none = question.noneOption;
      const options = cached(choiceLists, question, (): ChoiceList => [
        ...optionList(question.options),
        ...(none ? [{ value: 'none', label: none, exclusive: true }] : []),
      ]);
      const chosen = values[id];
      return html`<cyd-checkboxes ${set({ ...base, options, defaultValue: chosen === undefined ? undefined : JSON.stringify([chosen].flat()) })}></cyd-checkboxes>`;
    }
    case 'rating': {
      const [low, high] = question.scale === '1-5' ? [1, 5] : [0, 10];
      const options = cached(choiceLists, question, (): ChoiceList => {
        const list: ChoiceList = [];
        for (let n = low; n <= high; n++) {
          const label = n === low ? ratingLabel(n, question.lowLabel) : n === high ? ratingLabel(n, question.highLabel) : { en: String(n), cy: String(n) };
          list.push({ value: String(n), label });
        }
        return list;
      });
      return html`<cyd-radios ${set({ ...base, options, inline: question.scale === '1-5' })}></cyd-radios>`;
    }
    case 'likert': {
      const scale = optionList(question.scale ?? LIKERT_SCALE);
      const statements = question.statements.map((statement) => {
        const field = `${id}.${statement.id}`;
        return html`<cyd-radios ${set({
          name: field,
          label: statement.text,
          options: scale,
          small: true,
          optional: question.optional === true,
          error: errorFor(context, question, field),
          defaultValue: one(values, field),
        })}></cyd-radios>`;
      });
      return group(question, context, statements);
    }
    case 'address': {
      const fields = ADDRESS_FIELDS.map(({ part, label, autocomplete, width }) => {
        const name = `${id}-${part}`;
        return html`<cyd-text-input ${set({ name, label, autocomplete, width, error: errorFor(context, question, name), defaultValue: one(values, name) })}></cyd-text-input>`;
      });
      return group(question, context, fields);
    }
    default:
      // A file question: the runner refuses such a form before it shows a page (files need the server runner).
      return html`${nothing}`;
  }
}

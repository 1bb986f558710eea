/**
 * Each question type as the Cydran element that asks it: one table, so a
 * type's markup lives in one place. Every value goes through `attrs` (escaped),
 * and the `<cyd-…>` tags are expanded by the server renderer in renderPage.
 */
import type { Locale } from '@cydran/i18n';
import type { FieldError, FieldValues, Option, Question, Text } from '../definition/types.js';
import { ADDRESS_FIELDS, LIKERT_SCALE, NO_LABEL, SELECT_PROMPT, TEXT_INPUT_SETTINGS, YES_LABEL, ratingLabel } from '../engine/index.js';
import { type Html, attrs, html } from './html.js';

type Values = FieldValues;

export interface QuestionContext {
  locale: Locale;
  values: Values;
  errors: FieldError[];
  /** The question is the page's only one and the page has no heading: its label is the <h1>. */
  isPageHeading: boolean;
}

/** `label="…" label-cy="…"`: both languages, so the component can switch live with JavaScript. */
export function textAttributes(name: string, text: Text | undefined): Record<string, string | undefined> {
  if (!text) return {};
  return { [name]: text.en ?? text.cy, [`${name}-cy`]: text.cy };
}

function one(values: Values, name: string): string | undefined {
  const value = values[name];
  return Array.isArray(value) ? value[0] : value;
}

function many(values: Values, name: string): string[] {
  const value = values[name];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function optionList(options: readonly Option[]): { value: string; label: Text; hint?: Text }[] {
  return options.map((o) => ({ value: o.value, label: o.label, ...(o.hint ? { hint: o.hint } : {}) }));
}

function errorFor(context: QuestionContext, question: Question, field?: string): string | undefined {
  return context.errors.find((e) => e.question === question.id && (field === undefined || e.field === field))?.message;
}

/** What every form control takes: name, label, hint, optional, the server's error, page heading. */
function common(question: Question, context: QuestionContext, name = question.id): Record<string, unknown> {
  return {
    name,
    ...textAttributes('label', question.label),
    ...textAttributes('hint', question.hint),
    optional: question.optional === true,
    error: errorFor(context, question),
    'is-page-heading': context.isPageHeading,
    'label-size': context.isPageHeading ? 'l' : undefined,
  };
}

/** The element for one question, with the person's values and the errors shown. */
export function questionMarkup(question: Question, context: QuestionContext): Html {
  const { values } = context;
  const base = common(question, context);
  const textKind = TEXT_INPUT_SETTINGS[question.type];
  if (textKind) {
    // Attribute names are the properties' in lower case (spellCheck → spellcheck).
    const extra: Record<string, unknown> = Object.fromEntries(Object.entries(textKind).map(([name, value]) => [name.toLowerCase(), value]));
    if (question.type === 'text' && question.autocomplete) extra.autocomplete = question.autocomplete;
    return html`<cyd-text-input${attrs({ ...base, ...extra, value: one(values, question.id) })}></cyd-text-input>`;
  }
  switch (question.type) {
    case 'long-text':
    case 'comment':
      return html`<cyd-character-count${attrs({ ...base, maxlength: question.maxLength, value: one(values, question.id) })}></cyd-character-count>`;
    case 'date': {
      const error = context.errors.find((e) => e.question === question.id);
      const parts = error?.parts ?? (error ? [error.field.slice(question.id.length + 1)] : []);
      return html`<cyd-date-input${attrs({
        ...base,
        'value-day': one(values, `${question.id}-day`) ?? '',
        'value-month': one(values, `${question.id}-month`) ?? '',
        'value-year': one(values, `${question.id}-year`) ?? '',
        'error-parts': parts.length > 0 ? parts.join(' ') : undefined,
      })}></cyd-date-input>`;
    }
    case 'yes-no':
      return html`<cyd-radios${attrs({
        ...base,
        'yes-no': true,
        inline: true,
        value: one(values, question.id),
        ...textAttributes('yes', question.labels?.yes ?? YES_LABEL),
        ...textAttributes('no', question.labels?.no ?? NO_LABEL),
      })}></cyd-radios>`;
    case 'one-of': {
      const value = one(values, question.id);
      if (question.display === 'select' || question.display === 'autocomplete') {
        const options = [{ value: '', text: SELECT_PROMPT }, ...question.options.map((o) => ({ value: o.value, text: o.label }))];
        const select = html`<cyd-select${attrs({ ...base, options, value })}></cyd-select>`;
        return question.display === 'autocomplete' ? html`<cyd-autocomplete>${select}</cyd-autocomplete>` : select;
      }
      return html`<cyd-radios${attrs({ ...base, options: optionList(question.options), value })}></cyd-radios>`;
    }
    case 'many-of': {
      const options: unknown[] = optionList(question.options);
      if (question.noneOption) options.push({ value: 'none', label: question.noneOption, exclusive: true });
      return html`<cyd-checkboxes${attrs({ ...base, options, value: many(values, question.id) })}></cyd-checkboxes>`;
    }
    case 'rating': {
      const [low, high] = question.scale === '1-5' ? [1, 5] : [0, 10];
      const options: { value: string; label: Text }[] = [];
      for (let n = low; n <= high; n++) {
        const label = n === low ? ratingLabel(n, question.lowLabel) : n === high ? ratingLabel(n, question.highLabel) : { en: String(n), cy: String(n) };
        options.push({ value: String(n), label });
      }
      return html`<cyd-radios${attrs({ ...base, options, value: one(values, question.id), inline: question.scale === '1-5' })}></cyd-radios>`;
    }
    case 'likert': {
      const scale = question.scale ?? LIKERT_SCALE;
      const {
        name: _name,
        label: _label,
        'label-cy': _labelCy,
        'is-page-heading': _heading,
        'label-size': _size,
        error: _error,
        optional: _optional,
        ...hint
      } = base;
      const statements = question.statements.map((statement) => {
        const field = `${question.id}.${statement.id}`;
        return html`<cyd-radios${attrs({
          name: field,
          ...textAttributes('label', statement.text),
          options: optionList(scale),
          value: one(values, field),
          small: true,
          optional: question.optional === true,
          error: errorFor(context, question, field),
        })}></cyd-radios>`;
      });
      return html`<cyd-fieldset${attrs({
        ...textAttributes('legend', question.label),
        ...hint,
        'fieldset-id': `${question.id}-fieldset`,
        'is-page-heading': context.isPageHeading,
        'legend-size': context.isPageHeading ? 'l' : 'm',
      })}>${statements}</cyd-fieldset>`;
    }
    case 'address': {
      const fields = ADDRESS_FIELDS.map(({ part, label, ...rest }) => {
        const name = `${question.id}-${part}`;
        return html`<cyd-text-input${attrs({ name, ...textAttributes('label', label), ...rest, value: one(values, name), error: errorFor(context, question, name) })}></cyd-text-input>`;
      });
      return html`<cyd-fieldset${attrs({
        ...textAttributes('legend', question.label),
        ...textAttributes('hint', question.hint),
        'fieldset-id': `${question.id}-fieldset`,
        'is-page-heading': context.isPageHeading,
        'legend-size': context.isPageHeading ? 'l' : 'm',
      })}>${fields}</cyd-fieldset>`;
    }
    case 'file':
      return html`<cyd-file-upload${attrs({ ...base, accept: question.accept.join(','), 'max-size': question.maxBytes })}></cyd-file-upload>`;
    default:
      throw new TypeError(`@cydran/forms runner: question '${question.id}' has type '${question.type}', which the runner cannot show.`);
  }
}

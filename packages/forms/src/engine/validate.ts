/**
 * Posted fields → typed answers, with every problem explained in the page's
 * language. The rules are the data-model's (checks and schemas), so a form
 * and a hand-written page say the same thing about the same answer.
 */
import { type Locale, formatList } from '@cydran/i18n';
import {
  DATE_OF_BIRTH_MAX_AGE,
  address,
  checkDateParts,
  checkEmailAddress,
  checkNationalInsuranceNumber,
  checkNhsNumber,
  checkPostcode,
  checkUkPhoneNumber,
  messageFor,
  tidy,
  validate,
  NAME_MAX_LENGTH,
  type MessageKey,
  type MessageParams,
} from '@cydran/data-model';
import type { Answers, FieldError, FieldValues, FileAnswer, FormDefinition, Question } from '../definition/types.js';
import { addDays, resolveDate, todayIso } from './dates.js';
import { type FormMessageKey, formMessages } from './messages.js';
import { findPage } from './pages.js';

export interface ValidateOptions {
  /** Uploaded files by question id, already stored by the runner. */
  files?: Record<string, FileAnswer>;
  /** 'YYYY-MM-DD'; defaults to the local date (for 'today' in date rules). */
  today?: string;
}

export interface PageValidation {
  answers: Answers;
  errors: FieldError[];
  values: FieldValues;
}

export const ADDRESS_PARTS = ['line1', 'line2', 'town', 'county', 'postcode'] as const;
export const DATE_FIELD_PARTS = ['day', 'month', 'year'] as const;
export const NONE_VALUE = 'none';

/** The posted field names one question reads. */
export function fieldNames(question: Question): string[] {
  switch (question.type) {
    case 'date':
      return DATE_FIELD_PARTS.map((part) => `${question.id}-${part}`);
    case 'address':
      return ADDRESS_PARTS.map((part) => `${question.id}-${part}`);
    case 'likert':
      return question.statements.map((statement) => `${question.id}.${statement.id}`);
    default:
      return [question.id];
  }
}

/** Reads one page's posted fields. For a repeating page, the answers are one item's. */
export function validatePage(form: FormDefinition, pageId: string, input: FieldValues, locale: Locale, options: ValidateOptions = {}): PageValidation {
  const page = findPage(form, pageId);
  const answers: Answers = {};
  const errors: FieldError[] = [];
  const values: FieldValues = {};
  for (const question of page.questions) {
    for (const name of fieldNames(question)) {
      const value = input[name];
      if (value !== undefined) values[name] = Array.isArray(value) ? value.map(String) : String(value);
    }
    const outcome = readQuestion(question, input, locale, options);
    if (outcome.ok) {
      if (outcome.value !== undefined) answers[question.id] = outcome.value;
    } else errors.push(...outcome.errors);
  }
  return { answers, errors, values };
}

export type Outcome = { ok: true; value: unknown } | { ok: false; errors: FieldError[] };

function one(input: FieldValues, name: string): string {
  const value = input[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? tidy(first) : '';
}

function many(input: FieldValues, name: string): string[] {
  const value = input[name];
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.filter((item): item is string => typeof item === 'string' && item !== '');
}

/** An author's override for this reason, in this language, if they wrote one. */
function override(question: Question, reason: string, locale: Locale): string | undefined {
  const errors = question.errors;
  if (!errors || !Object.hasOwn(errors, reason)) return undefined;
  const text = errors[reason]?.[locale];
  return text ? text : undefined;
}

function libraryError(question: Question, field: string, reason: MessageKey, params: MessageParams, locale: Locale, shownAs = reason): FieldError {
  const message = override(question, reason, locale) ?? messageFor({ reason: shownAs, params, fieldPath: [] }, { locale });
  const error: FieldError = { question: question.id, field, message, reason };
  if (params.parts && params.parts.length > 0) error.parts = [...params.parts];
  return error;
}

function formError(
  question: Question,
  field: string,
  reason: FormMessageKey,
  params: Parameters<(typeof formMessages)['en'][FormMessageKey]>[0],
  locale: Locale,
): FieldError {
  const message = override(question, reason, locale) ?? formMessages[locale][reason](params);
  return { question: question.id, field, message, reason };
}

const fail = (...errors: FieldError[]): Outcome => ({ ok: false, errors });
const pass = (value: unknown): Outcome => ({ ok: true, value });

function readText(question: Question, raw: string, maxLength: number | undefined, locale: Locale): Outcome {
  if (raw === '') return question.optional ? pass(undefined) : fail(libraryError(question, question.id, 'required', {}, locale));
  if (maxLength !== undefined && [...raw].length > maxLength) {
    return fail(libraryError(question, question.id, 'tooLong', { maximum: maxLength }, locale));
  }
  return pass(raw);
}

function readCheck(
  question: Question,
  raw: string,
  check: (input: unknown) => { ok: true; value: string } | { ok: false; reason: MessageKey; params: MessageParams },
  locale: Locale,
): Outcome {
  if (raw === '' && question.optional) return pass(undefined);
  const result = check(raw);
  if (result.ok) return pass(result.value);
  // Each check has its own "required" wording ("Enter your NHS number"); the override key stays 'required'.
  const reason = result.reason.endsWith('Required') ? 'required' : result.reason;
  return fail(libraryError(question, question.id, reason as MessageKey, result.params, locale, result.reason));
}

function decimalsOf(text: string): number {
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}

/** One question's answer from the posted fields. */
export function readQuestion(question: Question, input: FieldValues, locale: Locale, options: ValidateOptions = {}): Outcome {
  const id = question.id;
  switch (question.type) {
    case 'text':
      return readText(question, one(input, id), question.maxLength, locale);
    case 'long-text':
    case 'comment':
      return readText(question, one(input, id), question.maxLength, locale);
    case 'name':
      return readText(question, one(input, id), NAME_MAX_LENGTH, locale);
    case 'email':
      return readCheck(question, one(input, id), checkEmailAddress, locale);
    case 'phone':
      return readCheck(question, one(input, id), checkUkPhoneNumber, locale);
    case 'postcode':
      return readCheck(question, one(input, id), checkPostcode, locale);
    case 'nhs-number':
      return readCheck(question, one(input, id), checkNhsNumber, locale);
    case 'ni-number':
      return readCheck(question, one(input, id), checkNationalInsuranceNumber, locale);
    case 'number': {
      const raw = one(input, id).replace(/,/g, '');
      if (raw === '') return question.optional ? pass(undefined) : fail(libraryError(question, id, 'required', {}, locale));
      if (!/^-?(\d+\.?\d*|\.\d+)$/.test(raw)) return fail(formError(question, id, question.decimals === 0 ? 'wholeNumber' : 'numberFormat', {}, locale));
      const decimals = question.decimals ?? 0;
      if (decimalsOf(raw) > decimals) {
        return fail(decimals === 0 ? formError(question, id, 'wholeNumber', {}, locale) : formError(question, id, 'tooManyDecimals', { decimals }, locale));
      }
      const value = Number(raw);
      if (question.min !== undefined && value < question.min) return fail(libraryError(question, id, 'numberTooSmall', { minimum: question.min }, locale));
      if (question.max !== undefined && value > question.max) return fail(libraryError(question, id, 'numberTooBig', { maximum: question.max }, locale));
      return pass(value);
    }
    case 'date': {
      const parts = { day: one(input, `${id}-day`), month: one(input, `${id}-month`), year: one(input, `${id}-year`) };
      if (question.optional && parts.day === '' && parts.month === '' && parts.year === '') return pass(undefined);
      const today = options.today ?? todayIso();
      const limits: { past?: boolean; future?: boolean; min?: string; max?: string; maxAge?: number; minAge?: number } = {};
      if (question.before === 'today') limits.past = true;
      else if (question.before) limits.max = addDays(resolveDate(question.before, today), -1);
      if (question.after === 'today') limits.future = true;
      else if (question.after) limits.min = addDays(resolveDate(question.after, today), 1);
      if (question.dateOfBirth) limits.maxAge = DATE_OF_BIRTH_MAX_AGE;
      const [y, m, d] = today.split('-').map(Number) as [number, number, number];
      const result = checkDateParts(parts, { ...limits, today: { year: y, month: m, day: d } });
      if (result.ok) return pass(result.value);
      const first = result.part ?? result.parts[0] ?? 'day';
      const reason = result.reason === 'dateRequired' || result.reason === 'dateOfBirthRequired' ? 'required' : result.reason;
      const params: MessageParams = { ...result.params, parts: result.parts };
      return fail(libraryError(question, `${id}-${first}`, reason as MessageKey, params, locale, result.reason));
    }
    case 'address': {
      const raw: Record<string, string> = {};
      for (const part of ADDRESS_PARTS) raw[part] = one(input, `${id}-${part}`);
      if (question.optional && ADDRESS_PARTS.every((part) => raw[part] === '')) return pass(undefined);
      const result = validate(address, raw, { locale });
      if (result.success) return pass(result.data);
      return fail(
        ...result.errors.map((error) => {
          const part = typeof error.path[0] === 'string' ? error.path[0] : 'line1';
          const message = override(question, error.code, locale) ?? error.message;
          return { question: id, field: `${id}-${part}`, message, reason: error.code };
        }),
      );
    }
    case 'yes-no': {
      const raw = one(input, id);
      if (raw === 'yes') return pass(true);
      if (raw === 'no') return pass(false);
      if (raw === '' && question.optional) return pass(undefined);
      return fail(libraryError(question, id, raw === '' ? 'required' : 'invalidOption', {}, locale, 'invalidOption'));
    }
    case 'one-of': {
      const raw = one(input, id);
      if (raw === '' && question.optional) return pass(undefined);
      if (question.options.some((option) => option.value === raw)) return pass(raw);
      return fail(libraryError(question, id, raw === '' ? 'required' : 'invalidOption', {}, locale, 'invalidOption'));
    }
    case 'many-of': {
      const chosen = [...new Set(many(input, id))];
      if (chosen.length === 0) return question.optional ? pass(undefined) : fail(libraryError(question, id, 'required', { minimum: 1 }, locale, 'tooFewItems'));
      const known = new Set(question.options.map((option) => option.value));
      if (question.noneOption) known.add(NONE_VALUE);
      if (chosen.some((value) => !known.has(value))) return fail(libraryError(question, id, 'invalidOption', {}, locale));
      if (question.noneOption && chosen.includes(NONE_VALUE) && chosen.length > 1) {
        return fail(formError(question, id, 'noneWithOthers', { none: question.noneOption[locale] }, locale));
      }
      // In the options' order, so the same choices always store the same answer.
      const order = [...question.options.map((option) => option.value), NONE_VALUE];
      return pass(order.filter((value) => chosen.includes(value)));
    }
    case 'rating': {
      const raw = one(input, id);
      if (raw === '' && question.optional) return pass(undefined);
      const [low, high] = question.scale === '1-5' ? [1, 5] : [0, 10];
      const value = /^\d{1,2}$/.test(raw) ? Number(raw) : Number.NaN;
      if (value >= low && value <= high) return pass(value);
      return fail(libraryError(question, id, raw === '' ? 'required' : 'invalidOption', {}, locale, 'invalidOption'));
    }
    case 'likert': {
      const scale = new Set((question.scale ?? LIKERT_SCALE).map((option) => option.value));
      const answer: Record<string, string> = {};
      const errors: FieldError[] = [];
      for (const statement of question.statements) {
        const field = `${id}.${statement.id}`;
        const raw = one(input, field);
        if (raw !== '' && scale.has(raw)) answer[statement.id] = raw;
        else if (raw !== '') errors.push(libraryError(question, field, 'invalidOption', {}, locale));
        else if (!question.optional)
          errors.push({ ...formError(question, field, 'statementRequired', { statement: statement.text[locale] }, locale), reason: 'required' });
      }
      if (errors.length > 0) return fail(...errors);
      return pass(Object.keys(answer).length > 0 ? answer : undefined);
    }
    case 'file': {
      const file = options.files?.[id];
      if (!file) return question.optional ? pass(undefined) : fail({ ...formError(question, id, 'fileRequired', {}, locale), reason: 'required' });
      if (file.size === 0) return fail(formError(question, id, 'fileEmpty', {}, locale));
      if (file.size > question.maxBytes) return fail(formError(question, id, 'fileTooBig', { size: formatBytes(question.maxBytes) }, locale));
      if (!question.accept.includes(file.type)) return fail(formError(question, id, 'fileWrongType', { types: typeList(question.accept, locale) }, locale));
      return pass(file);
    }
  }
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10}MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)}KB`;
  return `${bytes} bytes`;
}

function typeList(accept: readonly string[], locale: Locale): string {
  // Acronyms (PDF, JPEG) are never mutated by the Welsh list rule.
  return formatList(
    accept.map((type) => (type.split('/')[1] ?? type).toUpperCase()),
    locale,
    'disjunction',
  );
}

/** The default five-point agreement scale (GOV.UK's wording). */
export const LIKERT_SCALE = [
  { value: 'strongly-agree', label: { en: 'Strongly agree', cy: 'Cytuno’n gryf' } },
  { value: 'agree', label: { en: 'Agree', cy: 'Cytuno' } },
  { value: 'neutral', label: { en: 'Neither agree nor disagree', cy: 'Ddim yn cytuno nac yn anghytuno' } },
  { value: 'disagree', label: { en: 'Disagree', cy: 'Anghytuno' } },
  { value: 'strongly-disagree', label: { en: 'Strongly disagree', cy: 'Anghytuno’n gryf' } },
] as const;

export function isFileAnswer(value: unknown): value is FileAnswer {
  if (typeof value !== 'object' || value === null) return false;
  const file: Record<string, unknown> = { ...value };
  return (
    typeof file.name === 'string' &&
    typeof file.type === 'string' &&
    typeof file.size === 'number' &&
    typeof file.sha256 === 'string' &&
    typeof file.storageKey === 'string'
  );
}

/**
 * JSON definitions → a checked FormDefinition, or every problem at once.
 * The structure is checked by zod; the rules across it (ids, Welsh,
 * conditions, routes, anonymous surveys) by hand, so one run lists all of
 * them, each naming the page, the question and the path.
 */
import * as z from 'zod';
import { LOCALES, type Locale } from '@cydran/i18n';
import type { Condition, FormDefinition, Page, Question } from './types.js';
import { CHECK_ANSWERS } from './types.js';
import { isIsoDate } from '../engine/dates.js';
import { NONE_VALUE } from '../engine/validate.js';
import { formMessages } from '../engine/messages.js';
import { messagesEn } from '@cydran/data-model';

/** Reasons an author may override: the data-model's message keys and the engine's own. */
const KNOWN_REASONS: ReadonlySet<string> = new Set([...Object.keys(messagesEn), ...Object.keys(formMessages.en)]);

const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
/** URL segments the runner uses itself. */
const RESERVED_PAGE_IDS = new Set([CHECK_ANSWERS, 'confirmation', 'save', 'resume', 'outbox']);
/** Question types that hold personal data: an anonymous survey may not ask them. */
export const PERSONAL_TYPES: ReadonlySet<Question['type']> = new Set(['name', 'email', 'phone', 'address', 'postcode', 'nhs-number', 'ni-number', 'file']);
const PERSONAL_AUTOCOMPLETE = /^(name|given-name|family-name|email|tel|street-address|address-line\d|postal-code|bday)/;
const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', cy: 'Welsh' };

// Partial here so every missing language is reported together by crossCheck; '' stands for "missing" and never reaches a page.
const text = z
  .strictObject({ en: z.string().optional(), cy: z.string().optional() })
  .transform((t): Record<Locale, string> => ({ en: t.en ?? '', cy: t.cy ?? '' }));
const option = z.strictObject({ value: z.string().min(1), label: text, hint: text.optional() });
const conditionValue = z.union([z.string(), z.number(), z.boolean()]);
const condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ question: z.string(), equals: conditionValue }),
    z.strictObject({ question: z.string(), oneOf: z.array(z.union([z.string(), z.number()])).min(1) }),
    z.strictObject({ question: z.string(), before: z.string() }),
    z.strictObject({ question: z.string(), after: z.string() }),
    z.strictObject({ question: z.string(), answered: z.boolean() }),
    z.strictObject({ question: z.string(), min: z.number().optional(), max: z.number().optional() }),
    z.strictObject({ all: z.array(condition).min(1) }),
    z.strictObject({ any: z.array(condition).min(1) }),
    z.strictObject({ not: condition }),
  ]),
);
const base = {
  id: z.string(),
  label: text,
  hint: text.optional(),
  optional: z.boolean().optional(),
  errors: z.record(z.string(), text).optional(),
};
const positive = z.number().int().positive();
const question = z.discriminatedUnion('type', [
  z.strictObject({ ...base, type: z.literal('text'), maxLength: positive.optional(), autocomplete: z.string().optional() }),
  z.strictObject({ ...base, type: z.literal('long-text'), maxLength: positive }),
  z.strictObject({
    ...base,
    type: z.literal('number'),
    min: z.number().optional(),
    max: z.number().optional(),
    decimals: z.number().int().min(0).max(10).optional(),
  }),
  z.strictObject({ ...base, type: z.literal('email') }),
  z.strictObject({ ...base, type: z.literal('phone') }),
  z.strictObject({ ...base, type: z.literal('postcode') }),
  z.strictObject({ ...base, type: z.literal('address') }),
  z.strictObject({ ...base, type: z.literal('date'), before: z.string().optional(), after: z.string().optional(), dateOfBirth: z.boolean().optional() }),
  z.strictObject({ ...base, type: z.literal('name') }),
  z.strictObject({ ...base, type: z.literal('nhs-number') }),
  z.strictObject({ ...base, type: z.literal('ni-number') }),
  z.strictObject({ ...base, type: z.literal('yes-no'), labels: z.strictObject({ yes: text, no: text }).optional() }),
  z.strictObject({ ...base, type: z.literal('one-of'), options: z.array(option).min(2), display: z.enum(['radios', 'select', 'autocomplete']).optional() }),
  z.strictObject({ ...base, type: z.literal('many-of'), options: z.array(option).min(1), noneOption: text.optional() }),
  z.strictObject({ ...base, type: z.literal('file'), maxBytes: positive, accept: z.array(z.string().regex(/^[a-z]+\/[a-z0-9.+-]+$/)).min(1) }),
  z.strictObject({ ...base, type: z.literal('rating'), scale: z.enum(['1-5', '0-10']), lowLabel: text, highLabel: text }),
  z.strictObject({
    ...base,
    type: z.literal('likert'),
    statements: z.array(z.strictObject({ id: z.string(), text })).min(1),
    scale: z.array(option).min(2).optional(),
  }),
  z.strictObject({ ...base, type: z.literal('comment'), maxLength: positive }),
]);
const page = z.strictObject({
  id: z.string(),
  heading: text.optional(),
  questions: z.array(question),
  showIf: condition.optional(),
  routes: z.array(z.strictObject({ if: condition, goTo: z.string() })).optional(),
  exit: z.strictObject({ body: text }).optional(),
  repeat: z.strictObject({ min: z.number().int().min(0).optional(), max: positive.optional(), itemName: text }).optional(),
});
const definition = z.strictObject({
  $schema: z.string().optional(),
  id: z.string(),
  version: positive,
  languages: z.array(z.enum(LOCALES)).min(1),
  title: text,
  description: text.optional(),
  anonymous: z.boolean().optional(),
  pages: z.array(page).min(1),
  checkAnswers: z.boolean().optional(),
  declaration: text.optional(),
  confirmation: z.strictObject({ title: text, body: text.optional() }),
  saveAndReturn: z.strictObject({ expiresAfterDays: positive }).optional(),
});

export type ParseResult = { ok: true; form: FormDefinition } | { ok: false; problems: string[] };

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? { ...value } : undefined;
}

/** "page 'contact', question 'phone'" for a path into the raw definition; the rest of the path after it. */
function locate(input: unknown, path: readonly PropertyKey[]): { where: string; rest: string } {
  const parts: string[] = [];
  let at = 0;
  const pages = record(input)?.pages;
  if (path[0] === 'pages' && typeof path[1] === 'number' && Array.isArray(pages)) {
    const raw = record(pages[path[1]]);
    parts.push(typeof raw?.id === 'string' ? `page '${raw.id}'` : `page ${path[1] + 1}`);
    at = 2;
    if (path[2] === 'questions' && typeof path[3] === 'number' && Array.isArray(raw?.questions)) {
      const q = record(raw.questions[path[3]]);
      parts.push(typeof q?.id === 'string' ? `question '${q.id}'` : `question ${path[3] + 1}`);
      at = 4;
    }
  }
  return { where: parts.length > 0 ? parts.join(', ') : 'form', rest: path.slice(at).map(String).join('.') };
}

function say(where: string, message: string): string {
  return `${where}: ${message}`;
}

/** Checks a JSON form definition; never throws. */
export function parseFormDefinition(json: unknown): ParseResult {
  let input = json;
  if (typeof json === 'string') {
    try {
      input = JSON.parse(json);
    } catch (error) {
      return { ok: false, problems: [`form: the definition is not JSON (${error instanceof Error ? error.message : String(error)})`] };
    }
  }
  const parsed = definition.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => {
        const { where, rest } = locate(input, issue.path);
        return say(where, `${rest || 'definition'}: ${issue.message}`);
      }),
    };
  }
  const { $schema: _schema, ...form } = parsed.data;
  const checked: FormDefinition = form;
  const problems = crossCheck(checked);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, form: checked };
}

function crossCheck(form: FormDefinition): string[] {
  const problems: string[] = [];
  const add = (where: string, message: string) => problems.push(say(where, message));
  const texts = (where: string, path: string, value: Record<Locale, string> | undefined) => {
    if (!value) return;
    for (const locale of form.languages) {
      if (value[locale].trim() === '') add(where, `${path} has no ${LANGUAGE_NAMES[locale]} (${path}.${locale})`);
    }
  };
  if (!KEBAB.test(form.id)) add('form', `id '${form.id}' must be kebab-case, like 'missed-bin'`);
  if (new Set(form.languages).size !== form.languages.length) add('form', 'languages lists a language twice');
  texts('form', 'title', form.title);
  texts('form', 'description', form.description);
  texts('form', 'declaration', form.declaration);
  texts('form', 'confirmation.title', form.confirmation.title);
  texts('form', 'confirmation.body', form.confirmation.body);

  // Where each question is, for conditions: the page index, and whether it repeats.
  const questionAt = new Map<string, { index: number; page: Page; question: Question }>();
  const pageIndex = new Map<string, number>();
  form.pages.forEach((page, index) => {
    const where = `page '${page.id}'`;
    if (!KEBAB.test(page.id)) add(where, `id '${page.id}' must be kebab-case (it becomes the URL), like 'your-address'`);
    if (RESERVED_PAGE_IDS.has(page.id)) add(where, `id '${page.id}' is a page of the runner itself; choose another id`);
    if (pageIndex.has(page.id)) add(where, `page id '${page.id}' is used twice; page ids must be unique`);
    else pageIndex.set(page.id, index);
    texts(where, 'heading', page.heading);
    if (page.exit) {
      texts(where, 'exit.body', page.exit.body);
      if (page.questions.length > 0) add(where, 'an exit page ends the journey, so it cannot have questions (questions must be [])');
      if (page.routes) add(where, 'an exit page ends the journey, so it cannot have routes');
      if (page.repeat) add(where, 'an exit page cannot repeat');
    } else if (page.questions.length === 0) add(where, 'has no questions; give it questions, or make it an exit page with "exit": { "body": … }');
    if (page.questions.length > 1 && !page.heading) add(where, 'has more than one question, so it needs a heading');
    if (page.repeat) {
      texts(where, 'repeat.itemName', page.repeat.itemName);
      if (page.repeat.max !== undefined && (page.repeat.min ?? 1) > page.repeat.max)
        add(where, `repeat.min (${page.repeat.min ?? 1}) is more than repeat.max (${page.repeat.max})`);
    }
    page.questions.forEach((question) => {
      const qwhere = `${where}, question '${question.id}'`;
      if (!KEBAB.test(question.id)) add(qwhere, `id '${question.id}' must be kebab-case (it becomes the field name), like 'date-of-birth'`);
      const earlier = questionAt.get(question.id);
      if (earlier) add(qwhere, `question id '${question.id}' is also used on page '${earlier.page.id}'; question ids must be unique in the form`);
      else questionAt.set(question.id, { index, page, question });
      if (pageIndex.has(question.id) && form.pages.some((p) => p.repeat && p.id === question.id))
        add(qwhere, `id '${question.id}' is also a repeating page's id, and both would be the same answer key`);
      checkQuestion(form, question, qwhere, add, texts);
    });
  });
  for (const page of form.pages)
    if (page.repeat && questionAt.has(page.id))
      add(`page '${page.id}'`, `repeating page id '${page.id}' is also a question id; both would be the same answer key`);

  // Conditions and routes, once every page and question is known.
  form.pages.forEach((page, index) => {
    const where = `page '${page.id}'`;
    if (page.showIf) checkCondition(page.showIf, 'showIf', where, index, false, questionAt, add);
    page.routes?.forEach((route, r) => {
      const path = `routes.${r}`;
      checkCondition(route.if, `${path}.if`, where, index, true, questionAt, add);
      if (route.goTo === CHECK_ANSWERS) return;
      const target = pageIndex.get(route.goTo);
      if (target === undefined) add(where, `${path}.goTo '${route.goTo}' is not a page of this form; use a page id or '${CHECK_ANSWERS}'`);
      else if (target <= index) add(where, `${path}.goTo '${route.goTo}' is not after this page; routes go forward only, so a journey always ends`);
    });
  });
  return problems;
}

type Add = (where: string, message: string) => void;
type Texts = (where: string, path: string, value: Record<Locale, string> | undefined) => void;

function checkQuestion(form: FormDefinition, question: Question, where: string, add: Add, texts: Texts): void {
  texts(where, 'label', question.label);
  texts(where, 'hint', question.hint);
  for (const [reason, message] of Object.entries(question.errors ?? {})) {
    texts(where, `errors.${reason}`, message);
    if (!KNOWN_REASONS.has(reason))
      add(
        where,
        `errors.${reason} is not a reason a message is given for; use one of 'required', 'tooLong', 'invalidOption', 'numberTooSmall', … (the data-model message keys)`,
      );
  }
  if (form.anonymous) {
    const personal =
      PERSONAL_TYPES.has(question.type) ||
      (question.type === 'date' && question.dateOfBirth) ||
      (question.type === 'text' && question.autocomplete && PERSONAL_AUTOCOMPLETE.test(question.autocomplete));
    if (personal)
      add(
        where,
        `type '${question.type}'${question.type === 'date' ? ' (date of birth)' : ''} asks for personal data, which an anonymous survey cannot store; remove the question or "anonymous": true`,
      );
  }
  const options = (list: readonly { value: string; label: Record<Locale, string>; hint?: Record<Locale, string> }[], path: string) => {
    const seen = new Set<string>();
    list.forEach((option, i) => {
      texts(where, `${path}.${i}.label`, option.label);
      texts(where, `${path}.${i}.hint`, option.hint);
      if (seen.has(option.value)) add(where, `${path}.${i}.value '${option.value}' is used twice`);
      seen.add(option.value);
    });
  };
  switch (question.type) {
    case 'number':
      if (question.min !== undefined && question.max !== undefined && question.min > question.max)
        add(where, `min (${question.min}) is more than max (${question.max})`);
      break;
    case 'date':
      for (const key of ['before', 'after'] as const) {
        const value = question[key];
        if (value !== undefined && value !== 'today' && !isIsoDate(value)) add(where, `${key} '${value}' must be a date as YYYY-MM-DD, or 'today'`);
      }
      break;
    case 'yes-no':
      if (question.labels) {
        texts(where, 'labels.yes', question.labels.yes);
        texts(where, 'labels.no', question.labels.no);
      }
      break;
    case 'one-of':
      options(question.options, 'options');
      break;
    case 'many-of':
      options(question.options, 'options');
      texts(where, 'noneOption', question.noneOption);
      if (question.noneOption && question.options.some((option) => option.value === NONE_VALUE))
        add(where, `option value '${NONE_VALUE}' is the none option's own; choose another value`);
      break;
    case 'rating':
      texts(where, 'lowLabel', question.lowLabel);
      texts(where, 'highLabel', question.highLabel);
      break;
    case 'likert': {
      const seen = new Set<string>();
      question.statements.forEach((statement, i) => {
        if (!KEBAB.test(statement.id)) add(where, `statements.${i}.id '${statement.id}' must be kebab-case`);
        if (seen.has(statement.id)) add(where, `statements.${i}.id '${statement.id}' is used twice`);
        seen.add(statement.id);
        texts(where, `statements.${i}.text`, statement.text);
      });
      if (question.scale) options(question.scale, 'scale');
      break;
    }
    default:
      break;
  }
}

function checkCondition(
  condition: Condition,
  path: string,
  where: string,
  pageIndex: number,
  samePageAllowed: boolean,
  questions: Map<string, { index: number; page: Page; question: Question }>,
  add: Add,
): void {
  if ('all' in condition) return condition.all.forEach((c, i) => checkCondition(c, `${path}.all.${i}`, where, pageIndex, samePageAllowed, questions, add));
  if ('any' in condition) return condition.any.forEach((c, i) => checkCondition(c, `${path}.any.${i}`, where, pageIndex, samePageAllowed, questions, add));
  if ('not' in condition) return checkCondition(condition.not, `${path}.not`, where, pageIndex, samePageAllowed, questions, add);
  const found = questions.get(condition.question);
  const at = `${path}.question '${condition.question}'`;
  if (!found) return add(where, `${at} is not a question of this form`);
  if (found.index > pageIndex || (found.index === pageIndex && !samePageAllowed)) {
    return add(
      where,
      `${at} is answered on page '${found.page.id}', ${found.index === pageIndex ? 'this same page' : 'a later page'}; a ${samePageAllowed ? 'route' : 'showIf'} can only read questions answered before it`,
    );
  }
  if (found.page.repeat) return add(where, `${at} is on repeating page '${found.page.id}', which has many answers; conditions cannot read it`);
  const question = found.question;
  const optionValues =
    question.type === 'one-of' || question.type === 'many-of'
      ? question.options.map((o) => o.value).concat(question.type === 'many-of' && question.noneOption ? [NONE_VALUE] : [])
      : undefined;
  const fits = (value: unknown): boolean => {
    switch (question.type) {
      case 'yes-no':
        return typeof value === 'boolean';
      case 'number':
      case 'rating':
        return typeof value === 'number';
      case 'one-of':
      case 'many-of':
        return typeof value === 'string' && optionValues!.includes(value);
      case 'date':
        return typeof value === 'string' && isIsoDate(value);
      case 'likert':
      case 'address':
      case 'file':
        return false;
      default:
        return typeof value === 'string';
    }
  };
  const expected =
    question.type === 'yes-no'
      ? 'true or false'
      : optionValues
        ? `one of ${optionValues.map((v) => `'${v}'`).join(', ')}`
        : question.type === 'number' || question.type === 'rating'
          ? 'a number'
          : 'a value of its type';
  if ('equals' in condition) {
    if (!fits(condition.equals))
      add(where, `${path}.equals ${JSON.stringify(condition.equals)} cannot be an answer to '${question.id}' (type '${question.type}'); use ${expected}`);
  } else if ('oneOf' in condition) {
    condition.oneOf.forEach((value, i) => {
      if (!fits(value))
        add(where, `${path}.oneOf.${i} ${JSON.stringify(value)} cannot be an answer to '${question.id}' (type '${question.type}'); use ${expected}`);
    });
  } else if ('before' in condition || 'after' in condition) {
    const key = 'before' in condition ? 'before' : 'after';
    const value = 'before' in condition ? condition.before : condition.after;
    if (question.type !== 'date') add(where, `${path}.${key} compares dates, but '${question.id}' is a '${question.type}' question`);
    else if (value !== 'today' && !isIsoDate(value)) add(where, `${path}.${key} '${value}' must be a date as YYYY-MM-DD, or 'today'`);
  } else if (!('answered' in condition)) {
    if (question.type !== 'number' && question.type !== 'rating')
      add(where, `${path} compares numbers (min/max), but '${question.id}' is a '${question.type}' question`);
    if (condition.min === undefined && condition.max === undefined) add(where, `${path} needs min, max or both`);
  }
}

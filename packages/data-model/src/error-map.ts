import { type Locale, type Text, resolveText } from '@cydran/i18n';
import type * as z from 'zod';
import { cy } from './messages/cy.js';
import { en, type MessageKey } from './messages/en.js';
import type { MessageParams } from './messages/params.js';

type MessageFunction = (params: MessageParams) => string;

/** The library's messages, by language. A third language is one more entry. */
export const catalogues: Record<Locale, Record<MessageKey, MessageFunction>> = { en, cy };

/** An author's own message: text in one or both languages, or a function of the problem. */
export type MessageOverride = Text | ((params: MessageParams, locale: Locale) => string);
export type MessageOverrides = Partial<Record<MessageKey, MessageOverride>>;

/** What an author may say about one field. */
export interface FieldOptions {
  /**
   * The field in the question's own words, as it reads after "Enter":
   * `{ en: "the patient's NHS number", cy: 'rhif GIG y claf' }`. Welsh
   * messages mutate or contract it where grammar needs (rhif → rif).
   */
  field?: Text;
  /** Messages for this field only, by reason. */
  messages?: MessageOverrides;
}

export interface MessageOptions extends FieldOptions {
  locale: Locale;
  /**
   * Options per field of an object schema, by dotted path ("address.postcode",
   * "children.0.dateOfBirth"). They win over the top-level ones. A date's
   * day, month and year belong to the date's own path.
   */
  fields?: Record<string, FieldOptions>;
}

/** An issue as the error map or a finished parse sees it. */
type AnyIssue = z.core.$ZodRawIssue | z.core.$ZodIssue;

export interface DescribedIssue {
  reason: MessageKey;
  params: MessageParams;
  /** Path of the field the issue belongs to (a date part belongs to its date). */
  fieldPath: PropertyKey[];
}

const DATE_PARTS = new Set<PropertyKey>(['day', 'month', 'year']);

function isMessageKey(value: unknown): value is MessageKey {
  return typeof value === 'string' && Object.hasOwn(en, value);
}

function isBlank(input: unknown): boolean {
  return input === undefined || input === null || (typeof input === 'string' && input.trim() === '');
}

const asNumber = (value: unknown): number | undefined =>
  typeof value === 'number' ? value : typeof value === 'bigint' ? Number(value) : undefined;

/**
 * Maps any issue zod can raise to one of our reasons. Our schemas raise
 * custom issues carrying the reason; zod's own codes (from schemas an author
 * composes) get the nearest general reason.
 */
export function describeIssue(issue: AnyIssue): DescribedIssue {
  const path = (issue.path ?? []) as PropertyKey[];
  const detail = issue as Record<string, unknown>;
  let reason: MessageKey = 'invalidAnswer';
  let params: MessageParams = {};
  switch (issue.code) {
    case 'custom': {
      const custom = (issue.params ?? {}) as MessageParams & { reason?: unknown };
      if (isMessageKey(custom.reason)) {
        const { reason: ours, ...rest } = custom;
        reason = ours as MessageKey;
        params = rest;
      }
      break;
    }
    case 'invalid_type':
      reason = isBlank(detail.input) ? 'required' : 'invalidFormat';
      break;
    case 'too_small': {
      const minimum = asNumber(detail.minimum);
      const origin = detail.origin;
      if (origin === 'string') reason = minimum === 1 ? 'required' : 'tooShort';
      else if (origin === 'array' || origin === 'set') reason = 'tooFewItems';
      else if (origin === 'date') reason = 'dateTooEarly';
      else reason = 'numberTooSmall';
      params = origin === 'date' && minimum !== undefined ? { limit: calendarDate(minimum) } : { minimum };
      break;
    }
    case 'too_big': {
      const maximum = asNumber(detail.maximum);
      const origin = detail.origin;
      if (origin === 'string') reason = 'tooLong';
      else if (origin === 'array' || origin === 'set') reason = 'tooManyItems';
      else if (origin === 'date') reason = 'dateTooLate';
      else reason = 'numberTooBig';
      params = origin === 'date' && maximum !== undefined ? { limit: calendarDate(maximum) } : { maximum };
      break;
    }
    case 'invalid_format':
      reason = 'invalidFormat';
      break;
    case 'not_multiple_of':
      reason = 'notMultipleOf';
      params = { divisor: asNumber(detail.divisor) };
      break;
    case 'invalid_value':
      reason = 'invalidOption';
      break;
    case 'unrecognized_keys':
      reason = 'unrecognizedKeys';
      params = { keys: (detail.keys as string[] | undefined) ?? [] };
      break;
    default:
      // invalid_union, invalid_key, invalid_element: the answer does not fit.
      reason = 'invalidAnswer';
  }
  const last = path[path.length - 1];
  const fieldPath = params.parts && last !== undefined && DATE_PARTS.has(last) ? path.slice(0, -1) : path;
  return { reason, params, fieldPath };
}

function calendarDate(milliseconds: number) {
  const date = new Date(milliseconds);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function pathKey(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** The message for a described issue in the requested language, with the author's overrides applied. */
export function messageFor(described: DescribedIssue, options: MessageOptions): string {
  const { locale } = options;
  const fieldOptions = options.fields?.[pathKey(described.fieldPath)];
  const atRoot = described.fieldPath.length === 0;
  // The top-level field name describes the schema as a whole: it only names
  // issues at the root, never a property of an object schema.
  const fieldText = fieldOptions?.field ?? (atRoot ? options.field : undefined);
  const field = fieldText === undefined ? undefined : resolveText(fieldText, locale) || undefined;
  const params: MessageParams = { ...described.params, field };
  const override = fieldOptions?.messages?.[described.reason] ?? options.messages?.[described.reason];
  if (override !== undefined) {
    const text = typeof override === 'function' ? override(params, locale) : resolveText(override, locale);
    if (text) return text;
  }
  const catalogue = catalogues[locale] ?? catalogues.en;
  return catalogue[described.reason](params);
}

/**
 * An error map for one parse, in one language: pass it to zod per call so a
 * server can answer in Welsh and English at the same time.
 *
 *   nhsNumber.safeParse(value, { error: createErrorMap({ locale: 'cy' }) })
 */
export function createErrorMap(options: MessageOptions): z.core.$ZodErrorMap {
  return (issue) => messageFor(describeIssue(issue), options);
}

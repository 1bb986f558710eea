import type * as z from 'zod';
import { en, type MessageKey } from './messages/en.js';
import { type DescribedIssue, type MessageOptions, messageFor } from './messages/message-for.js';
import type { MessageParams } from './messages/params.js';

export {
  catalogues,
  messageFor,
  type DescribedIssue,
  type FieldOptions,
  type MessageOptions,
  type LocaleTag,
  type MessageOverride,
  type MessageOverrides,
} from './messages/message-for.js';

/** An issue as the error map or a finished parse sees it. */
type AnyIssue = z.core.$ZodRawIssue | z.core.$ZodIssue;

const DATE_PARTS = new Set<PropertyKey>(['day', 'month', 'year']);

function isMessageKey(value: unknown): value is MessageKey {
  return typeof value === 'string' && Object.hasOwn(en, value);
}

function isBlank(input: unknown): boolean {
  return input === undefined || input === null || (typeof input === 'string' && input.trim() === '');
}

const asNumber = (value: unknown): number | undefined => (typeof value === 'number' ? value : typeof value === 'bigint' ? Number(value) : undefined);

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

/**
 * An error map for one parse, in one language: pass it to zod per call so a
 * server can answer in Welsh and English at the same time.
 *
 *   nhsNumber.safeParse(value, { error: createErrorMap({ locale: 'cy' }) })
 */
export function createErrorMap(options: MessageOptions = {}): z.core.$ZodErrorMap {
  return (issue) => messageFor(describeIssue(issue), options);
}

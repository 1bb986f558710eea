import type * as z from 'zod';
import type { MessageKey } from '../messages/en.js';
import type { MessageParams } from '../messages/params.js';
import type { CheckResult } from '../checks/result.js';
import { type TextRules, checkText, tidy } from '../checks/text.js';

/** The context zod gives a preprocess step, where our schemas do their work. */
export type Context = z.core.$RefinementCtx;

/** What a problem may add to its reason: message details and where it is. */
export type IssueDetails = Omit<MessageParams, 'field' | 'fieldMutates'> & { path?: PropertyKey[] };

/**
 * Raises a problem carrying our reason key in `params`, with no message of
 * its own: the message comes from the error map given to each parse, so the
 * same schema answers in Welsh and English at once.
 */
export function raise(ctx: Context, reason: MessageKey, input: unknown, details: IssueDetails = {}): void {
  const { path, ...params } = details;
  ctx.addIssue({ code: 'custom', input, params: { reason, ...params }, ...(path ? { path } : {}) });
}

export { characterCount, tidy } from '../checks/text.js';

/**
 * Reads a one-line text answer: the tidied string, or undefined after
 * raising a problem (see `checkText`).
 */
export function readText(input: unknown, ctx: Context, rules: TextRules): string | undefined {
  const text = checkText(input, rules);
  if (text.ok) return text.value;
  raise(ctx, text.reason, input, text.params);
  return undefined;
}

/**
 * A zod preprocess step from a zod-free check: the check's clean value, or
 * its reason raised as an issue. This is how a schema and a page without
 * zod apply one set of rules.
 */
export function fromCheck<T>(check: (input: unknown) => CheckResult<T>) {
  return (input: unknown, ctx: Context): unknown => {
    const result = check(input);
    if (result.ok) return result.value;
    raise(ctx, result.reason, input, result.params);
    return input;
  };
}

/**
 * Wraps an object schema so that a missing or non-object answer raises our
 * own reason (a client sent `null` for the address) rather than zod's
 * generic type problem. Only the schema's own keys are read: an object with
 * any other key (a client's mistake, or 100,000 keys sent to slow the
 * server) is refused at its first such key, and the object schema is given
 * a copy of the known keys alone, so the cost never grows with what was
 * sent and no `__proto__` key is ever copied.
 */
export function requireObject(required: MessageKey, keys: readonly string[], optionalKeys: readonly string[] = []) {
  const known = new Set(keys);
  return (input: unknown, ctx: Context): unknown => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      raise(ctx, required, input);
      return input;
    }
    for (const key in input) {
      if (Object.hasOwn(input, key) && !known.has(key)) {
        raise(ctx, 'invalidAnswer', input, { path: [key] });
        break;
      }
    }
    const copy: Record<string, unknown> = {};
    for (const key of keys) {
      if (!Object.hasOwn(input, key)) continue;
      const value: unknown = Reflect.get(input, key);
      // A blank optional box is no answer: leave its key out of the result
      // rather than returning it as undefined or "".
      if (optionalKeys.includes(key) && (value === undefined || value === null || (typeof value === 'string' && tidy(value) === ''))) continue;
      copy[key] = value;
    }
    return copy;
  };
}

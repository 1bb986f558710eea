import type * as z from 'zod';
import type { MessageKey } from '../messages/en.js';
import type { MessageParams } from '../messages/params.js';

/** The context zod gives a preprocess step, where our schemas do their work. */
export type Context = z.core.$RefinementCtx;

/** What a problem may add to its reason: message details and where it is. */
export type IssueDetails = Omit<MessageParams, 'field'> & { path?: PropertyKey[] };

/**
 * Raises a problem carrying our reason key in `params`, with no message of
 * its own: the message comes from the error map given to each parse, so the
 * same schema answers in Welsh and English at once.
 */
export function raise(ctx: Context, reason: MessageKey, input: unknown, details: IssueDetails = {}): void {
  const { path, ...params } = details;
  ctx.addIssue({ code: 'custom', input, params: { reason, ...params }, ...(path ? { path } : {}) });
}

// Format characters (bidi marks, zero-width spaces, soft hyphens) are
// invisible, arrive with copy and paste, and mean nothing in an answer.
// Joiners are kept: some scripts spell names with them.
const INVISIBLE = /(?![\u200C\u200D])\p{Cf}/gu;
// Half a surrogate pair is not a character at all; it can only be damage.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Control characters (tabs, line breaks, NUL…) act as spaces in one-line answers.
const CONTROL = /\p{Cc}/gu;
const SPACES = /\s+/gu;

/** Tidies what a person typed: no invisible or broken characters, single spaces, composed accents (ŵ, not w + ^). */
export function tidy(text: string): string {
  return text
    .replace(LONE_SURROGATE, '')
    .replace(INVISIBLE, '')
    .replace(CONTROL, ' ')
    .normalize('NFC')
    .replace(SPACES, ' ')
    .trim();
}

export interface TextRules {
  /** Raised for no answer, or for a value that is not text. */
  required: MessageKey;
  /** Raised when the raw input is longer than `cap`. */
  tooLong: MessageKey;
  /**
   * Longest raw input we look at. Checked first, in UTF-16 units, so a
   * megabyte of input costs one comparison and never reaches a regex.
   */
  cap: number;
  /** The limit the tooLong message states, if not `cap`. */
  maximum?: number;
}

/**
 * Reads a one-line text answer: the tidied string, or undefined after
 * raising a problem. A number or object from a client is treated as no
 * answer, since no form control sends one.
 */
export function readText(input: unknown, ctx: Context, rules: TextRules): string | undefined {
  if (typeof input !== 'string') {
    raise(ctx, rules.required, input);
    return undefined;
  }
  if (input.length > rules.cap) {
    raise(ctx, rules.tooLong, input, { maximum: rules.maximum ?? rules.cap });
    return undefined;
  }
  const text = tidy(input);
  if (text === '') {
    raise(ctx, rules.required, input);
    return undefined;
  }
  return text;
}

/** Length as a person counts it: one per character, not per UTF-16 unit. */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/**
 * Wraps an object schema so that a missing or non-object answer raises our
 * own reason (a client sent `null` for the address) rather than zod's
 * generic type problem.
 */
export function requireObject(required: MessageKey, optionalKeys: readonly string[] = []) {
  return (input: unknown, ctx: Context): unknown => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      raise(ctx, required, input);
      return input;
    }
    if (optionalKeys.length === 0) return input;
    // A blank optional box is no answer: leave its key out of the result
    // rather than returning it as undefined or "".
    const copy: Record<string, unknown> = { ...input };
    for (const key of optionalKeys) {
      const value = copy[key];
      if (value === undefined || value === null || (typeof value === 'string' && tidy(value) === '')) delete copy[key];
    }
    return copy;
  };
}

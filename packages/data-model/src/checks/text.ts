import type { MessageKey } from '../messages/en.js';
import { type CheckResult, accept, reject } from './result.js';

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
  return text.replace(LONE_SURROGATE, '').replace(INVISIBLE, '').replace(CONTROL, ' ').normalize('NFC').replace(SPACES, ' ').trim();
}

/** Length as a person counts it: one per character, not per UTF-16 unit. */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

export interface TextRules {
  /** The reason for no answer, or for a value that is not text. */
  required: MessageKey;
  /** The reason when the raw input is longer than `cap`. */
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
 * Reads a one-line text answer: the tidied string, or why there is none. A
 * number or object from a client counts as no answer, since no form control
 * sends one.
 */
export function checkText(input: unknown, rules: TextRules): CheckResult<string> {
  if (typeof input !== 'string') return reject(rules.required);
  if (input.length > rules.cap) return reject(rules.tooLong, { maximum: rules.maximum ?? rules.cap });
  const text = tidy(input);
  return text === '' ? reject(rules.required) : accept(text);
}

/** Spaces and the hyphens and dashes people type between groups of digits ("943-476-5919"). */
export const SPACES_AND_HYPHENS = /[\s\-‐‑–]/gu;

import type { MessageKey } from '../messages/en.js';
import type { MessageParams } from '../messages/params.js';

/** What a check says about a problem besides its reason; the field name is the message's business. */
export type CheckParams = Omit<MessageParams, 'field' | 'fieldMutates'>;

export interface Accepted<T> {
  ok: true;
  /** The clean value, as the matching schema returns it. */
  value: T;
}

export interface Rejected<R extends MessageKey = MessageKey> {
  ok: false;
  /** A key of the message catalogues: pass it with `params` to `messageFor`. */
  reason: R;
  params: CheckParams;
}

/**
 * The answer of a check: the clean value, or why the answer cannot be
 * accepted. Checks never throw and never load zod, so a page can run them
 * with no schema library at all; the schemas wrap these same functions.
 */
export type CheckResult<T, R extends MessageKey = MessageKey> = Accepted<T> | Rejected<R>;

export const accept = <T>(value: T): Accepted<T> => ({ ok: true, value });

export const reject = <R extends MessageKey>(reason: R, params: CheckParams = {}): Rejected<R> => ({ ok: false, reason, params });

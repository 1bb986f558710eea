import type { CalendarDate } from '@cydran/i18n';

/** The parts of a date a person types into separate boxes. */
export type DatePart = 'day' | 'month' | 'year';

/**
 * What a message may say about the problem. Every message in every language
 * takes this one shape, so a Welsh catalogue is checked against the English
 * one by the compiler and an override can be written once for both.
 */
export interface MessageParams {
  /** The author's words for the field, already in the message's language. */
  field?: string | undefined;
  /**
   * Whether Welsh may mutate the field name: true for a capitalised name that
   * is not a proper noun, false to keep any name as written. Unset: the rule
   * in grammar.ts (mutate lower-case words, keep acronyms and proper nouns).
   */
  fieldMutates?: boolean | undefined;
  minimum?: number | undefined;
  maximum?: number | undefined;
  divisor?: number | undefined;
  /** Date parts that are missing or wrong, in day-month-year order. */
  parts?: readonly DatePart[] | undefined;
  /** The earliest or latest date allowed, for age limits. */
  limit?: CalendarDate | undefined;
  /** Property names a client sent that the schema does not expect. */
  keys?: readonly string[] | undefined;
}

// The date input's rules are @cydran/data-model's `checkDateParts`, the same
// function the `dateOfBirth` schema runs on the server, so the browser and
// the server agree on every date. Nothing here loads zod.
import type { Locale } from '@cydran/i18n';
import { DATE_OF_BIRTH_MAX_AGE, DATE_PARTS, type DatePartsRejected, checkDateParts } from '@cydran/data-model/checks/date-parts';
import { messageFor } from '@cydran/data-model/messages/message-for';
import { type DatePart, dateInputMessages } from './date-input.messages.js';

import { parseIsoDate } from '@cydran/data-model/checks/date-parts';

export { parseIsoDate as parseIso };

/**
 * A date, or part of one, in ISO 8601: `YYYY-MM-DD`, a month and year
 * `YYYY-MM` (read as its first day) or a day and month `--MM-DD` (read in a
 * leap year, so 29 February is a day). What a date input with `parts`
 * takes as its value.
 */
export function parsePartialIso(value: string | undefined) {
  if (!value) return null;
  if (value.startsWith('--')) return parseIsoDate(`2000-${value.slice(2)}`);
  if (/^\d{4}-\d{2}$/.test(value)) return parseIsoDate(`${value}-01`);
  return parseIsoDate(value);
}

/** The three boxes as typed. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export interface DateConstraints {
  past?: boolean;
  future?: boolean;
  /** ISO dates, inclusive. */
  min?: string | undefined;
  max?: string | undefined;
  /** A date of birth: data-model's `dateOfBirth()` rules (0 to 130 years old) and messages. */
  dateOfBirth?: boolean;
}

export interface DateProblem {
  /** A key for `messages` overrides: ours (`dateIncomplete`…) or data-model's (`dateOfBirthIncomplete`…). */
  reason: string;
  /** The parts to highlight, in day-month-year order. */
  parts: DatePart[];
  message(locale: Locale): string;
}

export const PARTS: readonly DatePart[] = DATE_PARTS;

/** The date the boxes make as ISO `YYYY-MM-DD`, or '' when they do not make a real one. */
export function isoFromParts(parts: DateParts): string {
  const result = checkDateParts(parts);
  return result.ok ? result.value : '';
}

/**
 * Our own words where the date input has them (general dates: "Date must …"
 * / "Rhaid i’r dyddiad …"), data-model's otherwise (dates of birth).
 */
function dateMessage(problem: DatePartsRejected, locale: Locale): string {
  const ours = dateInputMessages[locale];
  const { limit } = problem.params;
  switch (problem.reason) {
    case 'dateIncomplete':
      return ours.dateIncomplete(problem.parts);
    case 'dateNotReal':
    case 'dateYearDigits':
    case 'dateNotPast':
    case 'dateNotFuture':
      return ours[problem.reason];
    case 'dateTooEarly':
    case 'dateTooLate':
      if (limit) return ours[problem.reason](limit);
  }
  return messageFor(problem.reason, problem.params, locale);
}

/**
 * What is wrong with a date typed in three boxes, naming only the wrong
 * parts. Blank everywhere is not a problem here (the element decides with
 * `required`).
 */
export function dateProblem(parts: DateParts, constraints: DateConstraints = {}): DateProblem | null {
  if (PARTS.every((part) => parts[part].trim() === '')) return null;
  const { dateOfBirth, ...rules } = constraints;
  const result = checkDateParts(parts, dateOfBirth ? { ...rules, maxAge: DATE_OF_BIRTH_MAX_AGE } : rules);
  if (result.ok) return null;
  return { reason: result.reason, parts: result.parts, message: (locale) => dateMessage(result, locale) };
}

/** data-model's message for a date of birth left blank ("Enter your date of birth"). */
export function dateOfBirthRequiredMessage(locale: Locale): string {
  return messageFor('dateOfBirthRequired', { parts: [...PARTS] }, locale);
}

import { type CalendarDate, monthNames } from '@cydran/i18n';
import type { DatePart } from '../messages/params.js';
import { type Accepted, type CheckParams, type Rejected, accept } from './result.js';
import { tidy } from './text.js';

export type { DatePart };

/** A date as typed in three boxes: strings or numbers; months also by name in either language. */
export interface DatePartsInput {
  day?: unknown;
  month?: unknown;
  year?: unknown;
}

export interface DatePartsOptions {
  /** The date must be before today. */
  past?: boolean;
  /** The date must be after today. */
  future?: boolean;
  /** Earliest date allowed, `YYYY-MM-DD`, inclusive. */
  min?: string | undefined;
  /** Latest date allowed, `YYYY-MM-DD`, inclusive. */
  max?: string | undefined;
  /**
   * Youngest age allowed, in whole years on `today`. Giving either age
   * makes the date a date of birth: it may not be after today, and the
   * reasons are the `dateOfBirth…` ones, with their messages.
   */
  minAge?: number | undefined;
  /** Oldest age allowed, in whole years on `today`. */
  maxAge?: number | undefined;
  /** Defaults to the local date where the check runs. */
  today?: CalendarDate | undefined;
}

/** Reasons for any date. */
export type DateReason =
  'dateRequired' | 'dateIncomplete' | 'dateNotReal' | 'dateYearDigits' | 'dateNotPast' | 'dateNotFuture' | 'dateTooEarly' | 'dateTooLate';

/** Reasons for a date of birth (a check given `minAge` or `maxAge`). */
export type DateOfBirthReason =
  | 'dateOfBirthRequired'
  | 'dateOfBirthIncomplete'
  | 'dateOfBirthNotReal'
  | 'dateOfBirthYearDigits'
  | 'dateOfBirthInFuture'
  | 'dateOfBirthTooRecent'
  | 'dateOfBirthTooEarly';

export interface DatePartsRejected extends Rejected<DateReason | DateOfBirthReason> {
  /** Every part to highlight, in day-month-year order (also in `params.parts`, for the message). */
  parts: DatePart[];
  /**
   * The box the problem is in, when it is in some boxes rather than the
   * whole date: the first missing or wrong part.
   */
  part?: DatePart;
}

export type DatePartsResult = Accepted<string> | DatePartsRejected;

export const DATE_PARTS: readonly DatePart[] = ['day', 'month', 'year'];
/**
 * The oldest age a date of birth may give unless a question says otherwise:
 * no living person has reached it, and it catches a mistyped century ("1098").
 */
export const DATE_OF_BIRTH_MAX_AGE = 130;
// Long enough for "Rhagfyr" or " 07 " with stray spaces; anything longer is not a date part.
const PART_CAP = 16;

/** Month names and short names in both languages, so "Mawrth" and "Mar" both mean 3. */
const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map(
  (['en', 'cy'] as const).flatMap((locale) =>
    (['long', 'short'] as const).flatMap((width) =>
      monthNames(locale, width).map((name, index): [string, number] => [name.toLocaleLowerCase(locale).replace(/\.$/, ''), index + 1]),
    ),
  ),
);

export function localToday(): CalendarDate {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Negative when `a` is earlier than `b`, 0 on the same day, positive when later. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/**
 * Whole years between birth and `today`. Someone born on 29 February has a
 * birthday on 1 March in other years, as in UK law.
 */
export function ageOn(birth: CalendarDate, today: CalendarDate): number {
  const hadBirthday = today.month > birth.month || (today.month === birth.month && today.day >= birth.day);
  return today.year - birth.year - (hadBirthday ? 0 : 1);
}

/** The same day `years` earlier; 29 February falls back to the 28th. */
function yearsBefore(date: CalendarDate, years: number): CalendarDate {
  const year = date.year - years;
  return { year, month: date.month, day: Math.min(date.day, daysInMonth(year, date.month)) };
}

function dayAfter(date: CalendarDate): CalendarDate {
  if (date.day < daysInMonth(date.year, date.month)) return { ...date, day: date.day + 1 };
  if (date.month < 12) return { year: date.year, month: date.month + 1, day: 1 };
  return { year: date.year + 1, month: 1, day: 1 };
}

export function toIsoDate(date: CalendarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** "2024-03-01" as a calendar date. Reads the shape only: `checkDateParts` says whether the date is real. */
export function parseIsoDate(value: string | undefined): CalendarDate | undefined {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim()) : null;
  return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : undefined;
}

type PartValue = string | number | undefined;

/** A part as typed: undefined when blank, null when it cannot be a date part, else tidied text or a number. */
function readPart(value: unknown): PartValue | null {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') return value;
  if (typeof value !== 'string' || value.length > PART_CAP) return null;
  const text = tidy(value);
  return text === '' ? undefined : text;
}

function toInteger(value: string | number, part: DatePart): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? value : undefined;
  if (/^[0-9]+$/.test(value)) return Number(value);
  if (part === 'month') return MONTH_NUMBERS.get(value.toLocaleLowerCase('cy').replace(/\.$/, ''));
  return undefined;
}

const GENERAL_REASONS = {
  required: 'dateRequired',
  incomplete: 'dateIncomplete',
  notReal: 'dateNotReal',
  yearDigits: 'dateYearDigits',
} as const satisfies Record<string, DateReason>;

const BIRTH_REASONS = {
  required: 'dateOfBirthRequired',
  incomplete: 'dateOfBirthIncomplete',
  notReal: 'dateOfBirthNotReal',
  yearDigits: 'dateOfBirthYearDigits',
} as const satisfies Record<keyof typeof GENERAL_REASONS, DateOfBirthReason>;

function rejectParts(
  reason: DatePartsRejected['reason'],
  parts: readonly DatePart[],
  { inPart = false, limit }: { inPart?: boolean; limit?: CalendarDate } = {},
): DatePartsRejected {
  const params: CheckParams = limit ? { parts: [...parts], limit } : { parts: [...parts] };
  return { ok: false, reason, parts: [...parts], ...(inPart ? { part: parts[0]! } : {}), params };
}

/**
 * Checks a date typed as three parts and accepts it as ISO `YYYY-MM-DD`.
 * In order: something typed, every part there, a 4-digit year, a real day
 * and month; then, for a date of birth, not after today; then `past`,
 * `future`, `min`, `max`; then the ages. Each rejection names the parts to
 * highlight, so a date input can mark only the wrong boxes and the server
 * can point at the same ones.
 *
 *   checkDateParts({ day: '31', month: '4', year: '2020' })
 *   // → { ok: false, reason: 'dateNotReal', parts: ['day'], part: 'day', params: { parts: ['day'] } }
 *   checkDateParts({ day: '7', month: 'Mawrth', year: '1990' }, { minAge: 16 })
 *   // → { ok: true, value: '1990-03-07' }
 */
export function checkDateParts(input: unknown, options: DatePartsOptions = {}): DatePartsResult {
  const isBirth = options.minAge !== undefined || options.maxAge !== undefined;
  const reasons = isBirth ? BIRTH_REASONS : GENERAL_REASONS;
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return rejectParts(reasons.required, DATE_PARTS);
  const raw = input as DatePartsInput;
  const values = DATE_PARTS.map((part) => readPart(raw[part]));
  const unreadable = DATE_PARTS.filter((_, i) => values[i] === null);
  const missing = DATE_PARTS.filter((_, i) => values[i] === undefined);
  if (missing.length === DATE_PARTS.length) return rejectParts(reasons.required, DATE_PARTS);
  // Anything that is neither blank nor a number or text is not a date part at all.
  if (unreadable.length > 0) return rejectParts(reasons.notReal, unreadable, { inPart: true });
  if (missing.length > 0) return rejectParts(reasons.incomplete, missing, { inPart: true });
  const [day, month, year] = DATE_PARTS.map((part, i) => toInteger(values[i] as string | number, part));
  if (year === undefined || !/^[0-9]{4}$/.test(String(values[2]))) return rejectParts(reasons.yearDigits, ['year'], { inPart: true });
  const wrong: DatePart[] = [];
  if (day === undefined || day < 1 || day > 31) wrong.push('day');
  if (month === undefined || month < 1 || month > 12) wrong.push('month');
  else if (day !== undefined && day > daysInMonth(year, month)) wrong.push('day');
  if (wrong.length > 0)
    return rejectParts(
      reasons.notReal,
      DATE_PARTS.filter((part) => wrong.includes(part)),
      { inPart: true },
    );

  const date: CalendarDate = { year, month: month!, day: day! };
  const today = options.today ?? localToday();
  const order = compareDates(date, today);
  if (isBirth && order > 0) return rejectParts('dateOfBirthInFuture', DATE_PARTS);
  if (options.past && order >= 0) return rejectParts('dateNotPast', DATE_PARTS);
  if (options.future && order <= 0) return rejectParts('dateNotFuture', DATE_PARTS);
  const min = parseIsoDate(options.min);
  if (min && compareDates(date, min) < 0) return rejectParts('dateTooEarly', DATE_PARTS, { limit: min });
  const max = parseIsoDate(options.max);
  if (max && compareDates(date, max) > 0) return rejectParts('dateTooLate', DATE_PARTS, { limit: max });
  if (isBirth) {
    const age = ageOn(date, today);
    if (options.minAge !== undefined && age < options.minAge) {
      return rejectParts('dateOfBirthTooRecent', DATE_PARTS, { limit: yearsBefore(today, options.minAge) });
    }
    if (options.maxAge !== undefined && age > options.maxAge) {
      return rejectParts('dateOfBirthTooEarly', DATE_PARTS, { limit: dayAfter(yearsBefore(today, options.maxAge + 1)) });
    }
  }
  return accept(toIsoDate(date));
}

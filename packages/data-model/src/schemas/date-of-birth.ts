import { type CalendarDate, monthNames } from '@cydran/i18n';
import * as z from 'zod';
import type { DatePart } from '../messages/params.js';
import { type Context, raise, tidy } from './text.js';

export interface DateOfBirthOptions {
  /** Youngest age allowed, in whole years on the day of the check. */
  minAge?: number;
  /**
   * Oldest age allowed. Defaults to 130, which no living person has reached,
   * to catch a mistyped century ("1098").
   */
  maxAge?: number;
  /** Today's date. Defaults to the local date where the check runs. */
  today?: () => CalendarDate;
}

const PARTS: readonly DatePart[] = ['day', 'month', 'year'];
const DEFAULT_MAX_AGE = 130;
const PART_CAP = 16;

/** Month names and short names in both languages, so "Mawrth" and "Mar" both mean 3. */
const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map(
  (['en', 'cy'] as const).flatMap((locale) =>
    (['long', 'short'] as const).flatMap((width) =>
      monthNames(locale, width).map((name, index): [string, number] => [name.toLocaleLowerCase(locale).replace(/\.$/, ''), index + 1]),
    ),
  ),
);

function localToday(): CalendarDate {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function compareDates(a: CalendarDate, b: CalendarDate): number {
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

type PartValue = string | number | undefined;

/** A part as typed: undefined when blank, else trimmed text or a number. */
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

function checkDate(input: unknown, ctx: Context, options: DateOfBirthOptions): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    raise(ctx, 'dateOfBirthRequired', input, { parts: PARTS });
    return input;
  }
  const raw = input as Record<string, unknown>;
  const values = PARTS.map((part) => readPart(raw[part]));
  const unreadable = PARTS.filter((_, i) => values[i] === null);
  const missing = PARTS.filter((_, i) => values[i] === undefined);
  if (missing.length === PARTS.length) {
    raise(ctx, 'dateOfBirthRequired', input, { parts: PARTS });
    return input;
  }
  // Anything that is neither blank nor a number or text is not a date part at all.
  if (unreadable.length > 0) {
    raise(ctx, 'dateOfBirthNotReal', input, { parts: unreadable, path: [unreadable[0]!] });
    return input;
  }
  if (missing.length > 0) {
    raise(ctx, 'dateOfBirthIncomplete', input, { parts: missing, path: [missing[0]!] });
    return input;
  }
  const [day, month, year] = PARTS.map((part, i) => toInteger(values[i] as string | number, part));
  const yearText = String(values[2]);
  if (year === undefined || !/^[0-9]{4}$/.test(yearText)) {
    raise(ctx, 'dateOfBirthYearDigits', input, { parts: ['year'], path: ['year'] });
    return input;
  }
  const wrong: DatePart[] = [];
  if (day === undefined || day < 1 || day > 31) wrong.push('day');
  if (month === undefined || month < 1 || month > 12) wrong.push('month');
  else if (day !== undefined && day > daysInMonth(year, month)) wrong.push('day');
  if (wrong.length > 0) {
    const parts = PARTS.filter((part) => wrong.includes(part));
    raise(ctx, 'dateOfBirthNotReal', input, { parts, path: [parts[0]!] });
    return input;
  }
  const birth: CalendarDate = { year, month: month!, day: day! };
  const today = (options.today ?? localToday)();
  if (compareDates(birth, today) > 0) {
    raise(ctx, 'dateOfBirthInFuture', input, { parts: PARTS });
    return input;
  }
  const age = ageOn(birth, today);
  if (options.minAge !== undefined && age < options.minAge) {
    raise(ctx, 'dateOfBirthTooRecent', input, { parts: PARTS, limit: yearsBefore(today, options.minAge) });
    return input;
  }
  const maxAge = options.maxAge ?? DEFAULT_MAX_AGE;
  if (age > maxAge) {
    raise(ctx, 'dateOfBirthTooEarly', input, { parts: PARTS, limit: dayAfter(yearsBefore(today, maxAge + 1)) });
    return input;
  }
  return toIsoDate(birth);
}

/**
 * A date of birth typed as three parts, `{ day, month, year }`, each a
 * string or a number (months may also be names: "Mawrth", "March", "Mar").
 * Must be a real date, not in the future, and within the ages given.
 * Returns an ISO date, "1990-03-01". Each problem names the parts that are
 * wrong in `params.parts` and puts the first of them on the issue's path,
 * so a date input can highlight only those boxes.
 *
 *   dateOfBirth()                 any age from 0 to 130
 *   dateOfBirth({ minAge: 16 })   16 or older today
 */
export function dateOfBirth(options: DateOfBirthOptions = {}) {
  return z
    .preprocess((input, ctx) => checkDate(input, ctx, options), z.string().regex(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/))
    .meta({
      title: 'Date of birth',
      description: `ISO 8601 date (YYYY-MM-DD): a real date, not in the future${
        options.minAge !== undefined ? `, at least ${options.minAge} years ago` : ''
      }, at most ${options.maxAge ?? DEFAULT_MAX_AGE} years ago. Re-check against today's date on the server.`,
      format: 'date',
    });
}

export type DateOfBirth = z.infer<ReturnType<typeof dateOfBirth>>;

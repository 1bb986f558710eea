import { type CalendarDate, type Locale } from '@cydran/i18n';
import { dateOfBirth, validate } from '@cydran/data-model';
import { type DatePart, dateInputMessages } from './date-input.messages.js';

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
  /** A date of birth: checked by @cydran/data-model's `dateOfBirth`, with its messages. */
  dateOfBirth?: boolean;
  today?: CalendarDate;
}

export interface DateProblem {
  /** A key for `messages` overrides: ours (`dateIncomplete`…) or data-model's (`dateOfBirthIncomplete`…). */
  reason: string;
  /** The parts to highlight, in day-month-year order. */
  parts: DatePart[];
  message(locale: Locale): string;
}

export const PARTS: readonly DatePart[] = ['day', 'month', 'year'];

const pad = (n: number, width: number) => String(n).padStart(width, '0');
export const isoOf = (d: CalendarDate): string => `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;

export function parseIso(value: string | undefined): CalendarDate | undefined {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim()) : null;
  return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : undefined;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const compare = (a: CalendarDate, b: CalendarDate) => a.year - b.year || a.month - b.month || a.day - b.day;

function localToday(): CalendarDate {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/** The date the parts make, if they make a real one. */
export function dateFromParts(parts: DateParts): CalendarDate | undefined {
  const [day, month, year] = PARTS.map((p) => parts[p].trim());
  if (!/^\d{1,2}$/.test(day!) || !/^\d{1,2}$/.test(month!) || !/^\d{4}$/.test(year!)) return undefined;
  const date = { day: Number(day), month: Number(month), year: Number(year) };
  if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > daysInMonth(date.year, date.month)) return undefined;
  return date;
}

const ours = (reason: keyof typeof dateInputMessages.en, parts: DatePart[], words: (l: Locale) => string): DateProblem => ({ reason, parts, message: words });

/**
 * What is wrong with a date typed in three boxes, naming only the wrong
 * parts. Blank everywhere is not a problem here (the element decides with
 * `required`). Dates of birth go through @cydran/data-model, so the browser
 * and the server give the same answer in the same words.
 */
export function dateProblem(parts: DateParts, constraints: DateConstraints = {}): DateProblem | null {
  const blank = PARTS.filter((p) => parts[p].trim() === '');
  if (blank.length === PARTS.length) return null;
  if (constraints.dateOfBirth) return dateOfBirthProblem(parts, constraints.today);
  if (blank.length > 0) return ours('dateIncomplete', blank, (l) => dateInputMessages[l].dateIncomplete(blank));
  const yearText = parts.year.trim();
  if (!/^\d{4}$/.test(yearText)) return ours('dateYearDigits', ['year'], (l) => dateInputMessages[l].dateYearDigits);
  const date = dateFromParts(parts);
  if (!date) {
    const day = Number(parts.day.trim());
    const month = Number(parts.month.trim());
    const wrong = PARTS.filter((p) =>
      p === 'month'
        ? !/^\d{1,2}$/.test(parts.month.trim()) || month < 1 || month > 12
        : p === 'day'
          ? !/^\d{1,2}$/.test(parts.day.trim()) || day < 1 || day > (month >= 1 && month <= 12 ? daysInMonth(Number(yearText), month) : 31)
          : false,
    );
    return ours('dateNotReal', wrong.length ? wrong : ['day', 'month', 'year'], (l) => dateInputMessages[l].dateNotReal);
  }
  const today = constraints.today ?? localToday();
  const all: DatePart[] = ['day', 'month', 'year'];
  if (constraints.past && compare(date, today) >= 0) return ours('dateNotPast', all, (l) => dateInputMessages[l].dateNotPast);
  if (constraints.future && compare(date, today) <= 0) return ours('dateNotFuture', all, (l) => dateInputMessages[l].dateNotFuture);
  const min = parseIso(constraints.min);
  if (min && compare(date, min) < 0) return ours('dateTooEarly', all, (l) => dateInputMessages[l].dateTooEarly(min));
  const max = parseIso(constraints.max);
  if (max && compare(date, max) > 0) return ours('dateTooLate', all, (l) => dateInputMessages[l].dateTooLate(max));
  return null;
}

function dateOfBirthProblem(parts: DateParts, today: CalendarDate | undefined): DateProblem | null {
  const schema = dateOfBirth(today ? { today: () => today } : {});
  const first = validate(schema, parts, { locale: 'en' });
  if (first.success) return null;
  const error = first.errors[0]!;
  return {
    reason: error.code,
    parts: [...(error.parts ?? PARTS)],
    // Asked again per language, so a live switch gives data-model's own Welsh.
    message: (locale) => {
      const result = validate(schema, parts, { locale });
      return result.success ? '' : result.errors[0]!.message;
    },
  };
}

/** data-model's message for a date of birth left blank ("Enter your date of birth"). */
export function dateOfBirthRequiredMessage(locale: Locale): string {
  const result = validate(dateOfBirth(), { day: '', month: '', year: '' }, { locale });
  return result.success ? '' : result.errors[0]!.message;
}

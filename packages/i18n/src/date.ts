import type { Locale } from './locale.js';

/**
 * Chromium has no Welsh date data (it silently formats in English), so both
 * languages are formatted here from our own tables: the same output in Node,
 * Chromium and any other runtime.
 */
const MONTHS: Record<Locale, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  cy: ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'],
};
const MONTHS_SHORT: Record<Locale, readonly string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
  cy: ['Ion', 'Chwef', 'Maw', 'Ebr', 'Mai', 'Meh', 'Gorff', 'Awst', 'Medi', 'Hyd', 'Tach', 'Rhag'],
};
/** Sunday first, matching `Date#getDay()`. */
const WEEKDAYS: Record<Locale, readonly string[]> = {
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  cy: ['dydd Sul', 'dydd Llun', 'dydd Mawrth', 'dydd Mercher', 'dydd Iau', 'dydd Gwener', 'dydd Sadwrn'],
};

export function monthNames(locale: Locale, width: 'long' | 'short' = 'long'): readonly string[] {
  return (width === 'long' ? MONTHS : MONTHS_SHORT)[locale];
}
export function weekdayNames(locale: Locale): readonly string[] {
  return WEEKDAYS[locale];
}

/** A calendar date with no time or time zone: what forms collect. */
export interface CalendarDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

export interface FormatDateOptions {
  /** `long`: 5 March 2026; `short`: 5 Mar 2026; `numeric`: 05/03/2026. */
  style?: 'long' | 'short' | 'numeric';
  /** Prefix the weekday: "Thursday 5 March 2026", "dydd Iau 5 Mawrth 2026". */
  weekday?: boolean;
}

/**
 * Reads a Date (its local calendar day), an ISO `YYYY-MM-DD` string (no time
 * zone shift: 2026-03-05 is always 5 March) or a CalendarDate.
 */
export function toCalendarDate(date: Date | string | CalendarDate): CalendarDate {
  if (typeof date === 'string') {
    const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
    if (!match) throw new RangeError(`formatDate: "${date}" is not an ISO date (YYYY-MM-DD).`);
    return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  }
  if (date instanceof Date) {
    if (Number.isNaN(date.getTime())) throw new RangeError('formatDate: the Date is invalid.');
    return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
  }
  return date;
}

function weekdayOf({ year, month, day }: CalendarDate): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

export function formatDate(date: Date | string | CalendarDate, locale: Locale, options: FormatDateOptions = {}): string {
  const d = toCalendarDate(date);
  const style = options.style ?? 'long';
  if (style === 'numeric') {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${pad(d.day)}/${pad(d.month)}/${d.year}`;
  }
  const month = monthNames(locale, style)[d.month - 1];
  if (month === undefined) throw new RangeError(`formatDate: month ${d.month} is not 1–12.`);
  const body = `${d.day} ${month} ${d.year}`;
  return options.weekday ? `${WEEKDAYS[locale][weekdayOf(d)]} ${body}` : body;
}

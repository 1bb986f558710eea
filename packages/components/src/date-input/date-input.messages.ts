import { type CalendarDate, type CatalogueOf, type Catalogues, formatDate } from '@cydran/i18n';

export type DatePart = 'day' | 'month' | 'year';

/**
 * The date input's own words. Messages follow the GOV.UK patterns and, in
 * Welsh, the "Rhaid i'r … fod yn …" pattern Welsh public services use. They
 * say "the date": an author names the date ("date of birth", "dyddiad
 * geni") by giving messages per reason (`messages`), which Welsh needs
 * anyway because the name mutates after "i'r".
 */
export const en = {
  day: 'Day',
  month: 'Month',
  year: 'Year',
  valueMissing: 'Enter a date',
  dateIncomplete: (parts: readonly DatePart[]) => `Date must include a ${englishList(parts)}`,
  dateNotReal: 'Date must be a real date',
  dateYearDigits: 'Year must include 4 numbers',
  dateNotPast: 'Date must be in the past',
  dateNotFuture: 'Date must be in the future',
  dateTooEarly: (limit: CalendarDate) => `Date must be the same as or after ${formatDate(limit, 'en')}`,
  dateTooLate: (limit: CalendarDate) => `Date must be the same as or before ${formatDate(limit, 'en')}`,
};

export const cy = {
  day: 'Diwrnod',
  month: 'Mis',
  year: 'Blwyddyn',
  valueMissing: 'Rhowch ddyddiad',
  dateIncomplete: (parts: readonly DatePart[]) => `Rhaid i’r dyddiad gynnwys ${welshList(parts)}`,
  dateNotReal: 'Rhaid i’r dyddiad fod yn ddyddiad go iawn',
  dateYearDigits: 'Rhaid i’r flwyddyn gynnwys 4 rhif',
  dateNotPast: 'Rhaid i’r dyddiad fod yn y gorffennol',
  dateNotFuture: 'Rhaid i’r dyddiad fod yn y dyfodol',
  dateTooEarly: (limit: CalendarDate) => `Rhaid i’r dyddiad fod ar ${formatDate(limit, 'cy')} neu ar ôl hynny`,
  dateTooLate: (limit: CalendarDate) => `Rhaid i’r dyddiad fod ar ${formatDate(limit, 'cy')} neu cyn hynny`,
} satisfies CatalogueOf<typeof en>;

const EN_PARTS: Record<DatePart, string> = { day: 'day', month: 'month', year: 'year' };
// Lower case mid-sentence. "a" (and) before each: diwrnod, mis and blwyddyn
// start with consonants that aspirate mutation leaves alone.
const CY_PARTS: Record<DatePart, string> = { day: 'diwrnod', month: 'mis', year: 'blwyddyn' };

function englishList(parts: readonly DatePart[]): string {
  const names = parts.map((p) => EN_PARTS[p]);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function welshList(parts: readonly DatePart[]): string {
  const names = parts.map((p) => CY_PARTS[p]);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} a ${names[names.length - 1]}`;
}

export const dateInputMessages: Catalogues<typeof en> = { en, cy };

/** Arguments to try each message with, for the catalogue check (catalogues.node.test.ts). */
export const sampleArgs: Record<string, unknown[][]> = {
  dateIncomplete: [[['day']], [['month']], [['day', 'month']], [['day', 'month', 'year']]],
  dateTooEarly: [[{ year: 2024, month: 3, day: 1 }]],
  dateTooLate: [[{ year: 2024, month: 3, day: 1 }]],
};

import { type CatalogueOf, type Catalogues, plural } from '@cydran/i18n';

/**
 * The library's own words that every form control shares: the error prefix
 * and a default message for each reason a value can be invalid. Components
 * with more words keep their own catalogue beside them.
 *
 * Default messages cannot name the field: Welsh mutates a noun after the
 * verb ("Rhowch gyfeiriad"), so "Enter {label}" would be wrong in Welsh.
 * Authors give field-specific messages with `required-message` or
 * `messages` (see docs/guides/messages.md); these defaults are the fallback.
 */
export const en = {
  errorPrefix: 'Error',
  optional: 'optional',
  valueMissing: 'Enter an answer',
  valueMissingChoice: 'Select an answer',
  valueMissingChoices: 'Select at least one answer',
  valueMissingFile: 'Select a file',
  typeMismatchEmail: 'Enter an email address in the correct format, like name@example.com',
  typeMismatchUrl: 'Enter a web address in the correct format, like https://www.example.com',
  badInputNumber: 'Enter a number',
  patternMismatch: 'Enter your answer in the correct format',
  tooLong: (max: number) => plural(max, 'en', { one: 'Answer must be {n} character or fewer', other: 'Answer must be {n} characters or fewer' }),
  tooShort: (min: number) => plural(min, 'en', { one: 'Answer must be {n} character or more', other: 'Answer must be {n} characters or more' }),
  rangeUnderflow: (min: string) => `Enter a number that is ${min} or more`,
  rangeOverflow: (max: string) => `Enter a number that is ${max} or less`,
  stepMismatch: 'Enter a whole number',
  invalid: 'Check your answer',
};

export const cy = {
  errorPrefix: 'Gwall',
  optional: 'dewisol',
  valueMissing: 'Rhowch ateb',
  valueMissingChoice: 'Dewiswch ateb',
  valueMissingChoices: 'Dewiswch o leiaf un ateb',
  valueMissingFile: 'Dewiswch ffeil',
  typeMismatchEmail: 'Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@example.com',
  typeMismatchUrl: 'Rhowch gyfeiriad gwe yn y fformat cywir, fel https://www.example.com',
  badInputNumber: 'Rhowch rif',
  patternMismatch: 'Rhowch eich ateb yn y fformat cywir',
  tooLong: (max: number) =>
    plural(max, 'cy', {
      zero: 'Rhaid i’r ateb fod yn {n} nod neu lai',
      one: 'Rhaid i’r ateb fod yn {n} nod neu lai',
      two: 'Rhaid i’r ateb fod yn {n} nod neu lai',
      few: 'Rhaid i’r ateb fod yn {n} nod neu lai',
      many: 'Rhaid i’r ateb fod yn {n} nod neu lai',
      other: 'Rhaid i’r ateb fod yn {n} nod neu lai',
    }),
  tooShort: (min: number) =>
    plural(min, 'cy', {
      zero: 'Rhaid i’r ateb fod yn {n} nod neu fwy',
      one: 'Rhaid i’r ateb fod yn {n} nod neu fwy',
      two: 'Rhaid i’r ateb fod yn {n} nod neu fwy',
      few: 'Rhaid i’r ateb fod yn {n} nod neu fwy',
      many: 'Rhaid i’r ateb fod yn {n} nod neu fwy',
      other: 'Rhaid i’r ateb fod yn {n} nod neu fwy',
    }),
  rangeUnderflow: (min: string) => `Rhowch rif sy’n ${min} neu fwy`,
  rangeOverflow: (max: string) => `Rhowch rif sy’n ${max} neu lai`,
  stepMismatch: 'Rhowch rif cyfan',
  invalid: 'Gwiriwch eich ateb',
} satisfies CatalogueOf<typeof en>;

export const formMessages: Catalogues<typeof en> = { en, cy };
export type FormMessages = typeof en;

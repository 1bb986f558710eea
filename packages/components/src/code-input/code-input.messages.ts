import { type CatalogueOf, type Catalogues, plural } from '@cydran/i18n';

/**
 * <cyd-code-input>'s own words: the standard term "Security code" / "Cod
 * diogelwch", the messages for a wrong code and the expiry in words.
 *
 * With a number Welsh keeps the noun singular ("15 munud", "6 digid"), and
 * the number is read as a word, so the noun mutates as it would after that
 * word: "dau"/"dwy" (2, CLDR's "two" form) soft-mutates "munud" to "2 funud"
 * and "digid" to "2 ddigid". Un (1), tri/tair (3) and chwe (6) leave m and d
 * alone. The messages never build a sentence from a number and a noun: each
 * plural form is written out whole.
 */
export const en = {
  /** The label when the author gives none. */
  label: 'Security code',
  valueMissing: 'Enter the security code',
  wrongLength: (length: number) => plural(length, 'en', { one: 'The security code must be {n} digit', other: 'The security code must be {n} digits' }),
  notDigits: 'The security code must only include numbers',
  expiresIn: (minutes: number) => plural(minutes, 'en', { one: 'The code expires in {n} minute', other: 'The code expires in {n} minutes' }),
  problemsSummary: 'Problems with the code?',
  problemsText: 'The code can take a few minutes to arrive.',
  resend: 'Send a new code',
};

export const cy = {
  label: 'Cod diogelwch',
  valueMissing: 'Rhowch y cod diogelwch',
  wrongLength: (length: number) =>
    plural(length, 'cy', {
      zero: 'Rhaid i’r cod diogelwch fod yn {n} digid',
      one: 'Rhaid i’r cod diogelwch fod yn {n} digid',
      two: 'Rhaid i’r cod diogelwch fod yn {n} ddigid',
      few: 'Rhaid i’r cod diogelwch fod yn {n} digid',
      many: 'Rhaid i’r cod diogelwch fod yn {n} digid',
      other: 'Rhaid i’r cod diogelwch fod yn {n} digid',
    }),
  notDigits: 'Rhaid i’r cod diogelwch gynnwys rhifau yn unig',
  expiresIn: (minutes: number) =>
    plural(minutes, 'cy', {
      zero: 'Bydd y cod yn dod i ben mewn {n} munud',
      one: 'Bydd y cod yn dod i ben mewn {n} munud',
      two: 'Bydd y cod yn dod i ben mewn {n} funud',
      few: 'Bydd y cod yn dod i ben mewn {n} munud',
      many: 'Bydd y cod yn dod i ben mewn {n} munud',
      other: 'Bydd y cod yn dod i ben mewn {n} munud',
    }),
  problemsSummary: 'Problemau gyda’r cod?',
  problemsText: 'Gall gymryd ychydig funudau i’r cod gyrraedd.',
  resend: 'Anfon cod newydd',
} satisfies CatalogueOf<typeof en>;

export const codeInputMessages: Catalogues<typeof en> = { en, cy };

import { type CatalogueOf, type Catalogues, plural } from '@cydran/i18n';

/**
 * The character count's own words. With a number Welsh keeps the noun
 * singular ("3 nod", "6 gair"), and the number is read as a word, so the noun
 * mutates as it would after that word: "dau" (2, the CLDR "two" form)
 * soft-mutates "gair" to "2 air"; "nod" starts with a letter that does not
 * mutate (1 nod, 2 nod, 3 nod). Un (1), tri (3) and chwe (6) change neither.
 */
export const en = {
  /** The static hint: the only count shown when JavaScript is off. */
  charactersLimit: (max: number) => plural(max, 'en', { one: 'You can enter up to {n} character', other: 'You can enter up to {n} characters' }),
  wordsLimit: (max: number) => plural(max, 'en', { one: 'You can enter up to {n} word', other: 'You can enter up to {n} words' }),
  charactersRemaining: (n: number) => plural(n, 'en', { one: 'You have {n} character remaining', other: 'You have {n} characters remaining' }),
  charactersTooMany: (n: number) => plural(n, 'en', { one: 'You have {n} character too many', other: 'You have {n} characters too many' }),
  wordsRemaining: (n: number) => plural(n, 'en', { one: 'You have {n} word remaining', other: 'You have {n} words remaining' }),
  wordsTooMany: (n: number) => plural(n, 'en', { one: 'You have {n} word too many', other: 'You have {n} words too many' }),
  /** The error when an answer has more words than allowed (characters use the shared `tooLong`). */
  tooManyWords: (max: number) => plural(max, 'en', { one: 'Answer must be {n} word or fewer', other: 'Answer must be {n} words or fewer' }),
};

export const cy = {
  charactersLimit: (max: number) =>
    plural(max, 'cy', {
      zero: 'Gallwch roi hyd at {n} nod',
      one: 'Gallwch roi hyd at {n} nod',
      two: 'Gallwch roi hyd at {n} nod',
      few: 'Gallwch roi hyd at {n} nod',
      many: 'Gallwch roi hyd at {n} nod',
      other: 'Gallwch roi hyd at {n} nod',
    }),
  wordsLimit: (max: number) =>
    plural(max, 'cy', {
      zero: 'Gallwch roi hyd at {n} gair',
      one: 'Gallwch roi hyd at {n} gair',
      two: 'Gallwch roi hyd at {n} air',
      few: 'Gallwch roi hyd at {n} gair',
      many: 'Gallwch roi hyd at {n} gair',
      other: 'Gallwch roi hyd at {n} gair',
    }),
  charactersRemaining: (n: number) =>
    plural(n, 'cy', {
      zero: 'Mae gennych {n} nod yn weddill',
      one: 'Mae gennych {n} nod yn weddill',
      two: 'Mae gennych {n} nod yn weddill',
      few: 'Mae gennych {n} nod yn weddill',
      many: 'Mae gennych {n} nod yn weddill',
      other: 'Mae gennych {n} nod yn weddill',
    }),
  charactersTooMany: (n: number) =>
    plural(n, 'cy', {
      zero: 'Mae gennych {n} nod yn ormod',
      one: 'Mae gennych {n} nod yn ormod',
      two: 'Mae gennych {n} nod yn ormod',
      few: 'Mae gennych {n} nod yn ormod',
      many: 'Mae gennych {n} nod yn ormod',
      other: 'Mae gennych {n} nod yn ormod',
    }),
  wordsRemaining: (n: number) =>
    plural(n, 'cy', {
      zero: 'Mae gennych {n} gair yn weddill',
      one: 'Mae gennych {n} gair yn weddill',
      two: 'Mae gennych {n} air yn weddill',
      few: 'Mae gennych {n} gair yn weddill',
      many: 'Mae gennych {n} gair yn weddill',
      other: 'Mae gennych {n} gair yn weddill',
    }),
  wordsTooMany: (n: number) =>
    plural(n, 'cy', {
      zero: 'Mae gennych {n} gair yn ormod',
      one: 'Mae gennych {n} gair yn ormod',
      two: 'Mae gennych {n} air yn ormod',
      few: 'Mae gennych {n} gair yn ormod',
      many: 'Mae gennych {n} gair yn ormod',
      other: 'Mae gennych {n} gair yn ormod',
    }),
  tooManyWords: (max: number) =>
    plural(max, 'cy', {
      zero: 'Rhaid i’r ateb fod yn {n} gair neu lai',
      one: 'Rhaid i’r ateb fod yn {n} gair neu lai',
      two: 'Rhaid i’r ateb fod yn {n} air neu lai',
      few: 'Rhaid i’r ateb fod yn {n} gair neu lai',
      many: 'Rhaid i’r ateb fod yn {n} gair neu lai',
      other: 'Rhaid i’r ateb fod yn {n} gair neu lai',
    }),
} satisfies CatalogueOf<typeof en>;

export const characterCountMessages: Catalogues<typeof en> = { en, cy };

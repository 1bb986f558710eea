import { type CatalogueOf, type Catalogues, plural } from '@cydran/i18n';

/**
 * <cyd-autocomplete>'s own words: what the polite status says as the list
 * narrows. With a number Welsh keeps the noun singular, and the number is
 * read as a word, so the noun mutates as it would after that word: "dau"
 * (2, the CLDR "two" form) soft-mutates "canlyniad" to "2 ganlyniad"; "tri"
 * (3, "few") and "chwe" (6, "many") aspirate it: "3 chanlyniad", "6
 * chanlyniad"; "un" (1) and the others leave it (1 canlyniad, 5 canlyniad).
 * "nod" (character) starts with a letter that does not mutate.
 */
export const en = {
  /** Said when the list of results changes. */
  resultsAvailable: (n: number) => plural(n, 'en', { one: '{n} result is available', other: '{n} results are available' }),
  /** Shown in the list, and said, when nothing matches. */
  noResults: 'No results found',
  /** Said while the answer is shorter than `min-length`. */
  queryTooShort: (n: number) => plural(n, 'en', { one: 'Type {n} character or more for results', other: 'Type {n} characters or more for results' }),
};

export const cy = {
  resultsAvailable: (n: number) =>
    plural(n, 'cy', {
      zero: 'Mae {n} canlyniad ar gael',
      one: 'Mae {n} canlyniad ar gael',
      two: 'Mae {n} ganlyniad ar gael',
      few: 'Mae {n} chanlyniad ar gael',
      many: 'Mae {n} chanlyniad ar gael',
      other: 'Mae {n} canlyniad ar gael',
    }),
  noResults: 'Dim canlyniadau',
  queryTooShort: (n: number) =>
    plural(n, 'cy', {
      zero: 'Rhowch {n} nod neu fwy i weld canlyniadau',
      one: 'Rhowch {n} nod neu fwy i weld canlyniadau',
      two: 'Rhowch {n} nod neu fwy i weld canlyniadau',
      few: 'Rhowch {n} nod neu fwy i weld canlyniadau',
      many: 'Rhowch {n} nod neu fwy i weld canlyniadau',
      other: 'Rhowch {n} nod neu fwy i weld canlyniadau',
    }),
} satisfies CatalogueOf<typeof en>;

export const autocompleteMessages: Catalogues<typeof en> = { en, cy };

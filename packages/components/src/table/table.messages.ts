import type { CatalogueOf } from '@cydran/i18n';

/** The table's own words: what its live region says after a person sorts it. */
export const en = {
  ascending: 'ascending',
  descending: 'descending',
  /** "Sorted by Population, descending". */
  sortedBy: (column: string, direction: string) => `Sorted by ${column}, ${direction}`,
};

export const cy = {
  ascending: 'esgynnol',
  descending: 'disgynnol',
  // "trefnu" (to order); "wedi'i drefnu" agrees with "tabl" (masculine).
  sortedBy: (column: string, direction: string) => `Wedi’i drefnu yn ôl ${column}, ${direction}`,
} satisfies CatalogueOf<typeof en>;

export const tableMessages = { en, cy };

import type { CatalogueOf } from '@cydran/i18n';

/**
 * The pagination's own words. "Blaenorol", "Nesaf" and "Tudalen 1" are GOV.UK
 * Frontend's Welsh example of the component; "Tudalennu" is the Welsh
 * Government's term (TermCymru) for pagination. A digit after "Tudalen" or
 * "o" is not mutated.
 */
export const en = {
  /** The name of the navigation landmark. */
  landmark: 'Pagination',
  /** The visible words of the link to the previous page. */
  previous: 'Previous',
  /**
   * What the link says in full. Where it starts with the visible words,
   * the rest is visually hidden ("Previous" + " page"); Welsh puts the
   * noun first ("Tudalen flaenorol"), so Welsh shows and says "Blaenorol".
   */
  previousPage: 'Previous page',
  next: 'Next',
  nextPage: 'Next page',
  /** A page number's link, as screen readers say it. */
  page: (page: number) => `Page ${page}`,
  /** The current page's link, as screen readers say it. */
  pageOf: (page: number, total: number) => `Page ${page} of ${total}`,
};

export const cy = {
  landmark: 'Tudalennu',
  previous: 'Blaenorol',
  previousPage: 'Tudalen flaenorol',
  next: 'Nesaf',
  nextPage: 'Tudalen nesaf',
  page: (page: number) => `Tudalen ${page}`,
  pageOf: (page: number, total: number) => `Tudalen ${page} o ${total}`,
} satisfies CatalogueOf<typeof en>;

export const paginationMessages = { en, cy };

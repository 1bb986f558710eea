import type { CatalogueOf } from '@cydran/i18n';

/**
 * <cyd-accordion>'s own words. "Dangos"/"Cuddio" are the standard terms
 * (docs/welsh-language.md); "Dangos pob adran"/"Cuddio pob adran" and the
 * hidden "yr adran hon"/"’r adran hon" are the words Welsh GOV.UK services
 * use on their accordions.
 */
export const en = {
  showAllSections: 'Show all sections',
  hideAllSections: 'Hide all sections',
  /** The visible word on a closed section's button. */
  showSection: 'Show',
  /** Follows `showSection` for screen readers only: "Show this section". */
  showSectionHidden: ' this section',
  hideSection: 'Hide',
  /** Follows `hideSection` for screen readers only: "Hide this section". */
  hideSectionHidden: ' this section',
};

export const cy = {
  showAllSections: 'Dangos pob adran',
  hideAllSections: 'Cuddio pob adran',
  showSection: 'Dangos',
  showSectionHidden: ' yr adran hon',
  hideSection: 'Cuddio',
  // Joins the verb: "Cuddio’r adran hon".
  hideSectionHidden: '’r adran hon',
} satisfies CatalogueOf<typeof en>;

export const accordionMessages = { en, cy };

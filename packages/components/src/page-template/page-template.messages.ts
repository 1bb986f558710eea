import type { CatalogueOf } from '@cydran/i18n';

/**
 * The page template's own words: the prefix of the document title on a page
 * that shows errors (GOV.UK's pattern, "Error: " / "Gwall: ", the standard term).
 */
export const en = {
  errorPrefix: 'Error:',
};

export const cy = {
  errorPrefix: 'Gwall:',
} satisfies CatalogueOf<typeof en>;

export const pageTemplateMessages = { en, cy };

import type { CatalogueOf } from '@cydran/i18n';

/** The error summary's own words (standard terms: docs/welsh-language.md). */
export const en = {
  heading: 'There is a problem',
  /** The page title while errors show, so a screen reader hears it first on a reloaded page. */
  documentTitle: (title: string) => `Error: ${title}`,
};

export const cy = {
  heading: 'Mae problem wedi codi',
  documentTitle: (title: string) => `Gwall: ${title}`,
} satisfies CatalogueOf<typeof en>;

export const errorSummaryMessages = { en, cy };

import type { CatalogueOf } from '@cydran/i18n';

/** The skip link's own words (standard terms: docs/welsh-language.md). */
export const en = {
  skipToMainContent: 'Skip to main content',
};

export const cy = {
  skipToMainContent: 'Neidio i’r prif gynnwys',
} satisfies CatalogueOf<typeof en>;

export const skipLinkMessages = { en, cy };

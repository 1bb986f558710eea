import type { CatalogueOf } from '@cydran/i18n';

/** The back link's own words (the standard interface terms: "Back" / "Yn ôl"). */
export const en = {
  back: 'Back',
};

export const cy = {
  back: 'Yn ôl',
} satisfies CatalogueOf<typeof en>;

export const backLinkMessages = { en, cy };

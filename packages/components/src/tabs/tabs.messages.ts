import type { CatalogueOf } from '@cydran/i18n';

/**
 * <cyd-tabs>'s own words: the title of the contents list it is without
 * JavaScript. "Cynnwys" is what Welsh GOV.UK services use for it.
 */
export const en = {
  contents: 'Contents',
};

export const cy = {
  contents: 'Cynnwys',
} satisfies CatalogueOf<typeof en>;

export const tabsMessages = { en, cy };

import type { CatalogueOf } from '@cydran/i18n';

/**
 * <cyd-header>'s own words (standard terms: docs/welsh-language.md).
 */
export const en = {
  /** The menu button's words and the name of the header's navigation. */
  menu: 'Menu',
};

export const cy = {
  menu: 'Dewislen',
} satisfies CatalogueOf<typeof en>;

export const headerMessages = { en, cy };

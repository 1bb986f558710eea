import type { CatalogueOf } from '@cydran/i18n';

/**
 * <cyd-service-navigation>'s own words (standard terms: docs/welsh-language.md).
 */
export const en = {
  /** The menu button's words and the name of the `<nav>`. */
  menu: 'Menu',
};

export const cy = {
  menu: 'Dewislen',
} satisfies CatalogueOf<typeof en>;

export const serviceNavigationMessages = { en, cy };

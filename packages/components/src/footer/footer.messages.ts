import type { CatalogueOf } from '@cydran/i18n';

/**
 * <cyd-footer>'s own words: the meta links every public body's site has
 * (standard terms: docs/welsh-language.md).
 */
export const en = {
  accessibility: 'Accessibility statement',
  cookies: 'Cookies',
  privacy: 'Privacy',
  contact: 'Contact us',
};

export const cy = {
  accessibility: 'Datganiad hygyrchedd',
  cookies: 'Cwcis',
  privacy: 'Preifatrwydd',
  contact: 'Cysylltu â ni',
} satisfies CatalogueOf<typeof en>;

export const footerMessages = { en, cy };

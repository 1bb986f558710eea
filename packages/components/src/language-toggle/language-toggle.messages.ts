import type { CatalogueOf } from '@cydran/i18n';

/**
 * The toggle's own words. `changeLanguage` is read in the language it
 * offers (a Welsh speaker on an English page hears Welsh), so the toggle
 * looks it up by the target language, not the page's.
 */
export const en = {
  /** Said after the language's name on a link to English. */
  changeLanguage: 'Change the language to English',
  /** Names the list of languages in mode="both" (in the page's language). */
  navigationLabel: 'Language',
};

export const cy = {
  changeLanguage: 'Newid yr iaith i’r Gymraeg',
  navigationLabel: 'Iaith',
} satisfies CatalogueOf<typeof en>;

export const languageToggleMessages = { en, cy };

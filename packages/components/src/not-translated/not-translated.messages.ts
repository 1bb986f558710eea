import type { CatalogueOf, Locale } from '@cydran/i18n';

/**
 * The notice's words, by the page's language, naming the language the
 * content is in. Welsh names a language after "yn" in its mutated form
 * ("yn Gymraeg", "yn Saesneg"), so each catalogue keeps the form its
 * sentence needs. A third language is a new entry in each map.
 *
 * The Welsh follows established public-sector wording ("… ar gael yn
 * Saesneg yn unig", as GOV.UK's Welsh pages say of an English-only service).
 */
const IN_ENGLISH: Record<Locale, string> = { en: 'English', cy: 'Welsh' };
const YN_IAITH: Record<Locale, string> = { en: 'Saesneg', cy: 'Gymraeg' };

export const en = {
  /** The whole page has no version in the page's language. */
  pageOnlyIn: (language: Locale) => `This page is only available in ${IN_ENGLISH[language] ?? language}.`,
  /** A section of the page has no version in the page's language. */
  sectionOnlyIn: (language: Locale) => `This content is only available in ${IN_ENGLISH[language] ?? language}.`,
};

export const cy = {
  pageOnlyIn: (language: Locale) => `Mae’r dudalen hon ar gael yn ${YN_IAITH[language] ?? language} yn unig.`,
  sectionOnlyIn: (language: Locale) => `Mae’r cynnwys hwn ar gael yn ${YN_IAITH[language] ?? language} yn unig.`,
} satisfies CatalogueOf<typeof en>;

export const notTranslatedMessages = { en, cy };

/** The messages take a language, for the catalogue checks. */
export const sampleArgs: Record<string, unknown[][]> = {
  pageOnlyIn: [['en'], ['cy']],
  sectionOnlyIn: [['en'], ['cy']],
};

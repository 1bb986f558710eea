/**
 * The languages Cydran speaks. Adding a third is a data change: add its code
 * here and a catalogue for it; every `Record<Locale, …>` then asks for it.
 */
export const LOCALES = ['en', 'cy'] as const;
export type Locale = (typeof LOCALES)[number];

/** Used when nothing on the page says which language to use. */
export const DEFAULT_LOCALE: Locale = 'en';

/** Each language named in itself, as docs/welsh-language.md asks (requirement 3: no flags). */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  en: 'English',
  cy: 'Cymraeg',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * Normalises a BCP 47 tag to a Locale: `cy-GB` → `cy`, `EN_gb` → `en`.
 * Anything we have no catalogue for (including an empty tag) becomes the
 * default, so a page in French still gets complete English, never a mix.
 */
export function normaliseLocale(tag: string | null | undefined): Locale {
  if (!tag) return DEFAULT_LOCALE;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return isLocale(primary) ? primary : DEFAULT_LOCALE;
}

/** The other language of a two-language pair, for language toggles. */
export function otherLocale(locale: Locale): Locale {
  return LOCALES.find((l) => l !== locale) ?? DEFAULT_LOCALE;
}

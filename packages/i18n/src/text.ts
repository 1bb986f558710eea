import { type Locale, LOCALES, isLocale } from './locale.js';

/**
 * Text an author gives us: either one string (used whatever the language),
 * or one string per language. A live language switch picks the right one.
 *
 *   label="Full name" label-cy="Enw llawn"          (HTML attributes)
 *   el.label = { en: 'Full name', cy: 'Enw llawn' } (JS property)
 */
export type Text = string | Partial<Record<Locale, string>>;

/** Text given in every language (what the library's own strings must be). */
export type BilingualText = Record<Locale, string>;

/**
 * Picks the text for `locale`. A per-language record missing that language
 * falls back to any language it has, so a half-translated author string is
 * still shown rather than silently dropped (tests flag it; users see words).
 */
export function resolveText(text: Text | null | undefined, locale: Locale): string {
  if (text == null) return '';
  if (typeof text === 'string') return text;
  const exact = text[locale];
  if (exact != null) return exact;
  for (const other of LOCALES) {
    const value = text[other];
    if (value != null) return value;
  }
  return '';
}

/** True when the text has something to show in `locale`. */
export function hasText(text: Text | null | undefined, locale: Locale): boolean {
  return resolveText(text, locale) !== '';
}

/**
 * Reads author text from an element's attributes: `name-cy`, `name-en` win
 * for their language, `name` is the fallback. Lets plain HTML (CMS pages,
 * server renders) give both languages with no JavaScript.
 */
export function textFromAttributes(element: { getAttribute(name: string): string | null }, name: string): Text | undefined {
  const perLocale: Partial<Record<Locale, string>> = {};
  let any = false;
  for (const locale of LOCALES) {
    const value = element.getAttribute(`${name}-${locale}`);
    if (value != null) {
      perLocale[locale] = value;
      any = true;
    }
  }
  const plain = element.getAttribute(name);
  if (!any) return plain ?? undefined;
  if (plain != null) {
    for (const locale of LOCALES) perLocale[locale] ??= plain;
  }
  return perLocale;
}

/** Parses `{"en":"…","cy":"…"}` or a plain string, as an attribute converter. */
export function parseText(value: string | null): Text | undefined {
  if (value == null) return undefined;
  const trimmed = value.trim();
  if (trimmed.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      if (parsed && typeof parsed === 'object' && Object.keys(parsed).every(isLocale)) {
        return parsed as Partial<Record<Locale, string>>;
      }
    } catch {
      // Not JSON after all: it is ordinary text that starts with a brace.
    }
  }
  return value;
}

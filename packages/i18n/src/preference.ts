import { type Locale, isLocale } from './locale.js';

/**
 * The person's language choice, remembered for their next visit (Welsh
 * Language Standards: a stated choice is reused). Kept in localStorage for
 * scripts and in a first-party cookie so a server can render the next page in
 * the chosen language before any script runs.
 */
export const LOCALE_STORAGE_KEY = 'cydran-locale';
const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

export function rememberLocale(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Storage can be blocked (private modes, policies); the choice still
    // applies to this page, it just is not remembered.
  }
  if (typeof document !== 'undefined') {
    document.cookie = `${LOCALE_STORAGE_KEY}=${locale}; path=/; max-age=${ONE_YEAR_SECONDS}; SameSite=Lax`;
  }
}

export function rememberedLocale(): Locale | null {
  try {
    const stored = globalThis.localStorage?.getItem(LOCALE_STORAGE_KEY);
    if (isLocale(stored)) return stored;
  } catch {
    // Fall through to the cookie.
  }
  return localeFromCookie(typeof document === 'undefined' ? '' : document.cookie);
}

/** Reads the remembered choice from a Cookie header (for servers) or document.cookie. */
export function localeFromCookie(cookieHeader: string | null | undefined): Locale | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(';')) {
    const [name, value] = part.trim().split('=');
    if (name === LOCALE_STORAGE_KEY && isLocale(value)) return value;
  }
  return null;
}

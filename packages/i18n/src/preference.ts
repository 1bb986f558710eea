import { type Locale, isLocale } from './locale.js';
import { resolveLangTag } from './resolve.js';

/**
 * The person's language choice, remembered for their next visit (Welsh
 * Language Standards: a stated choice is reused). Kept in localStorage for
 * scripts and in a first-party cookie so a server can render the next page,
 * and answer the next form post, in the chosen language before any script
 * runs. docs/cookies.md describes the cookie for a service's cookies page.
 *
 * A remembered choice is a fallback, never an override: where the page says
 * which language it is in (a `lang` the server rendered, its address), the
 * page wins. See `rememberedLocaleFor`.
 */
export const LOCALE_STORAGE_KEY = 'cydran-locale';
/** How long the cookie lasts: a year, so the next visit finds it. */
export const LOCALE_COOKIE_MAX_AGE_SECONDS = 60 * 60 * 24 * 365;

export function rememberLocale(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Storage can be blocked (private modes, policies); the choice still
    // applies to this page, it just is not remembered.
  }
  if (typeof document !== 'undefined') {
    // path=/ and SameSite=Lax: the browser sends it with every request to
    // the service, including a form's POST and a link followed from
    // elsewhere, so the server can answer in the chosen language.
    const secure = globalThis.location?.protocol === 'https:' ? '; Secure' : '';
    document.cookie = `${LOCALE_STORAGE_KEY}=${locale}; path=/; max-age=${LOCALE_COOKIE_MAX_AGE_SECONDS}; SameSite=Lax${secure}`;
  }
}

/**
 * The person's remembered choice, whatever the page says. For a page built
 * only in the browser that has no language of its own yet; anything that
 * has a page to respect should ask `rememberedLocaleFor(element)`.
 */
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

/**
 * The language a page's address names, or null: a `lang` query parameter
 * (`?lang=cy`), else a first path segment that is a language code (`/cy`,
 * `/cy/…`, `/EN/…`). Only Cydran's languages count; `?lang=fr` names none.
 */
export function localeFromAddress(address: string | URL): Locale | null {
  const url = new URL(address, 'http://localhost/');
  const query = url.searchParams.get('lang')?.trim().toLowerCase();
  if (isLocale(query)) return query;
  const firstSegment = url.pathname.split('/')[1]?.toLowerCase();
  return isLocale(firstSegment) ? firstSegment : null;
}

/**
 * Whether the page itself says which language `node` is in, so a remembered
 * choice must not change it:
 *
 * - a non-empty `lang` on the node or an ancestor (across shadow roots), as
 *   the server rendered it or a script set it before asking;
 * - the page's address names a language (`localeFromAddress`);
 * - the page lists its language versions
 *   (`<link rel="alternate" hreflang="…">`), so its address decides.
 */
export function pageStatesLanguage(node: Node, address: string | URL | undefined = globalThis.location?.href): boolean {
  if (resolveLangTag(node)?.trim()) return true;
  if (address !== undefined && localeFromAddress(address) !== null) return true;
  // A document's own ownerDocument is null: it is the document.
  const page = node.ownerDocument ?? globalThis.document;
  return page?.querySelector('link[rel~="alternate" i][hreflang]') != null;
}

/**
 * The remembered choice to apply to `node`, only where nothing on the page
 * says which language it is in (`pageStatesLanguage`); otherwise null.
 */
export function rememberedLocaleFor(node: Node, address: string | URL | undefined = globalThis.location?.href): Locale | null {
  return pageStatesLanguage(node, address) ? null : rememberedLocale();
}

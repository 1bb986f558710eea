/**
 * The cookie-consent choice, read and written the same way by a server and by
 * `<cyd-cookie-banner>` in the browser. Pure functions: no DOM, no Node APIs,
 * so they run in a Fetch API handler, in Node's http, in Express and in the
 * browser (docs/cookies.md).
 *
 *   const consent = readCookieConsent(request);            // { analytics: true } | undefined
 *   response.headers.append('set-cookie', consentCookie({ analytics: false }));
 */

/** The cookie's name. */
export const CONSENT_COOKIE = 'cydran-cookie-consent';

/** How long the choice is kept: one year, in seconds (GOV.UK keeps its consent cookie as long). */
export const CONSENT_MAX_AGE = 60 * 60 * 24 * 365;

/** What the person chose. A later category (functional, marketing) is a new key. */
export interface CookieConsent {
  analytics: boolean;
}

/** The categories the cookie records, in the order it writes them. */
const CATEGORIES = ['analytics'] as const satisfies readonly (keyof CookieConsent)[];

/** Where a Cookie header can come from: the header itself, a Fetch `Request` or `Headers`, or Node's `IncomingMessage` (`req.headers.cookie`). */
export type CookieSource =
  | string
  | null
  | undefined
  | { get(name: string): string | null }
  | { headers: { get(name: string): string | null } | { cookie?: string | string[] | undefined } };

function cookieHeaderOf(source: CookieSource): string {
  if (source == null) return '';
  if (typeof source === 'string') return source;
  if ('get' in source) return source.get('cookie') ?? '';
  const headers = source.headers;
  if ('get' in headers && typeof headers.get === 'function') return headers.get('cookie') ?? '';
  const cookie = 'cookie' in headers ? headers.cookie : undefined;
  return Array.isArray(cookie) ? cookie.join('; ') : (cookie ?? '');
}

/** The cookie's value for a choice: `analytics=yes` or `analytics=no`. */
export function consentValue(choice: CookieConsent): string {
  return CATEGORIES.map((category) => `${category}=${choice[category] ? 'yes' : 'no'}`).join('&');
}

/** Reads a cookie value written by `consentValue`; anything else (edited, truncated, another version) is no choice. */
export function parseConsentValue(value: string): CookieConsent | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    return undefined;
  }
  const fields = new Map<string, string>();
  for (const pair of decoded.split('&')) {
    const at = pair.indexOf('=');
    if (at > 0) fields.set(pair.slice(0, at), pair.slice(at + 1));
  }
  const analytics = fields.get('analytics');
  if (analytics !== 'yes' && analytics !== 'no') return undefined;
  return { analytics: analytics === 'yes' };
}

/**
 * The person's choice from a request's cookies, or `undefined` when they
 * have not chosen (or the cookie is not one this library wrote). Give it the
 * `Cookie` header, a `Request`, its `Headers`, or Node's request object.
 */
export function readCookieConsent(source: CookieSource): CookieConsent | undefined {
  for (const part of cookieHeaderOf(source).split(';')) {
    const at = part.indexOf('=');
    if (at < 0 || part.slice(0, at).trim() !== CONSENT_COOKIE) continue;
    return parseConsentValue(part.slice(at + 1).trim());
  }
  return undefined;
}

export interface ConsentCookieOptions {
  /**
   * Add `Secure` (the browser then sends the cookie over https only). Default
   * true: a service is on https. Pass false for http://localhost in development.
   */
  secure?: boolean;
  /** Default `/`, so every page of the service (and its form posts) receives it. */
  path?: string;
  /** Seconds to keep it; default one year. 0 deletes it. */
  maxAge?: number;
  /** Only to share the choice across subdomains; by default the cookie is for this host only. */
  domain?: string;
}

/**
 * The `Set-Cookie` header value (or the `document.cookie` assignment) that
 * stores a choice: `cydran-cookie-consent=analytics=yes; Path=/;
 * Max-Age=31536000; SameSite=Lax; Secure`. Not `HttpOnly`: the page's script
 * reads it to decide whether to load analytics.
 */
export function consentCookie(choice: CookieConsent, options: ConsentCookieOptions = {}): string {
  const { secure = true, path = '/', maxAge = CONSENT_MAX_AGE, domain } = options;
  let cookie = `${CONSENT_COOKIE}=${consentValue(choice)}; Path=${path}; Max-Age=${Math.max(0, Math.floor(maxAge))}; SameSite=Lax`;
  if (domain) cookie += `; Domain=${domain}`;
  if (secure) cookie += '; Secure';
  return cookie;
}

/** The name of the banner's buttons when it posts (`<button name="cookies" value="accept">`). */
export const CONSENT_FIELD = 'cookies';

/**
 * The choice a no-JavaScript banner posted (`cookies=accept` or
 * `cookies=reject`), from the form's `FormData` or `URLSearchParams`; or
 * `undefined` for anything else.
 */
export function consentFromForm(form: { get(name: string): unknown }): CookieConsent | undefined {
  const value = form.get(CONSENT_FIELD);
  if (value === 'accept') return { analytics: true };
  if (value === 'reject') return { analytics: false };
  return undefined;
}

/** The banner's `consent` attribute for a choice: `accepted`, `rejected`, or none when nothing was chosen. */
export function bannerConsent(consent: CookieConsent | undefined): 'accepted' | 'rejected' | undefined {
  if (!consent) return undefined;
  return consent.analytics ? 'accepted' : 'rejected';
}

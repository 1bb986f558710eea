/**
 * Whether a link target is safe to put in `href` or `action`: http(s),
 * mailto:, tel:, or relative (a path, `?query`, `#fragment`). It is read
 * as a browser reads it (URL parsing strips leading and trailing controls
 * and spaces, removes tabs and newlines anywhere, folds the scheme's case,
 * and a percent-encoded colon is no scheme), so `" JaVa\tScript:…"` is seen
 * for what it is. See docs/adr/0018-safe-urls-and-hostile-values.md.
 */
export function isSafeUrl(value: string): boolean {
  try {
    return SAFE_PROTOCOLS.includes(new URL(value, 'https://base.invalid/').protocol);
  } catch {
    return false;
  }
}
const SAFE_PROTOCOLS = ['http:', 'https:', 'mailto:', 'tel:'];

/** What an unsafe link target becomes: still a link (a button stays a link, never turns into a submit button), going nowhere. */
export const INERT_URL = '#';

/** The id a `#fragment` names; a malformed escape (a stray `%`) is read as it is, never thrown. */
export function fragmentId(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

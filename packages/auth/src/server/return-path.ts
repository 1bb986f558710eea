/**
 * Where a person goes after signing in: only a path on this service. A
 * return address is something anyone can put in a link, so a full URL, a
 * protocol-relative `//host`, a backslash (which browsers read as a slash)
 * or a `javascript:` address would make the sign-in an open redirect.
 */

// A base no real request has: anything that resolves off it was not a path here.
const BASE = 'https://return-path.invalid';

/**
 * The same-site path `value` names (path, query and fragment), or undefined
 * when it is not one. Checked by the URL parser, the same one the browser
 * uses, after refusing what it would quietly repair.
 */
export function safeReturnPath(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2048) return undefined;
  if (!value.startsWith('/') || value.startsWith('//')) return undefined;
  for (const character of value) {
    const code = character.charCodeAt(0);
    // Control characters and backslashes: the parser drops tabs and newlines and reads `\` as `/`, so `/\evil.example` would become `//evil.example`.
    if (code < 0x20 || code === 0x7f || character === '\\') return undefined;
  }
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return undefined;
  }
  if (url.origin !== BASE) return undefined;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // What the parser made of it must still be a plain path (no `//` it produced from dots).
  return path.startsWith('//') ? undefined : path;
}

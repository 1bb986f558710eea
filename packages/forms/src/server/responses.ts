/**
 * The headers of every page and redirect a Cydran server sends about one
 * person (a journey's answers, a sign-in): never kept by a shared cache nor
 * by the browser, never framed, never content-sniffed, and the address
 * (which can carry a resume token or a sign-in code) never sent on to
 * another site. Each cookie the response sets is appended.
 */
export function privateHeaders(cookies: readonly string[], extra: Record<string, string> = {}): Headers {
  const result = new Headers({
    'cache-control': 'no-store',
    'x-frame-options': 'DENY',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'same-origin',
    ...extra,
  });
  for (const cookie of cookies) result.append('set-cookie', cookie);
  return result;
}

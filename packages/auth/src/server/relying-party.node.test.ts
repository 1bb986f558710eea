// The relying party against a real OpenID provider (oidc-provider on
// loopback): sign-in with PKCE, state and nonce, ui_locales from the page,
// sessions in the forms' database, cookies, timeouts on a moved clock,
// keep-alive, CSRF, open redirects, fixation and RP-initiated logout.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, beforeEach, describe, it } from 'node:test';
import { type SqlFormStore, openStore } from '@cydran/forms/storage';
import { attr, oneByTag, parseDocument, textOf } from '../../../../test/support/html.js';
import { TestBrowser } from './browser.fixture.js';
import { CLIENT_ID, CLIENT_SECRET, type FixtureProvider, startFixtureProvider } from './provider.fixture.js';
import { type AuthHandler, createAuthHandler, safeReturnPath } from './index.js';

const SERVICE = 'https://service.test';
const LOCAL = 'http://localhost:8080';
const MINUTE = 60_000;

let provider: FixtureProvider;
let store: SqlFormStore;
let auth: AuthHandler;
let localAuth: AuthHandler;
// The sessions' clock stands still unless a test moves it (the provider's tokens use the real one).
let base = Date.now();
let offset = 0;
const now = (): Date => new Date(base + offset);
function resetClock(): void {
  base = Date.now();
  offset = 0;
}

/** The service: the handler's routes, and one protected page that says who is signed in. */
function service(handler: AuthHandler) {
  return async (request: Request): Promise<Response> => {
    if (handler.handles(request)) return handler(request);
    const session = await handler.requireSession(request);
    if (session instanceof Response) return session;
    return Response.json({ subject: session.subject, email: session.email, expiresAt: session.expiresAt.toISOString(), locale: session.locale });
  };
}

before(async () => {
  const databaseUrl = process.env.DATABASE_URL;
  [provider, store] = await Promise.all([
    startFixtureProvider([SERVICE, LOCAL]),
    databaseUrl ? openStore({ databaseUrl, schema: `auth_rp_${process.pid}_${Date.now()}` }) : openStore({ databaseUrl: '', dataDir: 'memory://' }),
  ]);
  const common = {
    issuer: provider.issuer,
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    database: store.database,
    csrfSecret: 'relying party tests: sixteen bytes or more',
    now,
  };
  auth = createAuthHandler(common);
  localAuth = createAuthHandler({ ...common, insecureLocalhostCookies: true });
  await auth.ready();
});

beforeEach(resetClock);

after(async () => {
  await provider?.close();
  await store?.close();
});

function newBrowser(handler: AuthHandler = auth, origin = SERVICE): TestBrowser {
  return new TestBrowser(origin, service(handler));
}

const isCallback = (url: URL): boolean => url.pathname === '/auth/callback';

/** Signs in through the provider as `account`, stopping at the callback so a test can look at (or change) it. */
async function toCallback(browser: TestBrowser, start: string, account = 'person-1'): Promise<URL> {
  provider.signInAs = account;
  const { url } = await browser.go(start, isCallback);
  assert.equal(url.pathname, '/auth/callback', `the provider sent the browser back to the callback (got ${url.href})`);
  return url;
}

async function signIn(browser: TestBrowser, start = '/sign-in', account = 'person-1'): Promise<{ response: Response; url: URL }> {
  return browser.go(await toCallback(browser, start, account));
}

async function whoAmI(browser: TestBrowser): Promise<Record<string, unknown> | undefined> {
  const response = await browser.request('/whoami');
  return response.status === 200 ? record(await response.json()) : undefined;
}

function record(value: unknown): Record<string, unknown> {
  assert.ok(value !== null && typeof value === 'object' && !Array.isArray(value), 'a JSON object');
  return Object.fromEntries(Object.entries(value));
}

/** The document's language and its text, read by the repository's HTML parser helpers. */
function pageOf(markup: string): { lang: string | undefined; text: string } {
  const document = parseDocument(markup);
  return { lang: attr(oneByTag(document, 'html'), 'lang'), text: textOf(document) };
}

const sessionCookie = (browser: TestBrowser) => browser.get('service.test', '__Host-cydran-session');

describe('sign-in', () => {
  it('redirects to the discovered authorisation endpoint with PKCE S256, state, nonce and ui_locales from the page', async () => {
    const browser = newBrowser();
    const response = await browser.request('/sign-in?lang=cy&return=/report');
    assert.equal(response.status, 303);
    const to = new URL(response.headers.get('location')!);
    assert.equal(`${to.origin}${to.pathname}`, `${provider.issuer}/auth`);
    assert.equal(to.searchParams.get('client_id'), CLIENT_ID);
    assert.equal(to.searchParams.get('response_type'), 'code');
    assert.equal(to.searchParams.get('redirect_uri'), `${SERVICE}/auth/callback`);
    assert.equal(to.searchParams.get('code_challenge_method'), 'S256');
    assert.match(to.searchParams.get('code_challenge') ?? '', /^[A-Za-z0-9_-]{43}$/);
    assert.ok((to.searchParams.get('state') ?? '').length >= 32, 'a random state');
    assert.ok((to.searchParams.get('nonce') ?? '').length >= 32, 'a random nonce');
    assert.equal(to.searchParams.get('ui_locales'), 'cy en', 'the provider is asked for Welsh first');
    assert.ok(to.searchParams.get('scope')?.split(' ').includes('openid'));
  });

  it('signs in, keeps the userinfo claims in a server-side session, and lands on the return path in the page’s language', async () => {
    const browser = newBrowser();
    const before = provider.requests.length;
    const { response, url } = await signIn(browser, '/sign-in?lang=cy&return=/report?step=2', 'siân');
    assert.equal(provider.requests[before]?.ui_locales, 'cy en', 'the provider received ui_locales');
    assert.equal(`${url.pathname}${url.search}`, '/report?step=2&lang=cy');
    assert.equal(response.status, 200);
    const me = record(await response.json());
    assert.equal(me.subject, 'siân');
    assert.equal(me.email, 'siân@example.cymru', 'the email claim came from userinfo');
    assert.equal(me.locale, 'cy');
    assert.equal(browser.get('service.test', 'cydran-locale')?.value, 'cy', 'the language is remembered');
    const rows = await store.database.query('SELECT id_hash, claims FROM auth_sessions WHERE subject = $1', ['siân']);
    assert.equal(rows.length, 1);
    assert.notEqual(rows[0]!.id_hash, sessionCookie(browser)!.value, 'the database keeps a hash, not the cookie');
    assert.equal(browser.get('service.test', '__Host-cydran-sign-in'), undefined, 'the attempt cookie is gone');
  });

  it('sets the session and attempt cookies HttpOnly, Secure, SameSite=Lax, __Host- and with no lifetime of their own', async () => {
    const browser = newBrowser();
    const start = await browser.request('/sign-in');
    const attempt = start.headers.getSetCookie().find((cookie) => cookie.startsWith('__Host-cydran-sign-in='));
    assert.ok(attempt, 'an attempt cookie');
    for (const flag of ['HttpOnly', 'Secure', 'SameSite=Lax', 'Path=/']) assert.ok(attempt.split('; ').includes(flag), `attempt cookie has ${flag}`);
    const callback = await toCallback(browser, start.headers.get('location')!);
    const done = await browser.request(callback);
    const cookie = done.headers.getSetCookie().find((value) => value.startsWith('__Host-cydran-session='));
    assert.ok(cookie, 'a session cookie');
    const parts = cookie.split('; ');
    for (const flag of ['HttpOnly', 'Secure', 'SameSite=Lax', 'Path=/']) assert.ok(parts.includes(flag), `session cookie has ${flag}`);
    assert.ok(
      !parts.some((part) => part.startsWith('Max-Age') || part.startsWith('Expires') || part.startsWith('Domain')),
      'a browser-session cookie with no Domain',
    );
    assert.match(parts[0]!.split('=')[1]!, /^[A-Za-z0-9_-]{43}$/, '32 random bytes');
  });

  it('on http://localhost with insecureLocalhostCookies, drops Secure (and the __Host- prefix, which needs it); elsewhere over http it refuses', async () => {
    const browser = newBrowser(localAuth, LOCAL);
    const { url } = await signIn(browser);
    assert.equal(url.pathname, '/');
    const session = browser.get('localhost', 'cydran-session');
    assert.ok(session, 'the plain cookie name on http://localhost');
    assert.ok(!session.attributes.includes('Secure'));
    assert.ok(session.attributes.includes('HttpOnly') && session.attributes.includes('SameSite=Lax'));
    await assert.rejects(() => localAuth(new Request('http://service.example/sign-in')), /Serve the service over HTTPS/);
    await assert.rejects(() => auth(new Request('http://localhost:8080/sign-in')), /insecureLocalhostCookies: true/);
  });

  it('refuses a callback whose state is not the one sent, and the attempt cannot be used again', async () => {
    const browser = newBrowser();
    const callback = await toCallback(browser, '/sign-in');
    const attempt = browser.get('service.test', '__Host-cydran-sign-in')!.value;
    const forged = new URL(callback);
    forged.searchParams.set('state', 'an-attacker-chosen-state-value-0000000000');
    const refused = await browser.request(forged);
    assert.equal(refused.status, 400);
    assert.ok(pageOf(await refused.text()).text.includes('We could not sign you in'));
    assert.equal(sessionCookie(browser), undefined, 'no session');
    // Even with its cookie sent again, the attempt's record is gone: it was used up by the refused callback.
    browser.set(new URL(SERVICE), '__Host-cydran-sign-in', attempt);
    const again = await browser.request(callback);
    assert.equal(again.status, 400, 'the attempt was used up by the refused callback');
    assert.equal(sessionCookie(browser), undefined);
  });

  it('refuses an ID token whose nonce is not the attempt’s', async () => {
    const browser = newBrowser();
    const callback = await toCallback(browser, '/sign-in');
    // As if the ID token had been made for another attempt: the provider's nonce no longer matches the one kept here.
    await store.database.query("UPDATE auth_sign_in_attempts SET nonce = 'another-attempts-nonce-000000000000000000000'");
    const refused = await browser.request(callback);
    assert.equal(refused.status, 400);
    assert.equal(sessionCookie(browser), undefined);
  });

  it('refuses a replayed callback (the same code and state again)', async () => {
    const browser = newBrowser();
    const callback = await toCallback(browser, '/sign-in');
    assert.equal((await browser.request(callback)).status, 303);
    const first = sessionCookie(browser)!.value;
    const replay = await browser.request(callback);
    assert.equal(replay.status, 400);
    assert.equal(sessionCookie(browser)?.value, first, 'the replay changed nothing');
  });

  it('makes a new session id at sign-in: a planted id is never promoted, and an earlier session ends (no fixation)', async () => {
    const browser = newBrowser();
    const planted = 'A'.repeat(43);
    browser.set(new URL(SERVICE), '__Host-cydran-session', planted);
    await signIn(browser);
    const issued = sessionCookie(browser)!.value;
    assert.notEqual(issued, planted);
    const attacker = newBrowser();
    attacker.set(new URL(SERVICE), '__Host-cydran-session', planted);
    assert.equal(await whoAmI(attacker), undefined, 'the planted id is not signed in');

    const stolenEarlier = newBrowser();
    stolenEarlier.set(new URL(SERVICE), '__Host-cydran-session', issued);
    // Signed out at the provider (its cookies gone), so the provider asks who this is again.
    browser.cookies.delete('127.0.0.1');
    await signIn(browser, '/sign-in', 'person-2');
    assert.notEqual(sessionCookie(browser)!.value, issued);
    assert.equal(await whoAmI(stolenEarlier), undefined, 'the session before the new sign-in has ended');
    assert.equal((await whoAmI(browser))?.subject, 'person-2');
  });

  it('never redirects off the service: a return address that is not a same-site path lands on /', async () => {
    const hostile = [
      'https://evil.example/',
      '//evil.example/',
      '/\\evil.example/',
      '\\\\evil.example',
      '/\t/evil.example',
      'javascript:alert(1)',
      'http:evil.example',
      ' /x',
      '',
    ];
    for (const value of hostile) {
      assert.equal(safeReturnPath(value), undefined, JSON.stringify(value));
      const browser = newBrowser();
      const { url } = await signIn(browser, `/sign-in?${new URLSearchParams({ return: value })}`);
      assert.equal(url.origin, SERVICE, `${JSON.stringify(value)} stayed on the service`);
      assert.equal(url.pathname, '/', `${JSON.stringify(value)} went to the default`);
    }
    assert.equal(safeReturnPath('/report?x=1#y'), '/report?x=1#y');
    assert.equal(safeReturnPath('/a/../b'), '/b');
  });

  it('sends a signed-out person to sign-in and back to the page they asked for', async () => {
    const browser = newBrowser();
    const response = await browser.request('/report/step?x=1');
    assert.equal(response.status, 303);
    assert.equal(response.headers.get('location'), `/sign-in?${new URLSearchParams({ lang: 'en', return: '/report/step?x=1' })}`);
    const { url } = await browser.go(response.headers.get('location')!);
    assert.equal(`${url.pathname}${url.search}`, '/report/step?x=1&lang=en');
  });
});

describe('session timeouts (a moved clock)', () => {
  it('ends a session after 15 minutes without activity; any request moves the end on', async () => {
    offset = 0;
    const browser = newBrowser();
    await signIn(browser);
    const first = await whoAmI(browser);
    assert.ok(first);
    assert.equal(Date.parse(String(first.expiresAt)), now().getTime() + 15 * MINUTE);
    offset += 14 * MINUTE;
    const later = await whoAmI(browser);
    assert.ok(later, 'still signed in after 14 minutes');
    assert.ok(Date.parse(String(later.expiresAt)) > Date.parse(String(first.expiresAt)), 'activity moved the end');
    offset += 14 * MINUTE;
    assert.ok(await whoAmI(browser), 'activity 14 minutes ago keeps it');
    offset += 16 * MINUTE;
    const ended = await browser.request('/whoami');
    assert.equal(ended.status, 303);
    assert.equal(ended.headers.get('location'), '/timed-out?lang=en', 'an ended session goes to the timed-out page');
    const { url, response } = await browser.go(ended.headers.get('location')!, (to) => to.origin === provider.issuer);
    assert.equal(url.pathname, '/session/end', 'signed out at the provider too');
    assert.equal(url.searchParams.get('state'), 'timed-out.en');
    assert.equal(response.status, 204);
    offset = 0;
  });

  it('ends a session 12 hours after sign-in however active the person is', async () => {
    offset = 0;
    const browser = newBrowser();
    await signIn(browser);
    for (let minutes = 10; minutes < 12 * 60; minutes += 10) {
      offset = minutes * MINUTE;
      assert.ok(await whoAmI(browser), `signed in at ${minutes} minutes`);
    }
    const last = await whoAmI(browser);
    assert.ok(Date.parse(String(last!.expiresAt)) <= base + 12 * 60 * MINUTE, 'the end is never past the absolute end');
    offset = 12 * 60 * MINUTE;
    assert.equal(await whoAmI(browser), undefined);
    offset = 0;
  });

  it('keep-alive (the timeout warning’s POST) extends the session and replies with the real new end', async () => {
    offset = 0;
    const browser = newBrowser();
    await signIn(browser);
    offset = 10 * MINUTE;
    const reply = await browser.request('/session/keep-alive', {
      method: 'POST',
      headers: { 'cydran-keep-alive': '1', accept: 'application/json', origin: SERVICE, 'sec-fetch-site': 'same-origin' },
    });
    assert.equal(reply.status, 200);
    const { expiresAt } = record(await reply.json());
    assert.equal(Date.parse(String(expiresAt)), now().getTime() + 15 * MINUTE);
    offset = 24 * MINUTE;
    assert.ok(await whoAmI(browser), 'alive 14 minutes after the keep-alive (24 after sign-in)');
    offset = 60 * MINUTE;
    const late = await browser.request('/session/keep-alive', { method: 'POST', headers: { 'cydran-keep-alive': '1' } });
    assert.equal(late.status, 401, 'an ended session cannot be kept alive');
    offset = 0;
  });
});

describe('CSRF and methods', () => {
  it('refuses a keep-alive without its header, from another origin, or sent cross-site', async () => {
    offset = 0;
    const browser = newBrowser();
    await signIn(browser);
    const before = (await whoAmI(browser))!.expiresAt;
    offset = MINUTE;
    const refused: Record<string, string>[] = [
      {},
      { 'cydran-keep-alive': '1', origin: 'https://evil.example' },
      { 'cydran-keep-alive': '1', 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of refused) {
      const response = await browser.request('/session/keep-alive', { method: 'POST', headers });
      assert.equal(response.status, 403, JSON.stringify(headers));
    }
    const idHash = createHash('sha256').update(sessionCookie(browser)!.value).digest('hex');
    const rows = await store.database.query('SELECT idle_expires_at FROM auth_sessions WHERE id_hash = $1', [idHash]);
    const stored = rows[0]!.idle_expires_at;
    assert.equal((stored instanceof Date ? stored : new Date(String(stored))).toISOString(), before, 'none of them moved the session');
    offset = 0;
  });

  it('signs out by POST only with the CSRF token bound to the session', async () => {
    const browser = newBrowser();
    await signIn(browser);
    const form = { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' } };
    assert.equal((await browser.request('/sign-out', { ...form, body: '' })).status, 403);
    assert.equal((await browser.request('/sign-out', { ...form, body: 'csrf-token=guessed' })).status, 403);
    const other = newBrowser();
    await signIn(other);
    const session = await auth.session(new Request(`${SERVICE}/`, { headers: { cookie: other.cookieHeader(new URL(SERVICE)) } }));
    const othersToken = auth.csrfToken(session!);
    assert.equal((await browser.request('/sign-out', { ...form, body: `csrf-token=${othersToken}` })).status, 403, 'another session’s token');
    assert.ok(await whoAmI(browser), 'still signed in after the refused posts');
    const mine = await auth.session(new Request(`${SERVICE}/`, { headers: { cookie: browser.cookieHeader(new URL(SERVICE)) } }));
    const done = await browser.request('/sign-out', { ...form, body: `csrf-token=${encodeURIComponent(auth.csrfToken(mine!))}` });
    assert.equal(done.status, 303);
    assert.equal(await whoAmI(browser), undefined);
  });

  it('answers POST to every other route with 405', async () => {
    const browser = newBrowser();
    for (const path of ['/sign-in', '/auth/callback', '/signed-out', '/timed-out']) {
      assert.equal((await browser.request(path, { method: 'POST' })).status, 405, path);
    }
  });
});

describe('sign-out', () => {
  it('ends the session here and at the provider (RP-initiated logout), landing on the signed-out page in the person’s language', async () => {
    const browser = newBrowser();
    await signIn(browser, '/sign-in?lang=cy');
    const response = await browser.request('/sign-out?lang=cy');
    assert.equal(response.status, 303);
    const to = new URL(response.headers.get('location')!);
    assert.equal(`${to.origin}${to.pathname}`, `${provider.issuer}/session/end`);
    assert.equal(to.searchParams.get('post_logout_redirect_uri'), `${SERVICE}/signed-out`);
    assert.equal(to.searchParams.get('client_id'), CLIENT_ID);
    assert.equal(to.searchParams.get('state'), 'signed-out.cy');
    assert.equal(to.searchParams.get('ui_locales'), 'cy en');
    assert.ok((to.searchParams.get('id_token_hint') ?? '').split('.').length === 3, 'the ID token as the hint');
    assert.equal(sessionCookie(browser), undefined, 'the cookie is cleared');
    assert.equal(await whoAmI(browser), undefined);
    const page = await browser.request('/signed-out?state=signed-out.cy');
    for (const response of [await browser.request('/sign-in'), page]) {
      assert.equal(response.headers.get('cache-control'), 'no-store', 'never cached');
      assert.equal(response.headers.get('referrer-policy'), 'same-origin', 'the address (a code, a state) never sent to another site');
      assert.equal(response.headers.get('x-frame-options'), 'DENY');
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    }
    const shown = pageOf(await page.text());
    assert.equal(shown.lang, 'cy');
    assert.ok(shown.text.includes('Rydych wedi cael eich allgofnodi'), shown.text);
  });
});

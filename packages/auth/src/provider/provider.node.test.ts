/**
 * The provider on loopback, driven the way a person drives it with
 * JavaScript off (every step a form POST, 303, GET) and used by a real
 * relying party (openid-client): discovery, creating an account, signing in
 * with a password and an authenticator or text-message code, resetting a
 * password, the lockouts and their end, codes that are used or expired, the
 * same answers whether or not an email has an account, and CSRF on every
 * POST. One PGlite database for the file (a new one takes seconds); with
 * DATABASE_URL, PostgreSQL in a schema of its own, dropped afterwards.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import * as client from 'openid-client';
import { generate } from 'otplib';
import pg from 'pg';
import { openStore, type SqlFormStore } from '@cydran/forms/storage';
import { attr, byTag, oneByTag, queryOne, textOf } from '../../../../test/support/html.js';
import { createServer, type Server } from 'node:http';
import { outboxNotifier, readOutbox } from '../notify/outbox.js';
import { heading, languageLink, linkTo, pageLang, TestBrowser, type Page } from './browser.fixture.js';
import { Codes } from './guard.js';
import { pruneProvider } from './prune.js';
import { createProvider, EXAMPLE_CLIENT, startProvider, type RunningProvider } from './index.js';
import { Sealer } from './sealing.js';

const REDIRECT = 'http://127.0.0.1:3999/auth/callback';
const SIGNED_OUT = 'http://127.0.0.1:3999/signed-out';
/** The relying party's side: the browser stops when it is sent there. */
const atService = (target: URL): boolean => target.origin === 'http://127.0.0.1:3999';
const MINUTE = 60_000;
let clock = Date.now();
const now = (): Date => new Date(clock);

let store: SqlFormStore;
let running: RunningProvider;
let config: client.Configuration;
let dataDir: string | undefined;
let schema: string | undefined;

before(async () => {
  if (process.env.DATABASE_URL) {
    schema = `provider_test_${process.pid}_${Date.now()}`;
    store = await openStore({ databaseUrl: process.env.DATABASE_URL, schema });
  } else {
    dataDir = mkdtempSync(join(tmpdir(), 'cydran-provider-'));
    store = await openStore({ dataDir: join(dataDir, 'db') });
  }
  running = await startProvider({
    port: 0,
    host: '127.0.0.1',
    store,
    now,
    exampleRedirectUris: [REDIRECT],
    examplePostLogoutRedirectUris: [SIGNED_OUT],
    limits: { perAddress: 1000 },
  });
  // With the assets (the default), each page links Cydran's stylesheet and script.
  config = await client.discovery(new URL(running.url), EXAMPLE_CLIENT.client_id, EXAMPLE_CLIENT.client_secret, undefined, {
    execute: [client.allowInsecureRequests],
  });
});

after(async () => {
  await running?.close();
  if (schema && process.env.DATABASE_URL) {
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await admin.end();
  }
  await store?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

interface Authorisation {
  browser: TestBrowser;
  page: Page;
  verifier: string;
  state: string;
}

/** A relying party sends the person to the provider; the browser lands on its first page. */
async function authorise(uiLocales?: string): Promise<Authorisation> {
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: REDIRECT,
    scope: 'openid email profile',
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    ...(uiLocales ? { ui_locales: uiLocales } : {}),
  });
  const browser = new TestBrowser(atService);
  return { browser, page: await browser.open(url), verifier, state };
}

/** The relying party's side of the callback: the code for tokens, checked by openid-client. */
async function tokens(auth: Authorisation, landed: Page) {
  assert.ok(landed.url.href.startsWith(REDIRECT), `expected the callback, got ${landed.url.href}: ${heading(landed)}`);
  const grant = await client.authorizationCodeGrant(config, landed.url, { pkceCodeVerifier: auth.verifier, expectedState: auth.state });
  return { grant, claims: grant.claims() };
}

/** Every POST is refused without its CSRF token, and with a wrong one, and nothing moves on. */
async function submitChecked(browser: TestBrowser, page: Page, fields: Record<string, string>): Promise<Page> {
  for (const csrf of ['omit', 'wrong'] as const) {
    const refused = await browser.submit(page, fields, { csrf });
    assert.equal(refused.status, 403, `a POST from "${heading(page)}" without a good CSRF token was not refused`);
  }
  return browser.submit(page, fields);
}

async function latestCode(to: string): Promise<string> {
  const [message] = await readOutbox(store.database, to.toLowerCase());
  assert.ok(message, `nothing sent to ${to}`);
  const code = message.personalisation.code;
  assert.ok(code, `the last message to ${to} (${message.template}) has no code`);
  return code;
}

function secretKeyOn(page: Page): string {
  const shown = queryOne(page.doc, (element) => element.attributes.has('data-secret-key'), 'the secret key');
  return textOf(shown).replaceAll(' ', '');
}

async function appCode(secret: string): Promise<string> {
  return generate({ secret, epoch: Math.floor(clock / 1000) });
}

/** Creates an account with an authenticator app through every page; returns the secret. */
async function createAppAccount(email: string, password: string, uiLocales?: string): Promise<{ secret: string; landed: Page; auth: Authorisation }> {
  const auth = await authorise(uiLocales);
  const { browser } = auth;
  let page = await browser.open(linkTo(auth.page, uiLocales === 'cy' ? 'Creu cyfrif' : 'Create an account'));
  page = await submitChecked(browser, page, { email });
  page = await submitChecked(browser, page, { code: await latestCode(email) });
  page = await submitChecked(browser, page, { password, 'confirm-password': password });
  page = await submitChecked(browser, page, { method: 'app' });
  const secret = secretKeyOn(page);
  page = await submitChecked(browser, page, { code: await appCode(secret) });
  assert.ok(page.url.pathname.endsWith('/create-done'), heading(page));
  const landed = await browser.open(linkTo(page, uiLocales === 'cy' ? 'Parhau' : 'Continue'));
  return { secret, landed, auth };
}

async function signInToCode(email: string, password: string, uiLocales?: string): Promise<{ auth: Authorisation; page: Page }> {
  const auth = await authorise(uiLocales);
  let page = await auth.browser.submit(auth.page, { email });
  page = await auth.browser.submit(page, { password });
  return { auth, page };
}

describe('discovery', () => {
  test('advertises PKCE with S256 only, Welsh and English pages, and the code flow', async () => {
    const metadata = config.serverMetadata();
    assert.deepEqual(metadata.code_challenge_methods_supported, ['S256']);
    assert.deepEqual(metadata.ui_locales_supported, ['cy', 'en']);
    assert.ok(metadata.response_types_supported?.includes('code'));
    assert.ok(metadata.end_session_endpoint, 'RP-initiated logout is on');
  });

  test('the development provider serves Cydran’s stylesheet and script and its pages use them', async () => {
    const auth = await authorise();
    const stylesheet = byTag(auth.page.doc, 'link').find((link) => attr(link, 'rel') === 'stylesheet');
    const script = byTag(auth.page.doc, 'script').find((element) => attr(element, 'type') === 'module');
    assert.ok(stylesheet && script, 'the page links both');
    const css = await fetch(new URL(attr(stylesheet, 'href') ?? '', auth.page.url));
    assert.equal(css.status, 200);
    assert.match(css.headers.get('content-type') ?? '', /^text\/css/);
    const js = await fetch(new URL(attr(script, 'src') ?? '', auth.page.url));
    assert.equal(js.status, 200);
    assert.match(js.headers.get('content-type') ?? '', /^text\/javascript/);
  });

  test('an authorisation request without PKCE is refused', async () => {
    const url = client.buildAuthorizationUrl(config, { redirect_uri: REDIRECT, scope: 'openid', state: client.randomState() });
    const browser = new TestBrowser(atService);
    const page = await browser.open(url);
    assert.equal(new URL(page.url).searchParams.get('error'), 'invalid_request');
  });
});

describe('creating an account and signing in', () => {
  const email = 'Sian.Jones@Example.Cymru';
  const password = 'coed derw ar y bryn';
  let secret = '';

  test('create an account in Welsh with an authenticator app: every page in Welsh, the code from the outbox, tokens issued', async () => {
    const created = await createAppAccount(email, password, 'cy');
    secret = created.secret;
    const { claims } = await tokens(created.auth, created.landed);
    assert.equal(claims?.email, 'sian.jones@example.cymru', 'the email is stored normalised');
    assert.equal(claims?.locale, 'cy', 'the language of the pages is stored as the person’s choice');
    const pages = created.auth.browser.trail.filter((entry) => entry.status === 200);
    assert.ok(pages.length >= 7);
  });

  test('the pages came in Welsh from ui_locales, and the language link switches them', async () => {
    const auth = await authorise('cy');
    assert.equal(pageLang(auth.page), 'cy');
    assert.equal(heading(auth.page), 'Rhowch eich cyfeiriad e-bost i fewngofnodi');
    const english = await auth.browser.open(languageLink(auth.page, 'en'));
    assert.equal(pageLang(english), 'en');
    assert.equal(heading(english), 'Enter your email address to sign in');
  });

  test('sign in with the password and an authenticator code: tokens for the same account', async () => {
    clock += 30_000;
    const auth = await authorise();
    const passwordPage = await auth.browser.submit(auth.page, { email });
    assert.equal(pageLang(passwordPage), 'en', 'before the password, the page cannot use the account’s language (that would say the email has an account)');
    const page = await auth.browser.submit(passwordPage, { password });
    assert.equal(pageLang(page), 'cy', 'once the password is right, the account’s language');
    const landed = await submitChecked(auth.browser, page, { code: await appCode(secret) });
    const { claims } = await tokens(auth, landed);
    assert.equal(claims?.email, 'sian.jones@example.cymru');
  });

  test('an authenticator code is accepted once: the same code again is refused', async () => {
    clock += 30_000;
    const code = await appCode(secret);
    const first = await signInToCode(email, password);
    assert.ok((await first.auth.browser.submit(first.page, { code })).url.href.startsWith(REDIRECT));
    const second = await signInToCode(email, password);
    const again = await second.auth.browser.submit(second.page, { code });
    assert.equal(again.status, 200);
    assert.ok(again.url.pathname.endsWith('/code'));
    assert.equal(textOf(oneByTag(again.doc, 'cyd-error-summary')).length > 0 || attr(oneByTag(again.doc, 'cyd-code-input'), 'error') !== undefined, true);
  });

  test('an authenticator code from the step before is accepted (clocks drift); one from 3 steps before is not', async () => {
    const drift = 'drift@example.cymru';
    const { secret: driftSecret } = await createAppAccount(drift, password);
    clock += 5 * 30_000;
    const old = await signInToCode(drift, password);
    const stale = await old.auth.browser.submit(old.page, { code: await generate({ secret: driftSecret, epoch: Math.floor(clock / 1000) - 90 }) });
    assert.ok(stale.url.pathname.endsWith('/code'), 'a code 3 steps old is refused');
    const recent = await signInToCode(drift, password);
    const landed = await recent.auth.browser.submit(recent.page, { code: await generate({ secret: driftSecret, epoch: Math.floor(clock / 1000) - 30 }) });
    await tokens(recent.auth, landed);
  });

  test('after sign-in, the account’s stored language is used when ui_locales is not given', async () => {
    clock += 30_000;
    const { page } = await signInToCode(email, password);
    assert.equal(pageLang(page), 'cy');
  });

  test('a text-message account: the code goes to the phone, is used once, and signs in', async () => {
    const smsEmail = 'dafydd@example.cymru';
    const auth = await authorise();
    let page = await auth.browser.open(linkTo(auth.page, 'Create an account'));
    page = await submitChecked(auth.browser, page, { email: smsEmail });
    page = await submitChecked(auth.browser, page, { code: await latestCode(smsEmail) });
    page = await submitChecked(auth.browser, page, { password, 'confirm-password': password });
    page = await submitChecked(auth.browser, page, { method: 'sms' });
    page = await submitChecked(auth.browser, page, { phone: '07400 123 456' });
    assert.ok(page.url.pathname.endsWith('/create-sms-code'), `${heading(page)}: ${textOf(page.doc).slice(0, 400)}`);
    page = await submitChecked(auth.browser, page, { code: await latestCode('+447400123456') });
    await tokens(auth, await auth.browser.open(linkTo(page, 'Continue')));

    const signIn = await signInToCode(smsEmail, password);
    const code = await latestCode('+447400123456');
    const landed = await signIn.auth.browser.submit(signIn.page, { code: code.slice(0, 3) + ' ' + code.slice(3) });
    await tokens(signIn.auth, landed);
  });
});

describe('codes', () => {
  test('an emailed code is refused once used, and when it has expired', async () => {
    const email = 'codes@example.cymru';
    const auth = await authorise();
    let page = await auth.browser.open(linkTo(auth.page, 'Create an account'));
    page = await auth.browser.submit(page, { email });
    const code = await latestCode(email);
    clock += 16 * MINUTE;
    const late = await auth.browser.submit(page, { code });
    assert.ok(late.url.pathname.endsWith('/create-code'), 'an expired code does not move on');
    assert.ok(textOf(late.doc).includes('expired'));

    const resend = await auth.browser.open(new URL(attr(oneByTag(late.doc, 'cyd-code-input'), 'resend-href') ?? '', late.url));
    page = await submitChecked(auth.browser, resend, {});
    const fresh = await latestCode(email);
    assert.notEqual(fresh, code);
    const used = await auth.browser.submit(page, { code: fresh });
    assert.ok(used.url.pathname.endsWith('/create-password'));

    // The same code in another journey for the same address.
    const other = await authorise();
    let again = await other.browser.open(linkTo(other.page, 'Create an account'));
    again = await other.browser.submit(again, { email });
    const replay = await other.browser.submit(again, { code: fresh });
    assert.ok(replay.url.pathname.endsWith('/create-code'), 'a used code is refused');
  });

  test('a code is used once: right, then refused; a newer code replaces it; spaces and dashes are ignored', async () => {
    const codes = new Codes(store.database, new Sealer('a test key of at least thirty-two bytes'), now, 15);
    const code = await codes.issue('sms', 'single-use');
    assert.equal(await codes.check('sms', 'single-use', code), 'ok');
    assert.equal(await codes.check('sms', 'single-use', code), 'wrong', 'a used code is refused');
    const older = await codes.issue('sms', 'single-use');
    const newer = await codes.issue('sms', 'single-use');
    if (older !== newer) assert.equal(await codes.check('sms', 'single-use', older), 'wrong', 'an older code stops working');
    assert.equal(await codes.check('sms', 'single-use', `${newer.slice(0, 3)} - ${newer.slice(3)}`), 'ok');
    assert.equal(await codes.check('sms', 'another-subject', newer), 'wrong', 'a code is for its own subject');
  });

  test('pruning deletes codes a day past their end and keeps the rest', async () => {
    const codes = new Codes(store.database, new Sealer('a test key of at least thirty-two bytes'), now, 15);
    await codes.issue('reset', 'prune-old');
    clock += 25 * 60 * MINUTE;
    await codes.issue('reset', 'prune-new');
    await pruneProvider(store.database, now);
    const left = await store.database.query("SELECT subject FROM provider_codes WHERE subject LIKE 'prune-%'");
    assert.deepEqual(
      left.map((row) => row.subject),
      ['prune-new'],
    );
  });

  test('5 codes can be sent to one address in 15 minutes; asking for a 6th is held up', async () => {
    const email = 'resend@example.cymru';
    const auth = await authorise();
    let page = await auth.browser.open(linkTo(auth.page, 'Create an account'));
    page = await auth.browser.submit(page, { email });
    for (let sent = 2; sent <= 5; sent++) {
      const resend = await auth.browser.open(new URL(attr(oneByTag(page.doc, 'cyd-code-input'), 'resend-href') ?? '', page.url));
      page = await auth.browser.submit(resend, {});
      assert.ok(page.url.pathname.endsWith('/create-code'), `code ${sent} is sent`);
    }
    assert.equal((await readOutbox(store.database, email)).length, 5);
    const resend = await auth.browser.open(new URL(attr(oneByTag(page.doc, 'cyd-code-input'), 'resend-href') ?? '', page.url));
    page = await auth.browser.submit(resend, {});
    assert.ok(page.url.pathname.endsWith('/too-many'));
    assert.equal((await readOutbox(store.database, email)).length, 5, 'no 6th message');
  });

  test('codes are stored only as keyed hashes', async () => {
    const email = 'hash@example.cymru';
    const auth = await authorise();
    const page = await auth.browser.open(linkTo(auth.page, 'Create an account'));
    await auth.browser.submit(page, { email });
    const code = await latestCode(email);
    const rows = await store.database.query('SELECT code_hash FROM provider_codes WHERE subject = $1', [email]);
    assert.ok(rows.length > 0);
    for (const row of rows) assert.ok(!String(row.code_hash).includes(code));
  });
});

describe('lockouts', () => {
  const email = 'locked@example.cymru';
  const password = 'afon yn llifo i’r môr';
  let secret = '';

  before(async () => {
    secret = (await createAppAccount(email, password)).secret;
  });

  test('5 wrong passwords lock the account for 15 minutes, even for the right one; then it works', async () => {
    const auth = await authorise();
    let page = await auth.browser.submit(auth.page, { email });
    for (let i = 1; i <= 4; i++) {
      page = await auth.browser.submit(page, { password: `wrong ${i}` });
      assert.ok(page.url.pathname.endsWith('/password'), `wrong password ${i} asks again`);
    }
    page = await auth.browser.submit(page, { password: 'wrong 5' });
    assert.ok(page.url.pathname.endsWith('/locked'));
    assert.equal(page.status, 429);

    const retry = await authorise();
    let again = await retry.browser.submit(retry.page, { email });
    again = await retry.browser.submit(again, { password });
    assert.ok(again.url.pathname.endsWith('/locked'), 'the right password is refused while locked');

    clock += 15 * MINUTE;
    const later = await signInToCode(email, password);
    assert.ok(later.page.url.pathname.endsWith('/code'), 'after 15 minutes the right password works');
  });

  test('6 wrong codes lock for 15 minutes; then a right code works', async () => {
    clock += 30_000;
    const { auth, page: codePage } = await signInToCode(email, password);
    let page = codePage;
    for (let i = 1; i <= 5; i++) {
      page = await auth.browser.submit(page, { code: '000000' });
      assert.ok(page.url.pathname.endsWith('/code'), `wrong code ${i} asks again`);
    }
    page = await auth.browser.submit(page, { code: '000000' });
    assert.ok(page.url.pathname.endsWith('/too-many'));

    const blocked = await signInToCode(email, password);
    assert.ok(blocked.page.url.pathname.endsWith('/too-many'), 'signing in again is blocked too');

    clock += 15 * MINUTE;
    const later = await signInToCode(email, password);
    const landed = await later.auth.browser.submit(later.page, { code: await appCode(secret) });
    await tokens(later.auth, landed);
  });
});

describe('resetting a password', () => {
  test('email, code, new password, then the security code: signed in; the old password no longer works', async () => {
    const email = 'reset@example.cymru';
    const { secret } = await createAppAccount(email, 'hen gyfrinair hir iawn');
    clock += 30_000;
    const auth = await authorise();
    let page = await auth.browser.submit(auth.page, { email });
    page = await auth.browser.open(linkTo(page, 'Forgotten your password?'));
    page = await submitChecked(auth.browser, page, { email });
    page = await submitChecked(auth.browser, page, { code: await latestCode(email) });
    page = await submitChecked(auth.browser, page, { password: 'cyfrinair newydd sbon', 'confirm-password': 'cyfrinair newydd sbon' });
    assert.ok(page.url.pathname.endsWith('/reset-done'));
    page = await auth.browser.open(linkTo(page, 'Sign in'));
    page = await submitChecked(auth.browser, page, { email });
    page = await submitChecked(auth.browser, page, { password: 'cyfrinair newydd sbon' });
    assert.ok(page.url.pathname.endsWith('/code'), 'resetting by email does not skip the security code');
    await tokens(auth, await submitChecked(auth.browser, page, { code: await appCode(secret) }));

    const old = await signInToCode(email, 'hen gyfrinair hir iawn');
    assert.ok(old.page.url.pathname.endsWith('/password'));
  });
});

describe('no enumeration', () => {
  const known = 'known@example.cymru';

  before(async () => {
    await createAppAccount(known, 'mynydd a môr a maes');
  });

  /** The page with what differs by journey (its id, the CSRF token) masked. */
  function masked(page: Page, email: string): string {
    const uid = page.url.pathname.split('/')[2] ?? '';
    const csrf =
      attr(
        queryOne(page.doc, (e) => e.tag === 'input' && attr(e, 'name') === 'csrf-token', 'csrf field'),
        'value',
      ) ?? '';
    return page.body.replaceAll(uid, 'UID').replaceAll(csrf, 'CSRF').replaceAll(email, 'EMAIL');
  }

  for (const [flow, link] of [
    ['create an account', 'Create an account'],
    ['reset a password', 'Forgotten your password?'],
  ] as const) {
    test(`${flow}: the "check your email" page is the same for an email with an account and one without`, async () => {
      const bodies: string[] = [];
      for (const email of [known, 'nobody@example.cymru']) {
        const auth = await authorise();
        let page = auth.page;
        if (link === 'Forgotten your password?') page = await auth.browser.submit(page, { email });
        page = await auth.browser.open(linkTo(page, link));
        page = await auth.browser.submit(page, { email });
        assert.equal(page.status, 200);
        bodies.push(masked(page, email));
      }
      assert.equal(bodies[0], bodies[1]);
    });
  }

  test('sign in: the password page and a wrong password’s answer are the same for an email with an account and one without', async () => {
    const pages: string[] = [];
    const errors: string[] = [];
    for (const email of [known, 'nobody@example.cymru']) {
      const auth = await authorise();
      const page = await auth.browser.submit(auth.page, { email });
      pages.push(masked(page, email));
      errors.push(masked(await auth.browser.submit(page, { password: 'not the password' }), email));
    }
    assert.equal(pages[0], pages[1]);
    assert.equal(errors[0], errors[1]);
  });

  test('an email with no account is locked after 5 wrong passwords too (a lock must not say an account exists)', async () => {
    const auth = await authorise();
    let page = await auth.browser.submit(auth.page, { email: 'ghost@example.cymru' });
    for (let i = 0; i < 5; i++) page = await auth.browser.submit(page, { password: `guess ${i}` });
    assert.ok(page.url.pathname.endsWith('/locked'));
  });
});

describe('CSRF and journeys', () => {
  test('a page cannot be skipped by typing its address', async () => {
    const auth = await authorise();
    const uid = auth.page.url.pathname.split('/')[2];
    const skipped = await auth.browser.open(new URL(`/interaction/${uid}/create-password`, running.url));
    assert.ok(skipped.url.pathname.endsWith('/email'));
  });

  test('another browser cannot use someone’s interaction', async () => {
    const auth = await authorise();
    const stranger = new TestBrowser();
    const page = await stranger.open(auth.page.url);
    assert.equal(page.status, 400);
    assert.equal(byTag(page.doc, 'form').length, 0);
  });
});

describe('signing out', () => {
  test('RP-initiated logout asks in Welsh, signs out on the button, and returns to the service', async () => {
    const email = 'signout@example.cymru';
    const created = await createAppAccount(email, 'llwybr hir drwy’r goedwig');
    const { grant } = await tokens(created.auth, created.landed);
    const browser = created.auth.browser;
    /** The page presses its own "Sign out" button as it loads (with JavaScript on). */
    const pressesItself = (page: Page) => byTag(page.doc, 'script').some((script) => textOf(script).includes('op.logoutForm'));

    const unvouched = await browser.open(client.buildEndSessionUrl(config, { post_logout_redirect_uri: SIGNED_OUT, ui_locales: 'cy' }));
    assert.equal(heading(unvouched), 'Ydych chi eisiau allgofnodi?');
    assert.equal(pressesItself(unvouched), false, 'without the ID token the service was given, the provider asks and waits');

    const logout = client.buildEndSessionUrl(config, { id_token_hint: grant.id_token ?? '', post_logout_redirect_uri: SIGNED_OUT, ui_locales: 'cy' });
    const question = await browser.open(logout);
    assert.equal(pageLang(question), 'cy');
    assert.equal(heading(question), 'Ydych chi eisiau allgofnodi?');
    assert.equal(pressesItself(question), true, 'one of the body’s own services, with its ID token: the provider does not ask again');
    const button = oneByTag(question.doc, 'button');
    assert.equal(textOf(button), 'Allgofnodi');
    const logoutForm = oneByTag(question.doc, 'form');
    const body = new URLSearchParams();
    for (const input of byTag(logoutForm, 'input')) body.append(attr(input, 'name') ?? '', attr(input, 'value') ?? '');
    body.append(attr(button, 'name') ?? '', attr(button, 'value') ?? '');
    const back = await new TestBrowser(atService).open(new URL(attr(logoutForm, 'action') ?? '', question.url), { method: 'POST', body });
    assert.equal(back.status, 400, 'another browser cannot submit the sign-out form (its token is tied to the session cookie)');
    const done = await browser.open(new URL(attr(logoutForm, 'action') ?? '', question.url), { method: 'POST', body });
    assert.ok(done.url.href.startsWith(SIGNED_OUT), `signed out to ${done.url.href}`);

    // Signed out: a new authorisation asks for the email again.
    const again = await browser.open(
      client.buildAuthorizationUrl(config, {
        redirect_uri: REDIRECT,
        scope: 'openid',
        code_challenge: await client.calculatePKCECodeChallenge(client.randomPKCECodeVerifier()),
        code_challenge_method: 'S256',
      }),
    );
    assert.ok(again.url.pathname.endsWith('/email'));
  });
});

describe('a second copy of the provider on the same database', () => {
  let second: { server: Server; url: string };
  let secondConfig: client.Configuration;
  const THIRD_PARTY = {
    client_id: 'third-party',
    client_secret: 'third-party-secret-of-some-length',
    redirect_uris: [REDIRECT],
    firstParty: false,
    name: { en: 'Library app', cy: 'Ap y llyfrgell' },
  };

  before(async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const provider = await createProvider({
      issuer: url,
      database: store.database,
      notifier: outboxNotifier(store.database, now),
      clients: [THIRD_PARTY],
      now,
      limits: { perAddress: 4 },
      trustProxy: true,
      pages: { organisation: 'Test council', page: { footer: { copyright: '© Test council' } } },
    });
    server.on('request', provider.listener);
    second = { server, url };
    secondConfig = await client.discovery(new URL(url), THIRD_PARTY.client_id, THIRD_PARTY.client_secret, undefined, {
      execute: [client.allowInsecureRequests],
    });
  });

  after(async () => {
    second.server.closeAllConnections();
    await new Promise((resolve) => second.server.close(resolve));
  });

  test('signs with the same keys, made once and kept in the database', async () => {
    const first = await (await fetch(config.serverMetadata().jwks_uri ?? '')).json();
    const other = await (await fetch(secondConfig.serverMetadata().jwks_uri ?? '')).json();
    assert.deepEqual(other, first);
    assert.ok(!JSON.stringify(first).includes('"d"'), 'only public keys are published');
  });

  test('serves no outbox when not in development', async () => {
    assert.equal((await fetch(`${second.url}/outbox.json`)).status, 404);
    const entries: unknown = await (await fetch(`${running.url}/outbox.json?to=${encodeURIComponent('Sian.Jones@Example.Cymru')}`)).json();
    assert.ok(Array.isArray(entries) && entries.length > 0, 'the development outbox finds an address however it is typed');
    const [newest] = entries;
    assert.equal(typeof newest === 'object' && newest !== null && 'to' in newest ? newest.to : undefined, 'sian.jones@example.cymru');
  });

  test('a service that is not the body’s own asks for consent, in the person’s language, then issues tokens', async () => {
    const email = 'consent@example.cymru';
    const password = 'castell ar y graig';
    const { secret } = await createAppAccount(email, password);
    clock += 30_000;
    const verifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const url = client.buildAuthorizationUrl(secondConfig, {
      redirect_uri: REDIRECT,
      scope: 'openid email',
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      ui_locales: 'cy',
    });
    const browser = new TestBrowser(atService, { 'x-forwarded-for': '203.0.113.8' });
    let page = await browser.open(url);
    page = await browser.submit(page, { email });
    page = await browser.submit(page, { password });
    page = await browser.submit(page, { code: await appCode(secret) });
    assert.ok(page.url.pathname.endsWith('/consent'), page.url.href);
    assert.equal(heading(page), 'Mae Ap y llyfrgell eisiau defnyddio eich cyfrif', 'the service’s Welsh name on a Welsh page');
    const landed = await submitChecked(browser, page, {});
    assert.ok(landed.url.href.startsWith(REDIRECT));
    const grant = await client.authorizationCodeGrant(secondConfig, landed.url, { pkceCodeVerifier: verifier, expectedState: state });
    assert.equal(grant.claims()?.email, email);

    // Signing out from a service that is not the body's own: the provider asks, even with its ID token.
    const logout = await browser.open(client.buildEndSessionUrl(secondConfig, { id_token_hint: grant.id_token ?? '', ui_locales: 'cy' }));
    assert.equal(heading(logout), 'Ydych chi eisiau allgofnodi?');
    assert.equal(
      byTag(logout.doc, 'script').some((script) => textOf(script).includes('op.logoutForm')),
      false,
      'the page waits for the person',
    );
  });

  test('one client address (behind a trusted proxy, X-Forwarded-For) gets a limited number of password and code tries, whatever the emails', async () => {
    const browser = new TestBrowser(atService, { 'x-forwarded-for': '203.0.113.7, 10.0.0.1' });
    const url = client.buildAuthorizationUrl(secondConfig, {
      redirect_uri: REDIRECT,
      scope: 'openid',
      code_challenge: await client.calculatePKCECodeChallenge(client.randomPKCECodeVerifier()),
      code_challenge_method: 'S256',
    });
    let last: Page | undefined;
    for (let i = 0; i < 4; i++) {
      let page = await browser.open(url);
      page = await browser.submit(page, { email: `spray-${i}@example.cymru` });
      last = await browser.submit(page, { password: 'Password1!' });
    }
    assert.ok(last?.url.pathname.endsWith('/too-many'), `the 4th try from one address is stopped, at ${last?.url.href}`);
    assert.equal(last?.status, 429);
    const elsewhere = new TestBrowser(atService, { 'x-forwarded-for': '203.0.113.9' });
    let page = await elsewhere.open(url);
    page = await elsewhere.submit(page, { email: 'spray-0@example.cymru' });
    page = await elsewhere.submit(page, { password: 'Password1!' });
    assert.ok(page.url.pathname.endsWith('/password'), 'another address is not held up');
  });
});

describe('when sending fails', () => {
  test('the person gets the problem page in their language, and the log has the reason but nothing they typed', async (t) => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const failing = { send: async () => Promise.reject(new Error('the notification service did not answer')) };
    const provider = await createProvider({
      issuer: url,
      database: store.database,
      notifier: failing,
      clients: [{ ...EXAMPLE_CLIENT, redirect_uris: [REDIRECT] }],
      now,
      pages: { organisation: 'Test council', page: { footer: { copyright: '© Test council' } } },
    });
    server.on('request', provider.listener);
    t.after(async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    });
    const logged = t.mock.method(console, 'error', () => {});
    const failingConfig = await client.discovery(new URL(url), EXAMPLE_CLIENT.client_id, EXAMPLE_CLIENT.client_secret, undefined, {
      execute: [client.allowInsecureRequests],
    });
    const browser = new TestBrowser(atService);
    let page = await browser.open(
      client.buildAuthorizationUrl(failingConfig, {
        redirect_uri: REDIRECT,
        scope: 'openid',
        ui_locales: 'cy',
        code_challenge: await client.calculatePKCECodeChallenge(client.randomPKCECodeVerifier()),
        code_challenge_method: 'S256',
      }),
    );
    page = await browser.open(linkTo(page, 'Creu cyfrif'));
    const email = 'private.person@example.cymru';
    page = await browser.submit(page, { email });
    assert.equal(page.status, 500);
    assert.equal(pageLang(page), 'cy');
    const lines = logged.mock.calls.map((call) => call.arguments.map(String).join(' '));
    assert.ok(
      lines.some((line) => line.includes('the notification service did not answer')),
      'the reason is logged',
    );
    for (const line of lines) assert.ok(!line.includes(email) && !line.includes('private.person'), `a log line has what was typed: ${line}`);
  });
});

// Sign-in end to end in Chromium: the example council service (the relying
// party, protecting the missed-bin form) and Cydran's OpenID provider, both
// on loopback. A person creates an account in Welsh (the code from the
// provider's outbox, an authenticator app set up from the shown secret with
// otplib), lands back on the form signed in and in Welsh, signs out, signs
// in again; the timeout warning opens before the session's real end, "Stay
// signed in" extends it and zero signs out; the whole sign-in works with
// JavaScript off; six wrong codes lock the account. Time moves on the
// servers' clocks and the page's, never by waiting.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { generate } from 'otplib';
import type { Browser, HTTPResponse, Page } from 'puppeteer-core';
import { launchChromium } from '../progressive-enhancement/support.js';
import { type AuthServers, serveAuth } from './auth-servers.js';
import { follow, next, type, upgraded, valueOf } from './forms-browser.js';

// ASCII: an address with non-ASCII before the @ is refused, by the browser and by the server's check.
const EMAIL = 'sian.jones@example.cymru';
const PASSWORD = 'tri deg tri o ddefaid yn y cae';
const MINUTE = 60_000;
const SUBMIT = 'main form button[type="submit"]';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let servers: AuthServers;
let browser: Browser;
/** The authenticator secret the set-up page showed. */
let secret = '';

before(async () => {
  [servers, browser] = await Promise.all([serveAuth(), launchChromium()]);
});
after(async () => {
  await browser?.close();
  await servers?.close();
});

/**
 * A fresh profile, scripts on or off. Its pages' Date.now runs `window.cydranClockOffset`
 * milliseconds ahead, so a test can move the page's clock as it moves the servers'.
 */
async function openContext(javaScript: boolean): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setJavaScriptEnabled(javaScript);
  await page.evaluateOnNewDocument(`(() => {
    const real = Date.now.bind(Date);
    window.cydranClockOffset = 0;
    Date.now = () => real() + window.cydranClockOffset;
  })();`);
  return { page, close: () => context.close() };
}

async function heading(page: Page): Promise<string> {
  return page.$eval('main h1', (element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim());
}

async function lang(page: Page): Promise<string> {
  return page.evaluate(() => document.documentElement.lang);
}

/** Sends the page's form and waits for the page it leads to. */
async function send(page: Page): Promise<HTTPResponse | null> {
  const [response] = await Promise.all([page.waitForNavigation(), page.click(SUBMIT)]);
  if (await page.evaluate(() => typeof customElements !== 'undefined' && typeof customElements.get('cyd-button') !== 'undefined')) await upgraded(page);
  return response;
}

async function fill(page: Page, fields: Record<string, string>): Promise<void> {
  for (const [name, value] of Object.entries(fields)) await type(page, name, value);
}

/** The newest code the provider's development outbox sent to `to`. */
async function outboxCode(to: string): Promise<string> {
  const response = await fetch(`${servers.provider}/outbox.json?${new URLSearchParams({ to })}`);
  const entries: unknown = await response.json();
  assert.ok(Array.isArray(entries) && entries.length > 0, `the outbox has a message to ${to}`);
  const code: unknown = entries[0]?.personalisation?.code;
  assert.equal(typeof code, 'string', 'the message carries a code');
  return String(code);
}

/** The authenticator app's code now, on the provider's clock. A new step each call (the clock moves 30 s), as codes are single-use. */
async function appCode(): Promise<string> {
  servers.clocks.provider += 30_000;
  return generate({ secret, epoch: Math.floor((Date.now() + servers.clocks.provider) / 1000) });
}

/**
 * axe on the whole page as it stands, scripts on (axe's run needs the page's timers, which JavaScript off stops).
 * The region rule is off with the reason the patterns' tests give: the skip link sits before every landmark, as on every GOV.UK page.
 */
async function axeClean(page: Page, what: string): Promise<void> {
  await page.evaluate(AXE);
  const violations: unknown = await page.evaluate(
    `axe.run(document, { rules: { region: { enabled: false } } }).then((result) => result.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`,
  );
  assert.deepEqual(violations, [], `axe on ${what} (${page.url()})`);
}

const onService = (page: Page): boolean => page.url().startsWith(servers.service);
const onProvider = (page: Page): boolean => page.url().startsWith(servers.provider);
const path = (page: Page): string => new URL(page.url()).pathname;

/**
 * RP-initiated logout, from what `starts` it (the account link, or the
 * timeout) to the service's signed-out page. With JavaScript the provider's
 * page signs out by itself, since the service's ID token vouches for the
 * request; without, it asks "Do you want to sign out?" and the person
 * presses the button.
 */
async function signOutThroughProvider(page: Page, starts: () => Promise<unknown>, javaScript: boolean): Promise<void> {
  await starts();
  if (!javaScript) {
    assert.ok(onProvider(page), `the provider asks (${page.url()})`);
    await Promise.all([page.waitForNavigation(), page.click('button[name="logout"][value="yes"]')]);
  }
  // Polled in whichever page is current, through the provider's page and its post.
  await page.waitForFunction(
    (service) => location.origin === service && location.pathname === '/signed-out' && document.readyState === 'complete',
    {},
    servers.service,
  );
}

/** Email and password at the provider, from its first page to the security code. */
async function toSecurityCode(page: Page): Promise<void> {
  assert.ok(onProvider(page), `at the provider (${page.url()})`);
  await fill(page, { email: EMAIL });
  await send(page);
  await fill(page, { password: PASSWORD });
  await send(page);
}

/** Email, password and an authenticator code at the provider, from its first page back to the service. */
async function signInAtProvider(page: Page): Promise<void> {
  await toSecurityCode(page);
  await fill(page, { code: await appCode() });
  await send(page);
  assert.ok(onService(page), `back on the service (${page.url()}: ${await heading(page)})`);
}

describe('sign-in end to end: the example service and Cydran’s provider in Chromium', () => {
  it('creates an account in Welsh from the service (email code from the outbox, authenticator app) and lands on the form signed in, in Welsh', async () => {
    const { page, close } = await openContext(true);
    try {
      await page.goto(`${servers.service}/?lang=cy`);
      await upgraded(page);
      assert.equal(await lang(page), 'cy');
      await axeClean(page, 'the service’s start page, Welsh, signed out');
      await follow(page, 'main a.cyd-button--start');
      assert.ok(onProvider(page), 'the start button signs in at the provider');
      assert.equal(await lang(page), 'cy', 'the provider’s page is in Welsh (ui_locales)');
      await axeClean(page, 'the provider’s sign-in page, Welsh');

      await follow(page, 'main a::-p-text(Creu cyfrif)');
      await fill(page, { email: EMAIL });
      await send(page);
      assert.match(path(page), /create-code$/);
      await fill(page, { code: await outboxCode(EMAIL) });
      await send(page);
      await fill(page, { password: PASSWORD, 'confirm-password': PASSWORD });
      await send(page);
      await page.click('input[name="method"][value="app"]');
      await send(page);
      secret = await page.$eval('[data-secret-key]', (element) => (element.textContent ?? '').replace(/\s+/g, ''));
      assert.match(secret, /^[A-Z2-7]{16,}$/, 'the secret key is shown for people who cannot scan');
      await fill(page, { code: await appCode() });
      await send(page);
      assert.equal(await lang(page), 'cy');
      // "Account created": Continue goes back to the service (a form or a link, as the page has it).
      if (await page.$(SUBMIT)) await send(page);
      else await follow(page, 'main a.cyd-button');

      assert.ok(onService(page), `back on the service (${page.url()})`);
      assert.equal(path(page), '/missed-bin/');
      assert.equal(await lang(page), 'cy', 'signed in and still in Welsh');
      assert.equal(await page.$eval('[data-region="account"]', (element) => (element.textContent ?? '').trim()), 'Allgofnodi');
      assert.ok(await page.$('cyd-timeout-warning'), 'the form’s pages carry the timeout warning');
      await axeClean(page, 'the form’s first page, Welsh, signed in');
    } finally {
      await close();
    }
  });

  it('signs out here and at the provider, then signs in again with the password and an authenticator code, back in Welsh', async () => {
    const { page, close } = await openContext(true);
    try {
      await page.goto(`${servers.service}/sign-in?lang=cy`);
      await signInAtProvider(page);
      assert.equal(await lang(page), 'cy');
      assert.match(await page.$eval('main', (element) => element.textContent ?? ''), /Rydych wedi mewngofnodi fel sian\.jones@example\.cymru/);

      await signOutThroughProvider(page, () => page.click('[data-region="account"]'), true);
      assert.equal(path(page), '/signed-out');
      assert.equal(await lang(page), 'cy');
      assert.equal(await heading(page), 'Rydych wedi cael eich allgofnodi');
      await axeClean(page, 'the signed-out page, Welsh');
      const afterSignOut = await fetch(`${servers.service}/missed-bin/`, {
        redirect: 'manual',
        headers: { cookie: (await page.cookies()).map((c) => `${c.name}=${c.value}`).join('; ') },
      });
      assert.equal(afterSignOut.status, 303, 'the old cookie no longer opens the form');

      await follow(page, 'main a[href^="/sign-in"]');
      assert.ok(onProvider(page), 'signed out at the provider too: it asks again');
      await signInAtProvider(page);
      assert.equal(path(page), '/');
      assert.equal(await lang(page), 'cy');
    } finally {
      await close();
    }
  });

  it('the timeout warning opens before the session’s real end, “Stay signed in” extends it, and at zero the page signs out', async () => {
    const { page, close } = await openContext(true);
    try {
      await page.goto(`${servers.service}/sign-in?lang=cy`);
      await signInAtProvider(page);
      await upgraded(page);
      const cookie = (await page.cookies()).find((c) => c.name === 'cydran-session');
      assert.ok(cookie, 'a session cookie (no Secure on http://localhost in development)');
      assert.equal(cookie.httpOnly, true);
      assert.equal(cookie.sameSite, 'Lax');

      // 14 minutes on, for the page and the service alike: inside the 2-minute warning.
      const move = async (by: number): Promise<void> => {
        servers.clocks.session += by;
        await page.evaluate(`window.cydranClockOffset = ${servers.clocks.session}; document.dispatchEvent(new Event('visibilitychange'));`);
      };
      await move(14 * MINUTE);
      await page.waitForSelector('cyd-timeout-warning dialog[open]');
      await axeClean(page, 'the timeout warning open, Welsh');
      assert.equal(
        await page.$eval('cyd-timeout-warning dialog h2, cyd-timeout-warning dialog [id$="heading"]', (element) => (element.textContent ?? '').trim()),
        'Rydych ar fin cael eich allgofnodi',
      );

      const [kept] = await Promise.all([
        page.waitForResponse((response) => response.url().endsWith('/session/keep-alive')),
        page.click('cyd-timeout-warning .cyd-timeout-warning__stay'),
      ]);
      assert.equal(kept.status(), 200);
      const { expiresAt } = await kept.json();
      assert.ok(Number.isFinite(Date.parse(expiresAt)), 'an ISO time');
      await page.waitForFunction(() => !document.querySelector('cyd-timeout-warning dialog')?.hasAttribute('open'));
      const session = await servers.example.auth.session(new Request(`${servers.service}/`, { headers: { cookie: `cydran-session=${cookie.value}` } }));
      assert.ok(session && Math.abs(session.expiresAt.getTime() - Date.parse(expiresAt)) < 60_000, 'the server’s session has the new end the page was given');
      assert.ok(session.expiresAt.getTime() > Date.now() + servers.clocks.session + 14 * MINUTE, 'extended by the idle timeout again');

      // Past the extended end: the page goes to the timed-out page, which signs out.
      await signOutThroughProvider(page, () => move(16 * MINUTE), true);
      assert.equal(await lang(page), 'cy');
      assert.equal(await heading(page), 'Rydych wedi cael eich allgofnodi er eich diogelwch');
      await axeClean(page, 'the timed-out page, Welsh');
      const ended = await servers.example.auth.session(new Request(`${servers.service}/`, { headers: { cookie: `cydran-session=${cookie.value}` } }));
      assert.equal(ended, undefined, 'the session has ended on the server');
    } finally {
      servers.clocks.session = 0;
      await close();
    }
  });

  it('the whole sign-in works with JavaScript off, and the signed-in account’s report is its own', async () => {
    const { page, close } = await openContext(false);
    try {
      await page.goto(`${servers.service}/missed-bin/`);
      assert.ok(onProvider(page), 'the form sends a signed-out person to sign in');
      assert.equal(await page.evaluate(() => typeof customElements === 'undefined' || customElements.get('cyd-button') === undefined), true, 'no scripts ran');
      await signInAtProvider(page);
      assert.equal(path(page), '/missed-bin/');
      assert.equal(await lang(page), 'en');
      assert.equal(await page.$eval('[data-region="account"]', (element) => (element.textContent ?? '').trim()), 'Sign out');

      // The form, signed in: the account's email is its answer, and the report is listed as the account's.
      await follow(page, 'main a.cyd-button--start');
      await page.select('select[name="council"]', 'W06000015');
      await next(page);
      await type(page, 'address-line1', '1 Heol y Frenhines');
      await type(page, 'address-town', 'Caerdydd');
      await type(page, 'address-postcode', 'cf10 1ep');
      await next(page);
      await page.click('input[name="bins"][value="food"]');
      await next(page);
      await type(page, 'collection-date-day', '2');
      await type(page, 'collection-date-month', '11');
      await type(page, 'collection-date-year', '2026');
      await next(page);
      await page.click('input[name="bin-out"][value="yes"]');
      await next(page);
      await type(page, 'details', 'The food bin was left by the gate.');
      await next(page);
      assert.equal(path(page), '/missed-bin/email');
      assert.equal(await valueOf(page, 'email'), EMAIL, 'the email question starts with the account’s address');
      await next(page);
      assert.equal(path(page), '/missed-bin/check-answers');
      await follow(page, 'main form button[type="submit"]');
      const panel = await page.$eval('main .cyd-panel', (element) => element.textContent ?? '');
      const [submission] = await servers.store.submissions('missed-bin');
      assert.ok(submission && panel.includes(submission.reference), 'the confirmation names the stored report');
      assert.equal(submission.answers.email, EMAIL);
      await page.goto(`${servers.service}/`);
      assert.deepEqual(
        await page.$$eval('main ul li', (items) => items.map((item) => (item.textContent ?? '').trim())),
        [submission.reference],
        'the start page lists the account’s report',
      );

      await signOutThroughProvider(page, () => follow(page, '[data-region="account"]'), false);
      assert.equal(path(page), '/signed-out');
      assert.equal(await heading(page), 'You have been signed out');
    } finally {
      await close();
    }
  });

  it('six wrong security codes lock the account', async () => {
    const { page, close } = await openContext(true);
    try {
      await page.goto(`${servers.service}/?lang=en`);
      await upgraded(page);
      await axeClean(page, 'the service’s start page, English, signed out');
      await page.goto(`${servers.service}/sign-in?lang=en`);
      await upgraded(page);
      assert.equal(await lang(page), 'en');
      await axeClean(page, 'the provider’s sign-in page, English');
      await toSecurityCode(page);
      const right = await appCode();
      const wrong = right === '000000' ? '111111' : '000000';
      let response: HTTPResponse | null = null;
      for (let attempt = 1; attempt <= 6; attempt++) {
        await fill(page, { code: wrong });
        response = await send(page);
        if (attempt < 6) assert.ok(path(page).endsWith('/code'), `attempt ${attempt}: asked again (${path(page)})`);
      }
      assert.ok(path(page).endsWith('/too-many'), `locked after six (${path(page)})`);
      assert.equal(response?.status(), 429);
      await axeClean(page, 'the too-many-codes page, English');
      // Locked even with the right code now: a new sign-in is refused at the code.
      await page.goto(`${servers.service}/sign-in`);
      await toSecurityCode(page);
      assert.ok(!onService(page), 'no way back to the service while locked');
    } finally {
      await close();
    }
  });
});

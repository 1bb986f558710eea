// The example council service against a real OpenID provider (the
// relying party's oidc-provider fixture): the form sits behind sign-in, its
// pages carry the sign-out link and the timeout warning with the session's
// real end, the account's email is the form's answer, and the submission is
// linked to the account.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { parseFormDefinition } from '@cydran/forms';
import { type SqlFormStore, openStore } from '@cydran/forms/storage';
import { attrs, parseDocument, queryAll, textOf } from '../../../../test/support/html.js';
import { TestBrowser } from '../server/browser.fixture.js';
import { CLIENT_ID, CLIENT_SECRET, type FixtureProvider, startFixtureProvider } from '../server/provider.fixture.js';
import { type ExampleService, createExampleService } from './service.js';

const SERVICE = 'https://council.test';
let provider: FixtureProvider;
let store: SqlFormStore;
let service: ExampleService;

before(async () => {
  const databaseUrl = process.env.DATABASE_URL;
  const text = await readFile(new URL('../../../forms/examples/missed-bin.json', import.meta.url), 'utf8');
  const parsed = parseFormDefinition(JSON.parse(text));
  assert.ok(parsed.ok);
  [provider, store] = await Promise.all([
    startFixtureProvider([SERVICE]),
    databaseUrl ? openStore({ databaseUrl, schema: `auth_example_${process.pid}_${Date.now()}` }) : openStore({ databaseUrl: '', dataDir: 'memory://' }),
  ]);
  service = createExampleService({
    issuer: provider.issuer,
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    store,
    form: parsed.form,
    csrfSecret: 'example service tests: sixteen bytes',
  });
});

after(async () => {
  await provider?.close();
  await store?.close();
});

interface Element {
  name: string;
  attributes: Record<string, string>;
  text: string;
}

/** Every element of a page, read by the repository's HTML parser helpers: name, attributes, text. */
function elements(markup: string): Element[] {
  return queryAll(parseDocument(markup)).map((element) => ({ name: element.tag, attributes: attrs(element), text: textOf(element) }));
}

describe('the example council service', () => {
  it('sends a signed-out person from the form to sign-in, and back to the form in Welsh, signed in', async () => {
    const browser = new TestBrowser(SERVICE, service.handler);
    const home = elements(await (await browser.request('/?lang=cy')).text());
    const account = home.find((element) => element.attributes['data-region'] === 'account');
    assert.equal(account?.text, 'Mewngofnodi', 'the header offers sign-in in Welsh');
    const { url, response } = await browser.go('/missed-bin/?lang=cy');
    assert.equal(`${url.pathname}${url.search}`, '/missed-bin/?lang=cy');
    assert.equal(provider.requests.at(-1)?.ui_locales, 'cy en');
    const page = elements(await response.text());
    assert.equal(page.find((element) => element.name === 'html')?.attributes.lang, 'cy');
    const signOut = page.find((element) => element.attributes['data-region'] === 'account');
    assert.equal(signOut?.text, 'Allgofnodi');
    assert.equal(signOut?.attributes.href, '/sign-out?lang=cy');
    const warning = page.find((element) => element.name === 'cyd-timeout-warning');
    assert.ok(warning, 'every signed-in page carries the timeout warning');
    const session = await service.auth.session(new Request(`${SERVICE}/`, { headers: { cookie: browser.cookieHeader(url) } }));
    assert.ok(Math.abs(Date.parse(warning.attributes['expires-at']!) - session!.expiresAt.getTime()) < 1000, 'the warning has the session’s real end');
    assert.equal(warning.attributes['keep-alive-href'], '/session/keep-alive');
    assert.equal(warning.attributes['timed-out-href'], '/timed-out?lang=cy');
  });

  it('gives the form the account’s email as its answer', async () => {
    provider.signInAs = 'rhys';
    const browser = new TestBrowser(SERVICE, service.handler);
    const { url } = await browser.go('/missed-bin/council');
    assert.equal(url.pathname, '/missed-bin/council');
    const journeyId = browser.get('council.test', 'cydran-journey-missed-bin')?.value;
    assert.ok(journeyId, 'the form started a journey');
    const journey = await store.getJourney(decodeURIComponent(journeyId));
    assert.equal(journey?.answers.email, 'rhys@example.cymru', 'the email question starts with the account’s address');
  });
});

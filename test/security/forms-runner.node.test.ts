// The forms runner in the security suite: the payload corpus typed into a
// real form's text fields (shown back with an error, and on check answers),
// CSRF on every address that takes a POST, return addresses that try to
// leave the site, and bodies over the limit — through createFormHandler and
// an in-memory PGlite store, the pages read back with parse5.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { readFile } from 'node:fs/promises';
import { parseFormDefinition, type FormDefinition } from '@cydran/forms';
import { createFormHandler, type FormHandler } from '@cydran/forms/server';
import { type SqlFormStore, developmentNotifier, openStore } from '@cydran/forms/storage';
import { Client, type Reply, attr, find, inputValue, textOf } from '../../packages/forms/src/server/client.fixture.js';
import { CANARY, JSON_PAYLOADS, MARKUP_PAYLOADS, URL_PAYLOADS, isDangerousUrl } from './payloads.js';

/** Elements a payload would bring into a page if it were written unescaped. */
const INJECTED = new Set(['script', 'img', 'svg', 'iframe', 'details', 'math', 'mglyph', 'object', 'embed', 'base', 'meta', 'style']);
const LINK_ATTRIBUTES = ['href', 'src', 'action', 'formaction'];

let store: SqlFormStore;
let form: FormDefinition;
let handler: FormHandler;
before(async () => {
  store = await openStore({ databaseUrl: '', dataDir: 'memory://' });
  const parsed = parseFormDefinition(await readFile(new URL('../../packages/forms/examples/blue-badge.json', import.meta.url), 'utf8'));
  assert.ok(parsed.ok);
  form = parsed.form;
  handler = createFormHandler({
    form,
    store,
    notifier: developmentNotifier(store),
    csrfSecret: 'security suite secret, sixteen bytes or more',
    maxBodyBytes: 65_536 + 1024,
  });
});
after(() => store.close());

/** What a page has that no page of the runner should: injected elements, inline handlers, the canary in markup, dangerous links. */
function findingsIn(reply: Reply): string[] {
  const findings: string[] = [];
  for (const element of find(reply, () => true)) {
    // The page's own scripts are none (no scriptSrc given); any script, img… came from a payload.
    if (INJECTED.has(element.tag) && element.tag !== 'meta' && element.tag !== 'style') findings.push(`<${element.tag}>`);
    if (element.tag === 'meta' && !element.attributes.has('charset') && attr(element, 'name') !== 'viewport' && attr(element, 'name') !== 'theme-color')
      findings.push('<meta>');
    for (const [name, value] of element.attributes) {
      if (name.startsWith('on')) findings.push(`${element.tag}[${name}]`);
      if (name.includes(CANARY) || name === 'data-pwned') findings.push(`${element.tag}[${name}]`);
      if (LINK_ATTRIBUTES.includes(name) && isDangerousUrl(value)) findings.push(`${element.tag}[${name}=${value}]`);
    }
  }
  return findings;
}

async function toFullName(client: Client): Promise<void> {
  await client.answer('/who-for', { 'who-for': 'myself' });
  await client.answer('/live-in-wales', { 'live-in-wales': 'yes' });
}

describe('the forms runner under hostile input', () => {
  it('shows every markup and JSON payload back as the text typed, in both languages, and injects nothing', async () => {
    let instances = 0;
    const findings: string[] = [];
    for (const payload of [...MARKUP_PAYLOADS, ...JSON_PAYLOADS]) {
      const client = new Client(handler);
      await toFullName(client);
      // Too long for a name (and so shown back with an error), or accepted and shown on later pages.
      const typed = payload.value;
      const reply = await client.answer('/full-name', { 'full-name': typed });
      assert.equal(reply.status, 303, payload.name);
      for (const lang of ['en', 'cy']) {
        const page = await client.request(`${reply.location}?lang=${lang}`);
        instances++;
        findings.push(...findingsIn(page).map((f) => `${payload.name} (${lang}, ${reply.location}): ${f}`));
        if (reply.location === '/full-name') assert.equal(inputValue(page, 'full-name'), typed.trim(), `${payload.name}: what was typed is kept`);
      }
      if (reply.location !== '/full-name') {
        // Accepted: answer the rest and see it on check answers.
        await client.answer('/date-of-birth', { 'date-of-birth-day': '1', 'date-of-birth-month': '2', 'date-of-birth-year': '1950' });
        await client.answer('/pip', { pip: 'yes' });
        const proof = new FormData();
        proof.set('proof', new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31])], `${payload.name}.pdf`, { type: 'application/pdf' }));
        await client.answer('/proof', proof);
        await client.answer('/contact', { email: 'a@example.com', phone: '' });
        const check = await client.request('/check-answers');
        assert.equal(check.status, 200, payload.name);
        instances++;
        findings.push(...findingsIn(check).map((f) => `${payload.name} (check answers): ${f}`));
        assert.ok(textOf(check.document).includes(typed.trim()), `${payload.name}: shown as typed on check answers`);
      }
    }
    assert.deepEqual(findings, [], `${findings.length} findings in ${instances} pages`);
  });

  it('refuses every POST without the journey’s own CSRF token, and stores nothing', async () => {
    const victim = new Client(handler);
    await toFullName(victim);
    const before = (await store.getJourney(victim.cookies.get(`cydran-journey-${form.id}`)!))?.answers;
    const attacker = new Client(handler);
    const attackerToken = inputValue(await attacker.request('/who-for'), 'csrf-token')!;
    const addresses = [...form.pages.filter((page) => !page.exit).map((page) => `/${page.id}`), '/check-answers', '/save'];
    for (const address of addresses) {
      for (const token of [undefined, '', 'x'.repeat(43), attackerToken]) {
        const reply = await victim.request(address, {
          form: { ...(token === undefined ? {} : { 'csrf-token': token }), 'full-name': 'Attacker', email: 'attacker@example.com' },
        });
        assert.equal(
          reply.status,
          403,
          `${address} with ${token === undefined ? 'no token' : token === attackerToken ? "another journey's token" : `token '${token.slice(0, 5)}'`}`,
        );
      }
    }
    assert.deepEqual((await store.getJourney(victim.cookies.get(`cydran-journey-${form.id}`)!))?.answers, before, 'nothing stored');
    assert.equal((await store.outbox()).filter((m) => m.to === 'attacker@example.com').length, 0, 'no link sent');
  });

  it('never redirects off the site, whatever return address or path is asked for', async () => {
    const client = new Client(handler);
    await toFullName(client);
    const attempts = [
      ...URL_PAYLOADS.map((p) => p.value),
      '//evil.example',
      'https://evil.example/',
      '/\\evil.example',
      '\\\\evil.example',
      'check-answers@evil.example',
    ];
    const locations: string[] = [];
    for (const target of attempts) {
      const reply = await client.answer(`/full-name?return=${encodeURIComponent(target)}`, { 'full-name': 'Siân' });
      locations.push(reply.location ?? '');
      const path = await client.request(`//evil.example/${encodeURIComponent(target)}`);
      if (path.location) locations.push(path.location);
    }
    for (const location of locations) {
      assert.ok(location.startsWith('/') && !location.startsWith('//') && !location.startsWith('/\\'), `redirect to ${location}`);
      assert.equal(new URL(location, 'https://forms.example/').origin, 'https://forms.example', location);
    }
  });

  it('refuses bodies over the limit with 413, however they are sent', async () => {
    const client = new Client(handler);
    const { token } = await client.formOf('/who-for');
    const big = 'x'.repeat(70_000);
    assert.equal((await client.request('/who-for', { form: { 'csrf-token': token, 'who-for': big } })).status, 413, 'URL-encoded');
    const multipart = new FormData();
    multipart.set('csrf-token', token);
    multipart.set('proof', new File([big], 'big.pdf'));
    assert.equal((await client.request('/who-for', { form: multipart })).status, 413, 'multipart');
    const json = await handler(
      new Request('http://forms.test/submissions', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ big }) }),
    );
    assert.equal(json.status, 413, 'JSON');
  });
});

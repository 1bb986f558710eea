// POST /submissions: a finished submission as JSON, from the client runner on
// a page with no server of its own. Checked as the server's pages check it,
// stored once per id, and refused to origins the form does not name.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type SqlFormStore, developmentNotifier, openStore } from '../storage/index.js';
import { createFormHandler } from './handler.js';
import { ORIGIN } from './client.fixture.js';
import { parkingForm } from './test-form.fixture.js';

let store: SqlFormStore;
before(async () => {
  store = await openStore({ databaseUrl: '', dataDir: 'memory://' });
});
after(() => store.close());

const CMS = 'https://www.example.gov.wales';
const handler = (extra: { maxBodyBytes?: number; submissionOrigins?: string[] } = {}) =>
  createFormHandler({ form: parkingForm, store, basePath: '/permit', notifier: developmentNotifier(store), submissionOrigins: [CMS], ...extra });
const NEXT_YEAR = new Date().getUTCFullYear() + 1;
const answers = { 'lives-here': true, 'full-name': 'Siân Jones', vehicle: 'car', 'start-date': `${NEXT_YEAR}-02-01` };

function post(body: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`${ORIGIN}/permit/submissions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: CMS, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

const id = () => crypto.randomUUID();

describe('createFormHandler: JSON submissions', () => {
  it('stores a complete, valid submission once per id and answers with its reference', async () => {
    const h = handler();
    const submission = { id: id(), formVersion: 1, locale: 'cy', answers: { ...answers, 'van-weight': 900 } };
    const first = await h(post(submission));
    assert.equal(first.status, 201);
    assert.equal(first.headers.get('access-control-allow-origin'), CMS);
    const { reference } = await first.json();
    const again = await h(post(submission));
    assert.equal(again.status, 200);
    assert.equal((await again.json()).reference, reference, 'a resend is the same submission');
    const stored = (await store.submissions('parking-permit')).filter((s) => s.reference === reference);
    assert.equal(stored.length, 1);
    assert.equal(stored[0]!.locale, 'cy');
    assert.deepEqual(stored[0]!.answers, answers, 'the answer to a page that does not show (van weight, for a car) is dropped');
  });

  it('refuses an incomplete path, an invalid answer and another version, saying which', async () => {
    const h = handler();
    const incomplete = await h(post({ id: id(), formVersion: 1, locale: 'en', answers: { 'lives-here': true } }));
    assert.equal(incomplete.status, 422);
    assert.deepEqual(await incomplete.json(), { error: 'incomplete', page: 'full-name', message: "Page 'full-name' is not answered." });
    const invalid = await h(post({ id: id(), formVersion: 1, locale: 'en', answers: { ...answers, vehicle: 'tank' } }));
    assert.equal(invalid.status, 422);
    const version = await h(post({ id: id(), formVersion: 2, locale: 'en', answers }));
    assert.equal(version.status, 409);
    assert.match((await version.json()).message, /version 1 of form 'parking-permit', not 2/);
    assert.equal((await h(post('{not json'))).status, 400);
    assert.equal((await h(post({ id: 'short', formVersion: 1, locale: 'en', answers }))).status, 400);
  });

  it('takes JSON only from the form’s own origin and the origins it names', async () => {
    const h = handler();
    const evil = await h(post({ id: id(), formVersion: 1, locale: 'en', answers }, { origin: 'https://evil.example' }));
    assert.equal(evil.status, 403);
    assert.equal(evil.headers.get('access-control-allow-origin'), null);
    const same = await h(post({ id: id(), formVersion: 1, locale: 'en', answers }, { origin: ORIGIN }));
    assert.equal(same.status, 201);
    // A form post (no preflight) cannot pass for JSON.
    const plain = await h(post(JSON.stringify({ id: id(), formVersion: 1, locale: 'en', answers }), { 'content-type': 'text/plain' }));
    assert.equal(plain.status, 415);
    const preflight = await h(
      new Request(`${ORIGIN}/permit/submissions`, { method: 'OPTIONS', headers: { origin: CMS, 'access-control-request-method': 'POST' } }),
    );
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-headers'), 'content-type');
    const refused = await h(new Request(`${ORIGIN}/permit/submissions`, { method: 'OPTIONS', headers: { origin: 'https://evil.example' } }));
    assert.equal(refused.status, 403);
  });

  it('serves the definition it runs at /form.json, readable from the origins it names', async () => {
    const h = handler();
    const reply = await h(new Request(`${ORIGIN}/permit/form.json`, { headers: { origin: CMS } }));
    assert.equal(reply.status, 200);
    assert.equal(reply.headers.get('access-control-allow-origin'), CMS);
    assert.deepEqual(await reply.json(), JSON.parse(JSON.stringify(parkingForm)));
    const other = await h(new Request(`${ORIGIN}/permit/form.json`, { headers: { origin: 'https://evil.example' } }));
    assert.equal(other.headers.get('access-control-allow-origin'), null, 'another site’s script cannot read it');
  });

  it('refuses a body over the limit', async () => {
    const h = handler({ maxBodyBytes: 1000 });
    const big = await h(post({ id: id(), formVersion: 1, locale: 'en', answers: { ...answers, 'full-name': 'x'.repeat(5000) } }, { origin: ORIGIN }));
    assert.equal(big.status, 413);
  });

  it('refuses a submissionOrigins entry that is not an origin', () => {
    assert.throws(() => handler({ submissionOrigins: ['https://www.example.gov.wales/forms'] }), /not an origin/);
  });
});

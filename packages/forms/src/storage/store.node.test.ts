/**
 * The store against PGlite (one data folder for the whole file: a new
 * database takes seconds to create) and, when DATABASE_URL is set, the same
 * tests against PostgreSQL in a schema of their own, dropped afterwards.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import type { Answers } from '../definition/types.js';
import { MIGRATIONS_DIR, REFERENCE_ALPHABET, developmentNotifier, openStore, outbox, type OpenStoreOptions, type SqlFormStore } from './index.js';

const DAY = 86_400_000;

/** One answer of every question type's shape, and a repeating page's. */
const EVERY_SHAPE: Answers = {
  'full-name': 'Siân Ní Bhriain',
  story: 'Line one\nline two, "quoted", and ‘curly’ — with an emoji 🏴󠁧󠁢󠁷󠁬󠁳󠁿',
  age: 42,
  weight: 71.25,
  email: 'sian@example.cymru',
  phone: '029 2087 2087',
  postcode: 'CF10 1EP',
  address: { line1: '1 Heol y Frenhines', line2: '', town: 'Caerdydd', county: 'Caerdydd', postcode: 'CF10 1EP' },
  dob: '1982-02-28',
  name: 'Dafydd ap Gwilym',
  nhs: '943 476 5919',
  ni: 'QQ 12 34 56 C',
  consent: true,
  declined: false,
  council: 'cardiff',
  bins: ['black', 'blue', 'food'],
  none: [],
  upload: { name: 'llun.png', type: 'image/png', size: 1234, sha256: 'a'.repeat(64), storageKey: '3f1c2d9e-1111-4222-8333-944445555666' },
  rating: 0,
  views: { parking: 'agree', library: 'strongly-disagree' },
  comment: '=SUM(A1) should stay as typed',
  children: [
    { 'child-name': 'Elis', 'child-age': 3 },
    { 'child-name': 'Nia', 'child-age': 7 },
  ],
};

function suite(name: string, options: OpenStoreOptions): void {
  describe(name, () => {
    let clock = Date.parse('2026-03-01T10:00:00Z');
    let store: SqlFormStore;
    const open = () => openStore({ ...options, now: () => new Date(clock) });
    before(async () => {
      store = await open();
    });
    after(async () => {
      await store.close();
    });

    test('migrations are recorded and running them again changes nothing', async () => {
      await store.migrate();
      await store.migrate();
      const journey = await store.startJourney({ formId: 'm', formVersion: 1, locale: 'en' });
      assert.ok(await store.getJourney(journey.id));
      assert.ok((await readdir(MIGRATIONS_DIR)).includes('0001_init.sql'));
    });

    test('every answer shape comes back exactly as saved, from the journey and from the submission', async () => {
      const journey = await store.startJourney({ formId: 'shapes', formVersion: 3, locale: 'cy' });
      await store.saveAnswers(journey.id, EVERY_SHAPE);
      const saved = await store.getJourney(journey.id);
      assert.deepEqual(saved?.answers, EVERY_SHAPE);
      assert.equal(saved?.locale, 'cy');
      assert.equal(saved?.formVersion, 3);
      const { id } = await store.submit({ journeyId: journey.id, formId: 'shapes', formVersion: 3, locale: 'cy', answers: EVERY_SHAPE });
      const submission = await store.getSubmission(id);
      assert.deepEqual(submission?.answers, EVERY_SHAPE);
      assert.equal(submission?.formVersion, 3);
      assert.equal(submission?.locale, 'cy');
      assert.equal((await store.getJourney(journey.id))?.submittedId, id);
    });

    test('saveAnswers stores the language, clears pending values and refuses an unknown journey', async () => {
      const journey = await store.startJourney({ formId: 'p', formVersion: 1, locale: 'en' });
      await store.savePending(journey.id, { pageId: 'age', values: { age: 'ten' } });
      assert.deepEqual((await store.getJourney(journey.id))?.pending, { pageId: 'age', values: { age: 'ten' } });
      await store.saveAnswers(journey.id, { age: 10 }, 'cy');
      const saved = await store.getJourney(journey.id);
      assert.equal(saved?.pending, undefined);
      assert.equal(saved?.locale, 'cy');
      await assert.rejects(store.saveAnswers('no-such-journey', {}), /journey 'no-such-journey' does not exist/);
    });

    test('a double submit, and five at the same moment, store one submission', async () => {
      const journey = await store.startJourney({ formId: 'once', formVersion: 1, locale: 'en' });
      const input = { journeyId: journey.id, formId: 'once', formVersion: 1, locale: 'en' as const, answers: { a: 1 } };
      const results = await Promise.all([1, 2, 3, 4, 5].map(() => store.submit(input)));
      const again = await store.submit(input);
      assert.equal(results.filter((r) => !r.duplicate).length, 1);
      assert.equal(new Set([...results, again].map((r) => r.id)).size, 1);
      assert.equal(again.duplicate, true);
      assert.equal((await store.submissions('once')).length, 1);
    });

    test('references are two groups of four from the read-aloud alphabet', async () => {
      const journey = await store.startJourney({ formId: 'ref', formVersion: 1, locale: 'en' });
      const { reference } = await store.submit({ journeyId: journey.id, formId: 'ref', formVersion: 1, locale: 'en', answers: {} });
      assert.match(reference, /^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
      for (const char of reference.replace('-', '')) assert.ok(REFERENCE_ALPHABET.includes(char), `${char} in ${reference}`);
    });

    test('journeys expire after their days without an accepted page; each accepted page moves the expiry on', async () => {
      const journey = await store.startJourney({ formId: 'exp', formVersion: 1, locale: 'en', expiresAfterDays: 2 });
      clock += 1.5 * DAY;
      await store.saveAnswers(journey.id, { a: 1 });
      clock += 1.5 * DAY;
      assert.ok(await store.getJourney(journey.id), 'alive 1.5 days after its last accepted page');
      clock += 1 * DAY;
      assert.equal(await store.getJourney(journey.id), undefined);
      await assert.rejects(store.saveAnswers(journey.id, { a: 2 }), /has expired/);
      const defaulted = await store.startJourney({ formId: 'exp', formVersion: 1, locale: 'en' });
      clock += 27 * DAY;
      assert.ok(await store.getJourney(defaulted.id), 'the default is 28 days');
      clock += 2 * DAY;
      assert.equal(await store.getJourney(defaulted.id), undefined);
    });

    test('a return link resumes the journey in either language until it expires; a wrong token finds nothing', async () => {
      const journey = await store.startJourney({ formId: 'ret', formVersion: 1, locale: 'cy', expiresAfterDays: 1 });
      await store.saveAnswers(journey.id, { name: 'Gwen' });
      const { token, expiresAt } = await store.createReturnLink(journey.id, 'gwen@example.cymru', 7);
      assert.equal(expiresAt.getTime(), clock + 7 * DAY);
      assert.ok(token.length >= 40, 'a token of 32 random bytes');
      clock += 6 * DAY;
      const resumed = await store.resume(token);
      assert.deepEqual(resumed?.answers, { name: 'Gwen' });
      assert.equal(resumed?.locale, 'cy');
      await store.saveAnswers(journey.id, { name: 'Gwen' }, 'en');
      assert.equal((await store.resume(token))?.locale, 'en');
      assert.equal(await store.resume(`${token}x`), undefined);
      assert.equal(await store.resume(''), undefined);
      clock += 2 * DAY;
      assert.equal(await store.resume(token), undefined);
      await assert.rejects(store.createReturnLink('missing', 'a@b.c', 7), /journey 'missing' does not exist/);
    });

    test('files keep their bytes, and the development notifier writes to the outbox', async () => {
      const bytes = new Uint8Array([0, 255, 1, 254, 137, 80, 78, 71]);
      const stored = await store.storeFile(bytes, { name: 'llun.png', type: 'image/png' });
      assert.equal(stored.size, 8);
      assert.match(stored.sha256, /^[0-9a-f]{64}$/);
      assert.deepEqual(await store.readFile(stored.storageKey), bytes);
      assert.equal(await store.readFile('no-such-key'), undefined);
      await developmentNotifier(store).send({ to: 'a@example.com', subject: 'Eich cais', body: 'Dolen: https://example.com/resume/x', locale: 'cy' });
      const [message] = await outbox(store);
      assert.equal(message?.subject, 'Eich cais');
      assert.equal(message?.locale, 'cy');
    });

    test('20 concurrent journeys with a restart midway: no accepted answer lost, each submission stored once', async () => {
      const formId = 'restart';
      const journeys = await Promise.all(Array.from({ length: 20 }, (_, i) => store.startJourney({ formId, formVersion: 1, locale: i % 2 ? 'cy' : 'en' })));
      const answersFor = (i: number, pages: number): Answers =>
        Object.fromEntries(Array.from({ length: pages }, (_, p) => [`q${p}`, `journey ${i} page ${p}`]));
      await Promise.all(
        journeys.map(async (journey, i) => {
          for (let page = 1; page <= 2; page++) await store.saveAnswers(journey.id, answersFor(i, page));
        }),
      );
      // The restart: the process goes away; a new one opens the same data.
      await store.close();
      store = await open();
      for (const [i, journey] of journeys.entries())
        assert.deepEqual((await store.getJourney(journey.id))?.answers, answersFor(i, 2), `journey ${i} after the restart`);
      await Promise.all(
        journeys.map(async (journey, i) => {
          for (let page = 3; page <= 4; page++) await store.saveAnswers(journey.id, answersFor(i, page));
          const input = { journeyId: journey.id, formId, formVersion: 1, locale: journey.locale, answers: answersFor(i, 4) };
          // The person presses submit twice.
          await Promise.all([store.submit(input), store.submit(input)]);
        }),
      );
      const submissions = await store.submissions(formId);
      assert.equal(submissions.length, 20);
      assert.equal(new Set(submissions.map((s) => s.reference)).size, 20);
      for (const [i, journey] of journeys.entries()) {
        const submission = submissions.find((s) => s.answers.q0 === `journey ${i} page 0`);
        assert.equal((await store.getJourney(journey.id))?.submittedId, submission?.id);
        assert.deepEqual(submission?.answers, answersFor(i, 4));
      }
    });
  });
}

// An empty databaseUrl keeps this suite on PGlite even when DATABASE_URL is set.
const dataDir = mkdtempSync(join(tmpdir(), 'cydran-store-'));
suite('PGlite', { databaseUrl: '', dataDir });
after(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const databaseUrl = process.env.DATABASE_URL;
if (databaseUrl) {
  const schema = `cydran_test_${process.pid}_${Date.now()}`;
  suite('PostgreSQL', { databaseUrl, schema });
  after(async () => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  });
}

test('a PGlite data folder another process has open is refused with what to do', async () => {
  const { spawn } = await import('node:child_process');
  const folder = mkdtempSync(join(tmpdir(), 'cydran-lock-'));
  // A live process that is not this one: the owner the lock file names.
  const other = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)']);
  try {
    const { writeFile } = await import('node:fs/promises');
    await writeFile(`${folder}/data.lock`, String(other.pid));
    await assert.rejects(openStore({ databaseUrl: '', dataDir: `${folder}/data` }), /is in use by process \d+ .*stop that process first, or use PostgreSQL/);
  } finally {
    other.kill();
    await rm(folder, { recursive: true, force: true });
  }
});

// Forms storage throughput: answers saved per second (one accepted page
// each, the whole answers object as the runner saves it) and submissions
// per second, sequential and with 20 journeys at once, on PGlite (a data
// folder, as served) and, when DATABASE_URL is set, on PostgreSQL in a
// schema of its own that is dropped afterwards. Figures, not a test.
// Run: node --conditions=source --import tsx bench/forms-storage.ts
// Writes bench/results/forms-storage.json.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStore, type OpenStoreOptions, type SqlFormStore } from '../packages/forms/src/storage/index.js';
import { writeResult } from './lib/results.js';

const JOURNEYS = 20;
const PAGES = 10;

/** Answers the size of a ten-page application: ten short text answers, an address and a date. */
function answersAfter(page: number): Record<string, unknown> {
  const answers: Record<string, unknown> = { address: { line1: '1 Heol y Frenhines', town: 'Caerdydd', postcode: 'CF10 1EP' }, dob: '1980-01-01' };
  for (let p = 0; p < page; p++) answers[`question-${p}`] = `An answer to question ${p}, about as long as most`;
  return answers;
}

async function perSecond(count: number, work: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await work();
  return Math.round((count * 1000) / (performance.now() - start));
}

async function measure(store: SqlFormStore) {
  const formId = `bench-${Date.now()}`;
  const start = (i: number) => store.startJourney({ formId, formVersion: 1, locale: i % 2 ? 'cy' : 'en' });
  const journeys = await Promise.all(Array.from({ length: JOURNEYS }, (_, i) => start(i)));
  const sequentialSaves = await perSecond(JOURNEYS * PAGES, async () => {
    for (const journey of journeys) for (let page = 1; page <= PAGES; page++) await store.saveAnswers(journey.id, answersAfter(page));
  });
  const concurrentSaves = await perSecond(JOURNEYS * PAGES, async () => {
    await Promise.all(
      journeys.map(async (journey) => {
        for (let page = 1; page <= PAGES; page++) await store.saveAnswers(journey.id, answersAfter(page));
      }),
    );
  });
  const submit = (journeyId: string) => store.submit({ journeyId, formId, formVersion: 1, locale: 'en', answers: answersAfter(PAGES) });
  const sequentialSubmits = await perSecond(JOURNEYS, async () => {
    for (const journey of journeys) await submit(journey.id);
  });
  const more = await Promise.all(Array.from({ length: JOURNEYS }, (_, i) => start(i)));
  const concurrentSubmits = await perSecond(JOURNEYS, async () => {
    await Promise.all(more.map((journey) => submit(journey.id)));
  });
  return { sequentialSaves, concurrentSaves, sequentialSubmits, concurrentSubmits };
}

async function run(name: string, options: OpenStoreOptions) {
  const opening = performance.now();
  const store = await openStore(options);
  const openMs = Math.round(performance.now() - opening);
  try {
    const figures = await measure(store);
    console.log(
      `${name}: open ${openMs} ms; saves/s ${figures.sequentialSaves} one at a time, ${figures.concurrentSaves} with ${JOURNEYS} journeys at once; submits/s ${figures.sequentialSubmits} one at a time, ${figures.concurrentSubmits} at once`,
    );
    return { openMs, ...figures };
  } finally {
    await store.close();
  }
}

const results: Record<string, unknown> = {};
const dataDir = await mkdtemp(join(tmpdir(), 'cydran-bench-'));
try {
  results.pglite = await run('PGlite (new data folder)', { databaseUrl: '', dataDir });
  results.pgliteReopened = await run('PGlite (existing data folder)', { databaseUrl: '', dataDir });
} finally {
  await rm(dataDir, { recursive: true, force: true });
}
const databaseUrl = process.env.DATABASE_URL;
if (databaseUrl) {
  const schema = `cydran_bench_${process.pid}`;
  try {
    results.postgres = await run('PostgreSQL', { databaseUrl, schema });
  } finally {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  }
}
await writeResult('forms-storage', { journeys: JOURNEYS, pages: PAGES, ...results });

// The forms runner's speed: whole journeys per second through
// createFormHandler (every page fetched and answered, check answers, send,
// confirmation — as a browser does it, without the browser), one at a time
// and 20 at once, on PGlite (a data folder, as served) and, when DATABASE_URL
// is set, on PostgreSQL in a schema of its own that is dropped afterwards;
// and the engine's own steps: parsing a definition, checking a page and
// choosing the next, building and running the submission schema.
// Figures, not a test.
// Run: node --conditions=source --import tsx bench/forms-runner.ts
// Writes bench/results/forms-runner.json.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type FormDefinition, parseFormDefinition, submissionSchema } from '../packages/forms/src/index.js';
import { nextPageId, validatePage } from '../packages/forms/src/engine/index.js';
import { createFormHandler } from '../packages/forms/src/server/index.js';
import { type OpenStoreOptions, developmentNotifier, openStore } from '../packages/forms/src/storage/index.js';
import { Client, inputValue } from '../packages/forms/src/server/client.fixture.js';
import { median } from './lib/stats.js';
import { writeResult } from './lib/results.js';

const JOURNEYS = 20;

const examples = Object.fromEntries(
  await Promise.all(
    ['blue-badge', 'missed-bin', 'consultation'].map(
      async (name) => [name, await readFile(new URL(`../packages/forms/examples/${name}.json`, import.meta.url), 'utf8')] as const,
    ),
  ),
);

function parsed(json: string): FormDefinition {
  const result = parseFormDefinition(json);
  if (!result.ok) throw new Error(result.problems.join('; '));
  return result.form;
}

/** Median milliseconds of `run`, over `times` runs after a warm-up. */
function timeEach(times: number, run: () => unknown): number {
  for (let i = 0; i < Math.min(50, times); i++) run();
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return Number(median(samples).toFixed(4));
}

// ---- engine --------------------------------------------------------------------------------

const missedBin = parsed(examples['missed-bin']!);
const address = { 'address-line1': '1 Heol y Frenhines', 'address-town': 'Caerdydd', 'address-postcode': 'cf10 1ep' };
const answers = {
  council: 'W06000015',
  address: { line1: '1 Heol y Frenhines', town: 'Caerdydd', postcode: 'CF10 1EP' },
  bins: ['general', 'food'],
  'collection-date': '2026-11-02',
  'bin-out': true,
  email: 'rhys@example.com',
};
const engine = {
  parseMs: Object.fromEntries(Object.entries(examples).map(([name, json]) => [name, timeEach(300, () => parsed(json))])),
  validateAndNextMs: timeEach(5000, () => {
    validatePage(missedBin, 'address', address, 'cy');
    nextPageId(missedBin, answers, 'address');
  }),
  submissionSchemaBuildMs: timeEach(1000, () => submissionSchema(missedBin)),
  submissionSchemaParseMs: (() => {
    const schema = submissionSchema(missedBin);
    return timeEach(5000, () => schema.safeParse(answers));
  })(),
};
console.log(
  `engine: parse ${JSON.stringify(engine.parseMs)} ms; validatePage + nextPageId ${engine.validateAndNextMs} ms; submissionSchema build ${engine.submissionSchemaBuildMs} ms, parse ${engine.submissionSchemaParseMs} ms`,
);

// ---- journeys through the handler ---------------------------------------------------------

/** The missed bin report, start to confirmation: 8 pages fetched and answered, check answers, send, confirmation. */
async function journey(client: Client, index: number): Promise<void> {
  const locale = index % 2 ? 'cy' : 'en';
  const steps: [string, Record<string, string | string[]>][] = [
    [`/council?lang=${locale}`, { council: 'W06000015' }],
    ['/address', address],
    ['/bins', { bins: ['general', 'food'] }],
    ['/collection-date', { 'collection-date-day': '2', 'collection-date-month': '11', 'collection-date-year': '2026' }],
    ['/bin-out', { 'bin-out': 'yes' }],
    ['/details', { details: `Left by the gate (${index})` }],
    ['/email', { email: `person${index}@example.com` }],
  ];
  for (const [path, fields] of steps) {
    const reply = await client.answer(path, fields);
    if (reply.status !== 303) throw new Error(`${path} answered ${reply.status}`);
  }
  const token = inputValue(await client.request('/check-answers'), 'csrf-token')!;
  const sent = await client.request('/check-answers', { form: { 'csrf-token': token } });
  if (sent.location !== '/confirmation') throw new Error(`send led to ${sent.location}`);
  await client.request('/confirmation');
}

async function journeysPerSecond(name: string, options: OpenStoreOptions) {
  const store = await openStore(options);
  try {
    const handler = createFormHandler({ form: missedBin, store, notifier: developmentNotifier(store), csrfSecret: 'bench secret of at least sixteen bytes' });
    await journey(new Client(handler), 0);
    let start = performance.now();
    for (let i = 0; i < JOURNEYS; i++) await journey(new Client(handler), i);
    const sequential = Number(((JOURNEYS * 1000) / (performance.now() - start)).toFixed(1));
    start = performance.now();
    await Promise.all(Array.from({ length: JOURNEYS }, (_, i) => journey(new Client(handler), i)));
    const concurrent = Number(((JOURNEYS * 1000) / (performance.now() - start)).toFixed(1));
    // Each journey is 19 requests (8 GETs and 7 POSTs of pages, check answers, send, confirmation).
    console.log(`${name}: ${sequential} journeys/s one at a time, ${concurrent} with ${JOURNEYS} at once (19 requests each)`);
    return { sequential, concurrent, requestsPerJourney: 19 };
  } finally {
    await store.close();
  }
}

const handler: Record<string, unknown> = {};
const dataDir = await mkdtemp(join(tmpdir(), 'cydran-bench-runner-'));
try {
  handler.pglite = await journeysPerSecond('PGlite (data folder)', { databaseUrl: '', dataDir });
} finally {
  await rm(dataDir, { recursive: true, force: true });
}
const databaseUrl = process.env.DATABASE_URL;
if (databaseUrl) {
  const schema = `cydran_bench_runner_${process.pid}`;
  try {
    handler.postgres = await journeysPerSecond('PostgreSQL', { databaseUrl, schema });
  } finally {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  }
}
await writeResult('forms-runner', { journeys: JOURNEYS, engine, handler });

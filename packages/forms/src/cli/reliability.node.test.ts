// The server killed (SIGKILL, no chance to tidy up) and started again in the
// middle of 20 journeys running at once: no answer the server accepted is
// lost, every journey goes on from where it was (same cookies, same CSRF
// secret), and each finished journey is stored exactly once, even when its
// "Send" is pressed twice at the same moment and again later. PGlite in a data
// folder by default; PostgreSQL when DATABASE_URL is set.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, test } from 'node:test';
import { openStore } from '../storage/index.js';
import { Client, inputValue } from '../server/client.fixture.js';
import { parkingForm } from '../server/test-form.fixture.js';

const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'cydran-reliability-'));
const schema = `reliability_${process.pid}`;
after(() => rm(dir, { recursive: true, force: true }));

const JOURNEYS = 20;
const NEXT_YEAR = new Date().getUTCFullYear() + 1;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** `cydran-forms serve` as its own process (no wrapper, so a SIGKILL reaches the server itself). */
function databaseArguments(): string[] {
  const url = process.env.DATABASE_URL;
  if (!url) return ['--data', 'data'];
  // The run's own schema, for every pooled connection (made by openStore below, before the first start).
  const withSchema = new URL(url);
  withSchema.searchParams.set('options', `-c search_path=${schema}`);
  return ['--database', withSchema.href];
}

function startServer(port: number): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', import.meta.resolve('tsx'), MAIN, 'serve', 'form.json', '--port', String(port), ...databaseArguments()],
    {
      cwd: dir,
      env: { ...process.env, DATABASE_URL: undefined, CYDRAN_CSRF_SECRET: 'the same secret before and after the crash' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Serving')) resolve(child);
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`serve exited (${code}) before it was ready: ${output}`)));
  });
}

test('a crash in the middle of 20 concurrent journeys loses no accepted answer and stores each submission once', { timeout: 180_000 }, async () => {
  await writeFile(join(dir, 'form.json'), JSON.stringify(parkingForm));
  if (process.env.DATABASE_URL) await (await openStore({ schema })).close();
  const port = await freePort();
  let server = await startServer(port);
  let up: Promise<void> = Promise.resolve();
  let interrupted = 0;

  /** Requests go to the real server; while it is down, each waits for it to be back and tries again. */
  const overHttp = async (request: Request): Promise<Response> => {
    const body = request.method === 'POST' ? await request.arrayBuffer() : undefined;
    for (;;) {
      await up;
      const url = new URL(request.url);
      try {
        return await fetch(`http://127.0.0.1:${port}${url.pathname}${url.search}`, {
          method: request.method,
          headers: request.headers,
          body,
          redirect: 'manual',
        });
      } catch {
        interrupted++;
        // Refused or cut off by the crash: whether it was accepted is unknown, so the page is sent again (answering a page twice is harmless).
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
  };

  /** Every answer the server said it accepted (a 303 onward), by journey. */
  const accepted: Record<string, unknown>[] = Array.from({ length: JOURNEYS }, () => ({}));
  let acceptedCount = 0;
  let crashed: () => void = () => {};
  const crash = new Promise<void>((resolve) => (crashed = resolve));

  async function answer(
    client: Client,
    index: number,
    path: string,
    fields: Record<string, string>,
    expected: Record<string, unknown>,
    next: string,
  ): Promise<void> {
    const reply = await client.answer(path, fields);
    assert.equal(reply.location, next, `journey ${index}: ${path} leads to ${next}`);
    Object.assign(accepted[index]!, expected);
    if (++acceptedCount === JOURNEYS) crashed();
  }

  async function journey(index: number): Promise<string> {
    const client = new Client(overHttp);
    const name = `Person ${index} Jones`;
    await answer(client, index, '/lives-here', { 'lives-here': 'yes' }, { 'lives-here': true }, '/full-name');
    await answer(client, index, '/full-name', { 'full-name': name }, { 'full-name': name }, '/vehicle');
    const van = index % 2 === 0;
    await answer(client, index, '/vehicle', { vehicle: van ? 'van' : 'car' }, { vehicle: van ? 'van' : 'car' }, van ? '/van-weight' : '/start-date');
    if (van) await answer(client, index, '/van-weight', { 'van-weight': String(1000 + index) }, { 'van-weight': 1000 + index }, '/start-date');
    await answer(
      client,
      index,
      '/start-date',
      { 'start-date-day': '1', 'start-date-month': String((index % 12) + 1), 'start-date-year': String(NEXT_YEAR) },
      {},
      '/check-answers',
    );
    accepted[index]!['start-date'] = `${NEXT_YEAR}-${String((index % 12) + 1).padStart(2, '0')}-01`;
    const token = inputValue(await client.request('/check-answers'), 'csrf-token')!;
    // Send pressed twice at once, and once more after.
    const sends = await Promise.all([1, 2].map(() => client.request('/check-answers', { form: { 'csrf-token': token } })));
    assert.deepEqual(
      sends.map((s) => s.location),
      ['/confirmation', '/confirmation'],
    );
    assert.equal((await client.request('/check-answers', { form: { 'csrf-token': token } })).location, '/confirmation');
    return client.cookies.get('cydran-journey-parking-permit')!;
  }

  const running = Array.from({ length: JOURNEYS }, (_, index) => journey(index));
  await crash;
  up = new Promise<void>((resolve) => {
    server.once('exit', () => {
      startServer(port).then((restarted) => {
        server = restarted;
        resolve();
      });
    });
  });
  server.kill('SIGKILL');
  const journeyIds = await Promise.all(running);
  await up;
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));

  assert.ok(interrupted > 0, 'the crash cut off requests in flight');
  const store = await openStore(process.env.DATABASE_URL ? { schema } : { databaseUrl: '', dataDir: join(dir, 'data') });
  try {
    const submissions = await store.submissions('parking-permit');
    assert.equal(submissions.length, JOURNEYS, 'one submission per journey');
    for (const [index, journeyId] of journeyIds.entries()) {
      const journey = await store.getJourney(journeyId);
      assert.ok(journey?.submittedId, `journey ${index} was sent`);
      const submission = submissions.find((s) => s.id === journey.submittedId);
      assert.deepEqual(submission?.answers, accepted[index], `journey ${index}: every accepted answer, as entered`);
    }
  } finally {
    await store.close();
  }
});

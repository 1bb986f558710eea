/** The CLI as a person runs it: bin/cydran-forms.js in a child process. */
import { attr, byTag, oneByTag, parseDocument } from '../../../../test/support/html.js';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, test } from 'node:test';
import { openStore } from '../storage/index.js';

const BIN = fileURLToPath(new URL('../../bin/cydran-forms.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'cydran-cli-'));
const data = join(dir, 'data');
after(() => rm(dir, { recursive: true, force: true }));

const t = (en: string, cy: string) => ({ en, cy });
const form = {
  id: 'bins',
  version: 1,
  languages: ['en', 'cy'],
  title: t('Report a missed bin', 'Rhoi gwybod am fin a fethwyd'),
  confirmation: { title: t('Report sent', 'Adroddiad wedi’i anfon') },
  pages: [
    {
      id: 'bin',
      questions: [
        {
          id: 'bin',
          type: 'one-of',
          label: t('Which bin?', 'Pa fin?'),
          options: [
            { value: 'black', label: t('Black', 'Du') },
            { value: 'food', label: t('Food', 'Bwyd') },
          ],
        },
      ],
    },
    { id: 'details', questions: [{ id: 'details', type: 'long-text', maxLength: 200, optional: true, label: t('Details', 'Manylion') }] },
  ],
};

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI; `until`, if given, resolves as soon as stdout has it (for serve), leaving the child running. */
function cli(args: string[], env: Record<string, string | undefined> = {}) {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, env: { ...process.env, DATABASE_URL: undefined, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<Result>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
  const printed = (text: string) =>
    new Promise<string>((resolve, reject) => {
      const check = () => (stdout.includes(text) ? resolve(stdout) : undefined);
      child.stdout.on('data', check);
      child.on('close', () => reject(new Error(`the CLI exited before printing "${text}": ${stderr}`)));
      check();
    });
  return { child, done, printed };
}

test('check: a valid definition passes; a wrong path and a bad definition say what is wrong and exit 1', async () => {
  await writeFile(join(dir, 'bins.json'), JSON.stringify(form));
  const ok = await cli(['check', 'bins.json']).done;
  assert.equal(ok.code, 0, ok.stderr);
  assert.match(ok.stdout, /form 'bins' version 1 is valid \(2 pages, 2 questions/);

  const missing = await cli(['check', 'nope.json']).done;
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /nope\.json: there is no such file\. Check the path/);

  await writeFile(join(dir, 'broken.json'), '{"id": ');
  const broken = await cli(['check', 'broken.json']).done;
  assert.equal(broken.code, 1);
  assert.match(broken.stderr, /is not valid JSON/);

  const noWelsh = { ...form, pages: [{ id: 'bin', questions: [{ id: 'bin', type: 'text', label: { en: 'Which bin?' } }] }], title: { en: 'No Welsh' } };
  await writeFile(join(dir, 'no-welsh.json'), JSON.stringify(noWelsh));
  const bad = await cli(['check', 'no-welsh.json']).done;
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /is not a valid form definition \(\d+ problems\)/);
  assert.match(bad.stderr, /label\.cy/);
  assert.match(bad.stderr, /title\.cy/);
});

test('check passes each example in examples/, as a council would run it', async () => {
  for (const example of ['blue-badge', 'missed-bin', 'consultation']) {
    const path = fileURLToPath(new URL(`../../examples/${example}.json`, import.meta.url));
    const result = await cli(['check', path]).done;
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /is valid \(\d+ pages, \d+ questions, languages en, cy\)/);
  }
});

test('a database that cannot be reached is named without its password, with what to check', async () => {
  const result = await cli(['export', 'bins', '--format', 'csv', '--database', 'postgres://forms:s3cret-pw@127.0.0.1:1/forms']).done;
  assert.equal(result.code, 1);
  assert.match(result.stderr, /Cannot reach the PostgreSQL database at postgres:\/\/forms:\*\*\*@127\.0\.0\.1:1\/forms/);
  assert.match(result.stderr, /Check that the server is running/);
  assert.doesNotMatch(result.stderr, /s3cret-pw/);
});

test('usage mistakes exit 2 with the usage', async () => {
  const result = await cli(['export', 'bins', '--format', 'xml']).done;
  assert.equal(result.code, 2);
  assert.match(result.stderr, /--format must be csv or json \(got "xml"\)/);
  const unknown = await cli(['frobnicate', 'x']).done;
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /Usage:/);
});

test('serve runs the form over HTTP; export and report then read its database by form id', async () => {
  const serving = cli(['serve', 'bins.json', '--port', '0', '--data', 'data']);
  const printed = await serving.printed('Serving');
  const url = /at (http:\/\/localhost:\d+\/)/.exec(printed)?.[1];
  assert.ok(url, printed);
  const page = await fetch(`${url}?lang=cy`, { redirect: 'manual' });
  assert.equal(page.status, 200, `GET / answered ${page.status}`);
  const start = parseDocument(await page.text());
  assert.equal(attr(oneByTag(start, 'html'), 'lang'), 'cy');
  // The page's stylesheet and script are served with it (built from source in a clone).
  const stylesheet = byTag(start, 'link').find((link) => attr(link, 'rel') === 'stylesheet');
  const script = byTag(start, 'script').find((element) => attr(element, 'src') !== undefined);
  assert.ok(stylesheet && script, 'the page links the stylesheet and the script');
  const css = await fetch(new URL(attr(stylesheet, 'href')!, url));
  assert.equal(css.headers.get('content-type'), 'text/css; charset=utf-8');
  assert.ok((await css.text()).includes('.cyd-button'));
  const js = await fetch(new URL(attr(script, 'src')!, url));
  assert.equal(js.headers.get('content-type'), 'text/javascript; charset=utf-8');
  assert.ok((await js.text()).includes('cyd-text-input'));
  const whileServing = await cli(['export', 'bins', '--format', 'csv', '--data', 'data']).done;
  assert.equal(whileServing.code, 1);
  assert.match(whileServing.stderr, /is in use by process \d+/);
  serving.child.kill('SIGTERM');
  await serving.done;

  // A submission as the runner stores it, written while no server holds the data folder.
  const store = await openStore({ databaseUrl: '', dataDir: data });
  const journey = await store.startJourney({ formId: 'bins', formVersion: 1, locale: 'cy' });
  await store.submit({ journeyId: journey.id, formId: 'bins', formVersion: 1, locale: 'cy', answers: { bin: 'food', details: '=1+1, "by the gate"' } });
  await store.close();

  const csv = await cli(['export', 'bins', '--format', 'csv', '--lang', 'cy', '--data', 'data']).done;
  assert.equal(csv.code, 0, csv.stderr);
  const [header, row] = csv.stdout.split('\r\n');
  assert.equal(header, 'Cyfeirnod,Cyflwynwyd,Fersiwn y ffurflen,Iaith,Pa fin?,Manylion');
  assert.match(row!, /,1,cy,Bwyd,"'=1\+1, ""by the gate"""$/);

  const json = await cli(['export', 'bins', '--format', 'json', '--out', 'out.json', '--data', 'data']).done;
  assert.equal(json.code, 0, json.stderr);
  assert.deepEqual(JSON.parse(await readFile(join(dir, 'out.json'), 'utf8')).submissions[0].answers, { bin: 'food', details: '=1+1, "by the gate"' });

  const report = await cli(['report', 'bins', '--html', 'report.html', '--lang', 'cy', '--data', 'data']).done;
  assert.equal(report.code, 0, report.stderr);
  const html = await readFile(join(dir, 'report.html'), 'utf8');
  assert.equal(attr(oneByTag(parseDocument(html), 'html'), 'lang'), 'cy');
  assert.ok(html.includes('Siart bar: Pa fin?'));

  const unknown = await cli(['export', 'nothing', '--format', 'csv', '--data', 'data']).done;
  assert.equal(unknown.code, 1);
  assert.match(unknown.stderr, /There is no form 'nothing'.*Forms with submissions there: bins/);
});

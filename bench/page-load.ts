// A 100-question form page in Cydran, GOV.UK Frontend and GCDS, loaded in
// Debian's Chromium: time from navigation start until the page's library has
// done its work and the page is laid out, main-thread time, and JS heap after
// a forced garbage collection, each against the same library's plain HTML.
// Medians of ROUNDS alternated rounds (every page once per round, in turn),
// each load in a fresh browser context, files from 127.0.0.1 with no cache.
// Run: node --conditions=source --import tsx bench/page-load.ts
// Writes bench/results/page-load.json.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, CDPSession } from 'puppeteer-core';
import { expandHTML } from '@cydran/components/server';
import { type StaticFile, contentType, launchChromium, offline, serveFiles } from './lib/browser.js';
import { cydranBundle, cydranStylesheet } from './lib/cydran-assets.js';
import { FIELD_COUNT } from './lib/form-fields.js';
import { CYDRAN_SCRIPT, CYDRAN_STYLESHEET, READY_MARK, cydranPage, gcdsPage, gcdsPlainPage, govukPage } from './lib/pages.js';
import { median, quantile } from './lib/stats.js';
import { writeResult } from './lib/results.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
/** Native controls every page's form has once ready: 70 text, 10×3 radios, 10×4 checkboxes, 10×3 date parts (GCDS asks the month with a select). */
const EXPECTED_INPUTS = 170;

const root = fileURLToPath(new URL('..', import.meta.url));

interface Variant {
  id: string;
  library: 'Cydran' | 'GOV.UK Frontend' | 'GCDS';
  name: string;
  /** The variant of the same library this one is compared with (its plain HTML). */
  baseline?: string;
  html: string;
}

const strict = {
  onProblem: (problem: string) => {
    throw new Error(`The benchmark page misuses a component: ${problem}`);
  },
};

const VARIANTS: Variant[] = [
  { id: 'cydran-plain', library: 'Cydran', name: 'plain HTML (server render, no script)', html: expandHTML(cydranPage({ script: false }), strict) },
  {
    id: 'cydran-upgrade',
    library: 'Cydran',
    name: 'server render + script (upgrade)',
    baseline: 'cydran-plain',
    html: expandHTML(cydranPage({ script: true }), strict),
  },
  { id: 'cydran-client', library: 'Cydran', name: 'client render (bare tags + script)', baseline: 'cydran-plain', html: cydranPage({ script: true }) },
  {
    id: 'cydran-plain-cy',
    library: 'Cydran',
    name: 'Welsh plain HTML (server render, no script)',
    html: expandHTML(cydranPage({ lang: 'cy', script: false }), strict),
  },
  {
    id: 'cydran-upgrade-cy',
    library: 'Cydran',
    name: 'Welsh server render + script (upgrade)',
    baseline: 'cydran-plain-cy',
    html: expandHTML(cydranPage({ lang: 'cy', script: true }), strict),
  },
  { id: 'govuk-plain', library: 'GOV.UK Frontend', name: 'plain HTML (no script)', html: govukPage({ script: false }) },
  { id: 'govuk-js', library: 'GOV.UK Frontend', name: 'HTML + initAll()', baseline: 'govuk-plain', html: govukPage({ script: true }) },
  { id: 'gcds-plain', library: 'GCDS', name: 'plain HTML (native form, gcds.css)', html: gcdsPlainPage() },
  { id: 'gcds-js', library: 'GCDS', name: 'components + script', baseline: 'gcds-plain', html: gcdsPage() },
];

/** Every file under `dir`, served under `prefix`. */
function directoryFiles(dir: string, prefix: string): [string, StaticFile][] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(dir, path)).isFile())
    .map((path) => [`${prefix}/${path.split('\\').join('/')}`, { type: contentType(path), body: readFileSync(join(dir, path)) }]);
}

async function files(): Promise<Map<string, StaticFile>> {
  const govuk = join(root, 'node_modules', 'govuk-frontend', 'dist', 'govuk');
  return new Map<string, StaticFile>([
    [CYDRAN_SCRIPT, { type: 'text/javascript', body: (await cydranBundle()).code }],
    [CYDRAN_STYLESHEET, { type: 'text/css', body: await cydranStylesheet() }],
    ...directoryFiles(govuk, '/govuk'),
    // GOV.UK Frontend's stylesheet finds its fonts and images at /assets/ by default.
    ...directoryFiles(join(govuk, 'assets'), '/assets'),
    ...directoryFiles(join(root, 'node_modules', '@gcds-core', 'components', 'dist', 'gcds'), '/gcds'),
    ...VARIANTS.map((v): [string, StaticFile] => [`/${v.id}.html`, { type: 'text/html; charset=utf-8', body: v.html }]),
  ]);
}

interface Load {
  /** Navigation start to the ready mark: library work done, layout complete (ms). */
  readyMs: number;
  firstContentfulPaintMs: number;
  loadEventMs: number;
  /** Main-thread task time of the page's renderer up to the measurement (ms). */
  mainThreadMs: number;
  scriptMs: number;
  layoutAndStyleMs: number;
  /** JS heap in use after a forced garbage collection (bytes). */
  heapBytes: number;
  /** Gzip bytes of the JavaScript the page loaded from the server. */
  scriptGzipBytes: number;
  inputs: number;
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

async function loadOnce(browser: Browser, origin: string, variant: Variant, gzipBytes: (path: string) => number | undefined): Promise<Load> {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(String(error)));
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    const blocked = await offline(cdp);
    await page.goto(`${origin}/${variant.id}.html`, { waitUntil: 'load' });
    const timing = await page.evaluate(async (mark) => {
      // Wait for the ready mark (required), then for the first contentful paint, which comes in a
      // frame after the mark when script held the page up (absent after 2 s: recorded as missing; GCDS's plain page never reports one).
      const awaited: [name: string, type: string, required: boolean, waitMs: number][] = [
        [mark, 'mark', true, 30_000],
        ['first-contentful-paint', 'paint', false, 2_000],
      ];
      for (const [name, type, required, waitMs] of awaited) {
        if (performance.getEntriesByName(name).length) continue;
        await new Promise<void>((resolve, reject) => {
          const timeout = setTimeout(() => (required ? reject(new Error(`no ${name} within ${waitMs} ms`)) : resolve()), waitMs);
          new PerformanceObserver((list, observer) => {
            if (list.getEntriesByName(name).length) {
              clearTimeout(timeout);
              observer.disconnect();
              resolve();
            }
          }).observe({ type, buffered: true });
        });
      }
      // Native inputs and selects in the document and every shadow root (GCDS renders its controls in shadow DOM).
      // No named inner functions: tsx would wrap them in a helper the page does not have.
      let inputs = 0;
      const roots: (Document | ShadowRoot)[] = [document];
      for (let root = roots.pop(); root; root = roots.pop()) {
        inputs += root.querySelectorAll('input, select').length;
        for (const el of root.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
      }
      const [navigation] = performance.getEntriesByType('navigation');
      return {
        readyMs: performance.getEntriesByName(mark)[0]!.startTime,
        // null, not NaN, for a missing figure: NaN does not survive the trip out of the page.
        firstContentfulPaintMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        loadEventMs: navigation instanceof PerformanceNavigationTiming ? navigation.loadEventEnd : null,
        scripts: performance
          .getEntriesByType('resource')
          .map((r) => new URL(r.name).pathname)
          .filter((path) => path.endsWith('.js')),
        inputs,
      };
    }, READY_MARK);
    const work = await metrics(cdp);
    await cdp.send('HeapProfiler.collectGarbage');
    const afterGc = await metrics(cdp);
    for (const url of blocked) offPage.add(url);
    if (problems.length) throw new Error(`${variant.id}: ${problems.join('; ')}`);
    if (timing.inputs !== EXPECTED_INPUTS) throw new Error(`${variant.id}: ${timing.inputs} inputs and selects on the page, expected ${EXPECTED_INPUTS}`);
    return {
      readyMs: timing.readyMs,
      firstContentfulPaintMs: timing.firstContentfulPaintMs ?? Number.NaN,
      loadEventMs: timing.loadEventMs ?? Number.NaN,
      mainThreadMs: work.TaskDuration! * 1000,
      scriptMs: work.ScriptDuration! * 1000,
      layoutAndStyleMs: (work.LayoutDuration! + work.RecalcStyleDuration!) * 1000,
      heapBytes: afterGc.JSHeapUsedSize!,
      scriptGzipBytes: [...new Set(timing.scripts)].reduce((sum, path) => sum + (gzipBytes(path) ?? 0), 0),
      inputs: timing.inputs,
    };
  } finally {
    await context.close();
  }
}

const server = await serveFiles(await files());
const browser = await launchChromium();
const browserVersion = await browser.version();
/** Requests for anything not on 127.0.0.1, failed by `offline`. */
const offPage = new Set<string>();
const loads = new Map<string, Load[]>(VARIANTS.map((v) => [v.id, []]));
try {
  // One round to warm Chromium and the server, not counted.
  for (const variant of VARIANTS) await loadOnce(browser, server.origin, variant, server.gzipBytes);
  for (let round = 0; round < ROUNDS; round++) {
    for (const variant of VARIANTS) loads.get(variant.id)!.push(await loadOnce(browser, server.origin, variant, server.gzipBytes));
  }
} finally {
  await browser.close();
  await server.close();
}

const medianOf = (id: string, key: keyof Load) => median(loads.get(id)!.map((load) => load[key]));
const rows = VARIANTS.map((variant) => {
  const value = (key: keyof Load) => medianOf(variant.id, key);
  return {
    id: variant.id,
    library: variant.library,
    page: variant.name,
    baseline: variant.baseline ?? null,
    readyMs: value('readyMs'),
    readyRatio: variant.baseline ? value('readyMs') / medianOf(variant.baseline, 'readyMs') : 1,
    // The middle half of the rounds, to judge how noisy the median is.
    readyQuartilesMs: [0.25, 0.75].map((q) =>
      quantile(
        loads.get(variant.id)!.map((load) => load.readyMs),
        q,
      ),
    ),
    mainThreadMs: value('mainThreadMs'),
    mainThreadRatio: variant.baseline ? value('mainThreadMs') / medianOf(variant.baseline, 'mainThreadMs') : 1,
    scriptMs: value('scriptMs'),
    layoutAndStyleMs: value('layoutAndStyleMs'),
    firstContentfulPaintMs: value('firstContentfulPaintMs'),
    loadEventMs: value('loadEventMs'),
    heapBytes: value('heapBytes'),
    scriptGzipBytes: value('scriptGzipBytes'),
  };
});

const ms = (n: number) => `${n.toFixed(1)} ms`;
const ratio = (n: number) => `${n.toFixed(2)}×`;
console.log(`${ROUNDS} rounds, medians; ratios are to the same library's plain HTML`);
console.log(
  [
    'page'.padEnd(62),
    'ready'.padStart(9),
    'middle half'.padStart(13),
    'ratio'.padStart(6),
    'main thr.'.padStart(10),
    'ratio'.padStart(6),
    'FCP'.padStart(9),
    'heap'.padStart(8),
    'JS gzip'.padStart(8),
  ].join(' '),
);
for (const row of rows) {
  console.log(
    [
      `${row.library}: ${row.page}`.padEnd(62),
      ms(row.readyMs).padStart(9),
      row.readyQuartilesMs
        .map((n) => n.toFixed(0))
        .join('–')
        .padStart(13),
      ratio(row.readyRatio).padStart(6),
      ms(row.mainThreadMs).padStart(10),
      ratio(row.mainThreadRatio).padStart(6),
      ms(row.firstContentfulPaintMs).padStart(9),
      `${(row.heapBytes / 1024 / 1024).toFixed(1)} MB`.padStart(8),
      `${(row.scriptGzipBytes / 1024).toFixed(1)} KB`.padStart(8),
    ].join(' '),
  );
}

await writeResult('page-load', {
  rounds: ROUNDS,
  fields: FIELD_COUNT,
  browser: browserVersion,
  method:
    'Each round loads every page once, in turn, each in a fresh browser context. ready = navigation start to the bench:ready mark, set after the library finished (Cydran: every element updateComplete; GOV.UK: initAll(); GCDS: every component componentOnReady) and a forced layout. Main thread = CDP Performance.getMetrics TaskDuration. Heap = JSHeapUsedSize after HeapProfiler.collectGarbage.',
  blockedRequests: [...offPage],
  pages: rows,
  samples: Object.fromEntries(loads),
});

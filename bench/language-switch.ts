// A language switch on a page of 1,000 fields, in Debian's Chromium: `lang`
// on <html> goes en → cy → en, and each switch is timed (a) until every
// Cydran element has updated and shows the new language, and (b) to the
// next frame (requestAnimationFrame after the update, then a forced
// layout). Two pages: the fields alone, and the same fields under an error
// summary showing 50 errors after a blocked submit attempt (each of its
// links re-worded on a switch too). Medians of SWITCHES switches, after
// WARM_UP switches not counted; the production bundle (cydran.js as built).
// A third page is the yardstick: the same fields as the server renders
// them, with no Cydran JavaScript, switched by swapping every text node for
// its other-language twin and setting `lang` — the least any library could
// make the browser do for the same change, so the gap to it is Cydran's.
// Run: node --conditions=source --import tsx bench/language-switch.ts
// BENCH_PROFILE=1 also writes a CPU profile of the counted switches per page
// to bench/results/language-switch-<page>.cpuprofile (open it in DevTools).
// Times depend on how busy the machine is; so each page also gets one
// traced switch, which counts the browser's work independently of load:
// elements whose style was recalculated and layout objects laid out.
// Writes bench/results/language-switch.json.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CDPSession, Page } from 'puppeteer-core';
import { launchChromium, serveFiles } from './lib/browser.js';
import { cydranBundle, cydranStylesheet } from './lib/cydran-assets.js';
import { expandHTML } from '@cydran/components/server';
import { escapeHTML as esc } from './lib/form-fields.js';
import { median, quantile } from './lib/stats.js';
import { resultsDir, writeResult } from './lib/results.js';

const FIELDS = Number(process.env.BENCH_FIELDS ?? 1000);
const SWITCHES = Number(process.env.BENCH_SWITCHES ?? 15);
const WARM_UP = 3;
const SUMMARY_ERRORS = 50;
const PROFILE = process.env.BENCH_PROFILE === '1';

type Kind = 'text' | 'radios' | 'select' | 'date';
/** Per ten fields: four text inputs, two radio groups, two selects, two date inputs. */
const KINDS: Kind[] = ['text', 'radios', 'text', 'select', 'date', 'text', 'radios', 'select', 'text', 'date'];
const TAGS: Record<Kind, string> = { text: 'cyd-text-input', radios: 'cyd-radios', select: 'cyd-select', date: 'cyd-date-input' };
const CHOICES = [
  { value: 'a', text: { en: 'Yes', cy: 'Ydw' } },
  { value: 'b', text: { en: 'No', cy: 'Nac ydw' } },
  { value: 'c', text: { en: 'Not sure', cy: 'Ddim yn siŵr' } },
];
const RADIO_OPTIONS = CHOICES.map(({ value, text }) => ({ value, label: text }));

const kindOf = (n: number): Kind => KINDS[(n - 1) % KINDS.length]!;

/** Field `n` (from 1): its markup. */
function field(n: number, required: boolean): string {
  const kind = kindOf(n);
  const hint =
    kind === 'date' ? ['For example, 27 3 2007', 'Er enghraifft, 27 3 2007'] : n % 3 === 0 ? [`Hint for question ${n}`, `Awgrym ar gyfer cwestiwn ${n}`] : null;
  const options = kind === 'radios' ? RADIO_OPTIONS : kind === 'select' ? CHOICES : null;
  const attributes = [
    `name="q${n}"`,
    `label="Question ${n}"`,
    `label-cy="Cwestiwn ${n}"`,
    hint ? `hint="${esc(hint[0]!)}" hint-cy="${esc(hint[1]!)}"` : '',
    options ? `options="${esc(JSON.stringify(options))}"` : '',
    required ? 'required' : '',
  ].filter(Boolean);
  return `<${TAGS[kind]} ${attributes.join(' ')}></${TAGS[kind]}>`;
}

/**
 * On the summary page the first SUMMARY_ERRORS fields that can be left
 * empty are required (a select always has an option chosen), so a submit
 * attempt shows that many errors.
 */
function page(withSummary: boolean): string {
  const required = Array.from({ length: FIELDS }, (_, i) => i + 1)
    .filter((n) => kindOf(n) !== 'select')
    .slice(0, withSummary ? SUMMARY_ERRORS : 0);
  const fields = Array.from({ length: FIELDS }, (_, i) => field(i + 1, required.includes(i + 1))).join('\n');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Language switch</title><link rel="stylesheet" href="/cydran.css"></head>
<body>
<main id="main-content">
<h1>Apply for a permit</h1>
<form method="post" novalidate>
${withSummary ? '<cyd-error-summary></cyd-error-summary>' : ''}
${fields}
<cyd-button type="submit" text="Continue" text-cy="Parhau"></cyd-button>
</form>
</main>
<script type="module" src="/cydran.js"></script>
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`;
}

/** The yardstick page: the fields server-rendered in English, their Welsh render kept in a template. */
function nativePage(): string {
  const fields = Array.from({ length: FIELDS }, (_, i) => field(i + 1, false)).join('\n');
  const render = (locale: 'en' | 'cy') =>
    expandHTML(fields, {
      locale,
      onProblem: (problem) => {
        throw new Error(problem);
      },
    });
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Language switch</title><link rel="stylesheet" href="/cydran.css"></head>
<body>
<main id="main-content">
<h1>Apply for a permit</h1>
<form method="post" novalidate id="fields">${render('en')}</form>
<template id="fields-en">${render('en')}</template>
<template id="fields-cy">${render('cy')}</template>
</main>
<script>${NATIVE_SCRIPT}</script>
</body>
</html>
`;
}

/**
 * The yardstick's switch: each text node of the form set to its twin in the
 * other language's render (same structure, so by position), then `lang`,
 * timed like benchSwitch.
 */
const NATIVE_SCRIPT = `
const frames = (n) => new Promise((resolve) => { let left = n; const next = () => (--left < 0 ? resolve() : requestAnimationFrame(next)); next(); });
const textNodes = (root) => { const out = []; const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT); while (walker.nextNode()) out.push(walker.currentNode); return out; };
const twins = { en: textNodes(document.getElementById('fields-en').content), cy: textNodes(document.getElementById('fields-cy').content) };
window.benchReady = async () => {
  const live = textNodes(document.getElementById('fields'));
  if (live.length !== twins.cy.length) throw new Error('The Welsh render has ' + twins.cy.length + ' text nodes, the English ' + live.length);
};
window.benchSwitch = async (lang) => {
  await frames(2);
  const live = textNodes(document.getElementById('fields'));
  const target = twins[lang];
  const start = performance.now();
  for (let i = 0; i < live.length; i++) if (live[i].data !== target[i].data) live[i].data = target[i].data;
  document.documentElement.setAttribute('lang', lang);
  const updated = performance.now();
  const frame = await new Promise((resolve) => requestAnimationFrame(() => { void document.body.offsetHeight; resolve(performance.now()); }));
  const word = lang === 'cy' ? 'Cwestiwn' : 'Question';
  const names = [...document.querySelectorAll('#fields label, #fields legend')].filter((el) => /^(Question|Cwestiwn) \\d+/.test(el.textContent.trim()));
  return { updateMs: updated - start, frameMs: frame - start, names: names.length, stale: names.filter((el) => !el.textContent.trim().startsWith(word)).length, summaryLinks: [] };
};
`;

interface Switch {
  to: string;
  /** Setting `lang` to every element updated and showing the new language (ms). */
  updateMs: number;
  /** Setting `lang` to the next animation frame, laid out (ms). */
  frameMs: number;
  scriptMs: number;
  layoutAndStyleMs: number;
}

/**
 * What runs in the page, as plain JavaScript (tsx would wrap functions
 * passed to page.evaluate in a helper the page does not have).
 *
 * benchReady(errors): waits until every cyd-* element is defined and
 * rendered; with errors > 0, submits once and waits for the summary to show
 * that many.
 *
 * benchSwitch(lang): one switch, timed. A MutationObserver made now is
 * called after the library's own observers (made when the elements
 * connected), so by then every element that listens has been told; the
 * update is done when every element's updateComplete has settled. The words
 * are read afterwards, outside the timing.
 */
const PAGE_SCRIPT = `
const cydHosts = () => [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('cyd-'));
const frames = (n) => new Promise((resolve) => { let left = n; const next = () => (--left < 0 ? resolve() : requestAnimationFrame(next)); next(); });
window.benchReady = async (errors) => {
  const hosts = cydHosts();
  await Promise.all(hosts.map((el) => customElements.whenDefined(el.localName)));
  await Promise.all(hosts.map((el) => el.updateComplete));
  if (errors === 0) return;
  const summary = document.querySelector('cyd-error-summary');
  document.querySelector('form').requestSubmit();
  for (let waited = 0; summary.querySelectorAll('a').length !== errors; waited++) {
    if (waited > 600) throw new Error('The error summary shows ' + summary.querySelectorAll('a').length + ' errors, expected ' + errors);
    await frames(1);
  }
};
window.benchSwitch = async (lang) => {
  const hosts = cydHosts();
  await frames(2); // the page settles after the last switch
  const root = document.documentElement;
  const told = new Promise((resolve) => {
    const observer = new MutationObserver(() => { observer.disconnect(); resolve(); });
    observer.observe(root, { attributes: true, attributeFilter: ['lang'] });
  });
  const start = performance.now();
  root.setAttribute('lang', lang);
  await told;
  // An element that re-renders again (one asking another) is awaited again.
  for (let pending = true; pending; ) {
    const results = await Promise.all(hosts.map((el) => el.updateComplete));
    pending = results.some((done) => done === false);
  }
  const updated = performance.now();
  const frame = await new Promise((resolve) => requestAnimationFrame(() => { void document.body.offsetHeight; resolve(performance.now()); }));
  const word = lang === 'cy' ? 'Cwestiwn' : 'Question';
  const names = [...document.querySelectorAll('label, legend')].filter((el) => /^(Question|Cwestiwn) \\d+/.test(el.textContent.trim()));
  return {
    updateMs: updated - start,
    frameMs: frame - start,
    names: names.length,
    stale: names.filter((el) => !el.textContent.trim().startsWith(word)).length,
    summaryLinks: [...document.querySelectorAll('cyd-error-summary a')].map((a) => a.textContent.trim()),
  };
};
`;

interface PageSwitch {
  updateMs: number;
  frameMs: number;
  names: number;
  stale: number;
  summaryLinks: string[];
}

async function ready(page: Page, withSummary: boolean): Promise<void> {
  await page.evaluate(`window.benchReady(${withSummary ? SUMMARY_ERRORS : 0})`);
}

async function switchOnce(page: Page, cdp: CDPSession, to: string): Promise<Switch> {
  const before = await metrics(cdp);
  const timing = (await page.evaluate(`window.benchSwitch(${JSON.stringify(to)})`)) as PageSwitch;
  const after = await metrics(cdp);
  if (timing.names !== FIELDS) throw new Error(`${timing.names} field names found on the page, expected ${FIELDS}`);
  if (timing.stale !== 0) throw new Error(`${timing.stale} field names still in the other language after switching to ${to}`);
  const firstLink = timing.summaryLinks[0];
  if (firstLink !== undefined && !isIn(firstLink, to)) throw new Error(`The error summary's first link reads "${firstLink}" after switching to ${to}`);
  return {
    to,
    updateMs: timing.updateMs,
    frameMs: timing.frameMs,
    scriptMs: (after.ScriptDuration! - before.ScriptDuration!) * 1000,
    layoutAndStyleMs: (after.LayoutDuration! + after.RecalcStyleDuration! - before.LayoutDuration! - before.RecalcStyleDuration!) * 1000,
  };
}

/** A default required-field message in English or Welsh (form messages: "Enter …"/"Select …", "Rhowch …"/"Dewiswch …"). */
function isIn(text: string, lang: string): boolean {
  const welsh = /^(Rhowch|Dewiswch|Nodwch)/.test(text);
  return lang === 'cy' ? welsh : !welsh;
}

interface BrowserWork {
  /** Elements whose style the browser recalculated (UpdateLayoutTree events' elementCount, summed). */
  styledElements: number;
  /** Layout objects laid out (Layout events' dirtyObjects, summed). */
  laidOutObjects: number;
  /** Layout objects in the page, at the largest layout. */
  totalObjects: number;
}

/** One switch under a trace: what the browser did, counted rather than timed. */
async function tracedWork(page: Page, cdp: CDPSession, to: string): Promise<BrowserWork> {
  await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await switchOnce(page, cdp, to);
  const trace = JSON.parse(Buffer.from((await page.tracing.stop())!).toString('utf8')) as {
    traceEvents: {
      name: string;
      ph: string;
      // The fields of Chromium's trace events that are counted; each may be missing.
      args?: { elementCount?: unknown; endData?: { elementCount?: unknown }; beginData?: { dirtyObjects?: unknown; totalObjects?: unknown } };
    }[];
  };
  const result: BrowserWork = { styledElements: 0, laidOutObjects: 0, totalObjects: 0 };
  for (const event of trace.traceEvents) {
    if ((event.name === 'UpdateLayoutTree' && event.ph === 'E') || (event.name === 'UpdateLayoutTree' && typeof event.args?.elementCount === 'number')) {
      result.styledElements += Number(event.args?.elementCount ?? event.args?.endData?.elementCount ?? 0);
    }
    const begin = event.args?.beginData;
    if (event.name === 'Layout' && begin) {
      result.laidOutObjects += Number(begin.dirtyObjects ?? 0);
      result.totalObjects = Math.max(result.totalObjects, Number(begin.totalObjects ?? 0));
    }
  }
  return result;
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

const PAGES = [
  { id: 'fields', name: `${FIELDS} fields`, html: page(false) },
  { id: 'summary', name: `${FIELDS} fields, error summary showing ${SUMMARY_ERRORS} errors`, html: page(true) },
  { id: 'native', name: `${FIELDS} fields as server-rendered markup, no Cydran script (yardstick)`, html: nativePage() },
];

const server = await serveFiles(
  new Map([
    ['/cydran.js', { type: 'text/javascript', body: (await cydranBundle()).code }],
    ['/cydran.css', { type: 'text/css', body: await cydranStylesheet() }],
    ...PAGES.map((p): [string, { type: string; body: string }] => [`/${p.id}.html`, { type: 'text/html; charset=utf-8', body: p.html }]),
  ]),
);
const browser = await launchChromium();
const browserVersion = await browser.version();
const results: Record<string, Switch[]> = {};
const work: Record<string, BrowserWork> = {};
try {
  for (const p of PAGES) {
    const context = await browser.createBrowserContext();
    const tab = await context.newPage();
    await tab.setViewport({ width: 1280, height: 900 });
    const problems: string[] = [];
    tab.on('pageerror', (error) => problems.push(String(error)));
    const cdp = await tab.createCDPSession();
    await cdp.send('Performance.enable');
    await tab.goto(`${server.origin}/${p.id}.html`, { waitUntil: 'load' });
    await ready(tab, p.id === 'summary');
    const langs = ['cy', 'en'];
    for (let i = 0; i < WARM_UP; i++) await switchOnce(tab, cdp, langs[i % 2]!);
    if (PROFILE) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    const switches: Switch[] = [];
    for (let i = WARM_UP; i < WARM_UP + SWITCHES; i++) switches.push(await switchOnce(tab, cdp, langs[i % 2]!));
    work[p.id] = await tracedWork(tab, cdp, langs[(WARM_UP + SWITCHES) % 2]!);
    if (PROFILE) {
      const { profile } = await cdp.send('Profiler.stop');
      await writeFile(join(resultsDir, `language-switch-${p.id}.cpuprofile`), JSON.stringify(profile));
    }
    if (problems.length) throw new Error(`${p.id}: ${problems.join('; ')}`);
    results[p.id] = switches;
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
const rows = PAGES.map((p) => {
  const switches = results[p.id]!;
  const of = (key: 'updateMs' | 'frameMs' | 'scriptMs' | 'layoutAndStyleMs') => switches.map((s) => s[key]);
  return {
    id: p.id,
    page: p.name,
    updateMs: median(of('updateMs')),
    updateQuartilesMs: [0.25, 0.75].map((q) => quantile(of('updateMs'), q)),
    frameMs: median(of('frameMs')),
    frameQuartilesMs: [0.25, 0.75].map((q) => quantile(of('frameMs'), q)),
    scriptMs: median(of('scriptMs')),
    layoutAndStyleMs: median(of('layoutAndStyleMs')),
    work: work[p.id],
  };
});
console.log(`Language switch, ${SWITCHES} switches per page (en ↔ cy on <html>), medians`);
for (const row of rows) {
  console.log(
    `  ${row.page}: updated ${ms(row.updateMs)}, next frame ${ms(row.frameMs)} (script ${ms(row.scriptMs)}, style and layout ${ms(row.layoutAndStyleMs)})`,
  );
  const w = row.work!;
  console.log(`    browser work in one switch: ${w.styledElements} elements restyled, ${w.laidOutObjects} of ${w.totalObjects} layout objects laid out`);
}
await writeResult('language-switch', { browser: browserVersion, fields: FIELDS, switches: SWITCHES, summaryErrors: SUMMARY_ERRORS, pages: rows, raw: results });

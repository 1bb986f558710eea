// Absurdly big developer input (issue 12): an `options` attribute of 1 MB
// (about 14,000 options) on <cyd-select> and <cyd-radios>. Timed in Debian's
// Chromium with the production bundle, from setting the attribute on a new
// element in the page to (a) its update complete and (b) the next frame,
// laid out; and through the server renderer (renderElement) in Node. Medians
// of RUNS runs, each on a new element. Both lists are past the bounds the
// components set (CHOICE_OPTIONS_LIMIT, SELECT_OPTIONS_LIMIT): what is timed
// is reading the whole attribute and rendering the bounded part.
// Run: flock /tmp/cydran-browser.lock node --conditions=source --import tsx bench/big-inputs.ts
// Writes bench/results/big-inputs.json.
import { renderElement } from '@cydran/components/server';
import { CHOICE_OPTIONS_LIMIT } from '../packages/components/src/choice-group/choice-group.template.js';
import { SELECT_OPTIONS_LIMIT } from '../packages/components/src/select/select.template.js';
import { launchChromium, serveFiles } from './lib/browser.js';
import { cydranBundle, cydranStylesheet } from './lib/cydran-assets.js';
import { median } from './lib/stats.js';
import { writeResult } from './lib/results.js';

const BYTES = Number(process.env.BENCH_BYTES ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

/** Options for `tag` until their JSON is at least BYTES long. */
function bigOptions(tag: 'cyd-select' | 'cyd-radios'): { json: string; count: number } {
  const options: object[] = [];
  let length = 2;
  for (let i = 1; length < BYTES; i++) {
    const words = { en: `Option ${i}`, cy: `Opsiwn ${i}` };
    const option = tag === 'cyd-select' ? { value: `option-${i}`, text: words } : { value: `option-${i}`, label: words };
    options.push(option);
    length += JSON.stringify(option).length + 1;
  }
  return { json: JSON.stringify(options), count: options.length };
}

/**
 * Runs in the page, as plain JavaScript (tsx would wrap functions passed to
 * page.evaluate in a helper the page does not have): one element, its
 * options set as an attribute, timed to its update and to the next frame.
 */
const PAGE_SCRIPT = `
window.benchBig = async (tag, options, controlTag) => {
  await customElements.whenDefined(tag);
  const element = document.createElement(tag);
  element.setAttribute('name', 'big');
  element.setAttribute('label', 'Choose one');
  element.setAttribute('label-cy', 'Dewiswch un');
  const start = performance.now();
  element.setAttribute('options', options);
  document.querySelector('main').append(element);
  await element.updateComplete;
  const updated = performance.now();
  const frame = await new Promise((resolve) => requestAnimationFrame(() => { void document.body.offsetHeight; resolve(performance.now()); }));
  const controls = element.querySelectorAll(controlTag).length;
  element.remove();
  return { updateMs: updated - start, frameMs: frame - start, controls };
};
`;

const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Big inputs</title><link rel="stylesheet" href="/cydran.css"></head>
<body><main id="main-content"></main><script type="module" src="/cydran.js"></script><script>${PAGE_SCRIPT}</script></body></html>`;

const [bundle, stylesheet] = await Promise.all([cydranBundle(), cydranStylesheet()]);
const server = await serveFiles(
  new Map([
    ['/', { type: 'text/html; charset=utf-8', body: html }],
    ['/cydran.js', { type: 'text/javascript', body: bundle.code }],
    ['/cydran.css', { type: 'text/css', body: stylesheet }],
  ]),
);
const browser = await launchChromium();

interface Case {
  tag: 'cyd-select' | 'cyd-radios';
  control: string;
  limit: number;
}
const CASES: Case[] = [
  { tag: 'cyd-select', control: 'option', limit: SELECT_OPTIONS_LIMIT },
  { tag: 'cyd-radios', control: 'input', limit: CHOICE_OPTIONS_LIMIT },
];

const results: Record<string, unknown>[] = [];
try {
  const page = await browser.newPage();
  page.setDefaultTimeout(300_000);
  await page.goto(`${server.origin}/`, { waitUntil: 'load' });
  for (const { tag, control, limit } of CASES) {
    const { json, count } = bigOptions(tag);
    const shown = Math.min(count, limit);
    const browserRuns: { updateMs: number; frameMs: number; controls: number }[] = [];
    const serverRuns: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const timing = (await page.evaluate(
        `window.benchBig(${JSON.stringify(tag)}, ${JSON.stringify(json)}, ${JSON.stringify(control)})`,
      )) as (typeof browserRuns)[number];
      if (timing.controls !== shown) throw new Error(`<${tag}> rendered ${timing.controls} ${control} elements for ${count} options (bound ${limit})`);
      browserRuns.push(timing);
      const started = performance.now();
      const rendered = renderElement(tag, { name: 'big', label: 'Choose one', 'label-cy': 'Dewiswch un', options: json }, { onProblem: () => {} });
      serverRuns.push(performance.now() - started);
      if (rendered.length < (json.length * shown) / count / 2) throw new Error(`renderElement(<${tag}>) wrote only ${rendered.length} characters`);
    }
    const result = {
      tag,
      bytes: json.length,
      options: count,
      rendered: shown,
      browserUpdateMs: Math.round(median(browserRuns.map((r) => r.updateMs))),
      browserFrameMs: Math.round(median(browserRuns.map((r) => r.frameMs))),
      serverRenderMs: Math.round(median(serverRuns)),
    };
    results.push(result);
    console.log(
      `<${tag}> options of ${(result.bytes / 1e6).toFixed(2)} MB (${count.toLocaleString('en-GB')} options, ${shown.toLocaleString('en-GB')} rendered): browser ${result.browserUpdateMs} ms to update, ${result.browserFrameMs} ms to the next frame; server ${result.serverRenderMs} ms (medians of ${RUNS})`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
await writeResult('big-inputs', { runs: RUNS, results });

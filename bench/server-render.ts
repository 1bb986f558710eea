// CPU time for Cydran's server renderer to expand a 50-question form page
// (the page-load benchmark's form, first 50 questions, with its error
// summary, skip link, language toggle and button) with `expandHTML`, in
// English and in Welsh: median per page after warm-up.
// Run: node --conditions=source --import tsx bench/server-render.ts
// Writes bench/results/server-render.json.
import { expandHTML } from '@cydran/components/server';
import { formFields } from './lib/form-fields.js';
import { cydranPage } from './lib/pages.js';
import { writeResult } from './lib/results.js';
import { median } from './lib/stats.js';

const FIELDS = 50;
const WARM_UP = 100;
const PAGES = 200;

const strict = {
  onProblem: (problem: string) => {
    throw new Error(`The benchmark page misuses a component: ${problem}`);
  },
};

/** CPU milliseconds (user + system) this process spent running `work`. */
function cpuMs(work: () => void): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const results = [];
for (const lang of ['en', 'cy'] as const) {
  // The same page as the page-load benchmark's, which checks in Chromium that its expansion is the whole form.
  const source = cydranPage({ fields: formFields(FIELDS), lang, script: true });
  for (let i = 0; i < WARM_UP; i++) expandHTML(source, strict);
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let i = 0; i < PAGES; i++) {
    const start = performance.now();
    cpu.push(cpuMs(() => expandHTML(source, strict)));
    wall.push(performance.now() - start);
  }
  const row = { lang, fields: FIELDS, cpuMsPerPage: median(cpu), wallMsPerPage: median(wall), pagesPerSecond: Math.round(1000 / median(wall)) };
  results.push(row);
  console.log(
    `expandHTML, ${FIELDS}-question page, ${lang}: ${row.cpuMsPerPage.toFixed(2)} ms CPU per page (median of ${PAGES}), ${row.pagesPerSecond} pages/s`,
  );
}

await writeResult('server-render', { warmUp: WARM_UP, pages: PAGES, results });

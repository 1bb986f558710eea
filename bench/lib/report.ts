/**
 * The one table `npm run bench` ends with: Cydran beside GOV.UK Frontend and
 * GCDS, read from bench/results/*.json, with the goals Cydran is held to.
 * Printed as a Markdown table so a run can go straight into docs/performance.md.
 */
import { readResult, writeResult } from './results.js';

export interface PageRow {
  id: string;
  readyMs: number;
  readyRatio: number;
  mainThreadMs: number;
  mainThreadRatio: number;
  heapBytes: number;
  scriptGzipBytes: number;
}
interface PageLoad {
  rounds: number;
  pages: PageRow[];
}
interface Sizes {
  bundles: { name: string; gzip: number }[];
}
interface PeerSizes {
  sizes: { library: string; kind: 'JS' | 'CSS'; gzip: number }[];
}
interface ServerRender {
  results: { lang: string; cpuMsPerPage: number }[];
}
interface Validation {
  results: { submission: string; locale: string; validationsPerSecond: number; validationsPerCpuSecond: number }[];
}

/** One row: a measure, each library's figure, and Cydran's goal with whether the figure meets it. */
export interface Row {
  measure: string;
  cydran: string;
  govuk: string;
  gcds: string;
  goal: string;
  met: boolean | null;
}

const NONE = '—';
const ms = (n: number) => `${n.toFixed(1)} ms`;
const times = (n: number) => `${n.toFixed(2)}×`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/** The result files the table is made from; any may be missing (that benchmark did not run). */
export interface Results {
  pageLoad?: PageLoad;
  size?: Sizes;
  peers?: PeerSizes;
  server?: ServerRender;
  validation?: Validation;
}

export async function readResults(): Promise<Results> {
  return {
    pageLoad: await readResult<PageLoad>('page-load'),
    size: await readResult<Sizes>('size'),
    peers: await readResult<PeerSizes>('peer-sizes'),
    server: await readResult<ServerRender>('server-render'),
    validation: await readResult<Validation>('validation'),
  };
}

export function summaryRows({ pageLoad, size, peers, server, validation }: Results): Row[] {
  const rows: Row[] = [];

  const page = (id: string) => pageLoad?.pages.find((p) => p.id === id);
  const withRatio = (id: string, value: 'ready' | 'mainThread') => {
    const p = page(id);
    if (!p) return NONE;
    return value === 'ready' ? `${ms(p.readyMs)} (${times(p.readyRatio)})` : `${ms(p.mainThreadMs)} (${times(p.mainThreadRatio)})`;
  };
  const plain = (id: string, value: 'readyMs' | 'mainThreadMs') => (page(id) ? ms(page(id)![value]) : NONE);
  const ratioMet = (id: string, key: 'readyRatio' | 'mainThreadRatio', limit: number) => (page(id) ? page(id)![key] <= limit : null);

  rows.push({
    measure: 'ready, plain HTML (no script)',
    cydran: plain('cydran-plain', 'readyMs'),
    govuk: plain('govuk-plain', 'readyMs'),
    gcds: plain('gcds-plain', 'readyMs'),
    goal: NONE,
    met: null,
  });
  rows.push({
    measure: 'ready, server HTML + script (× plain)',
    cydran: withRatio('cydran-upgrade', 'ready'),
    govuk: withRatio('govuk-js', 'ready'),
    gcds: NONE,
    goal: '≤ 1.3×',
    met: ratioMet('cydran-upgrade', 'readyRatio', 1.3),
  });
  rows.push({
    measure: 'ready, Welsh server HTML + script (× Welsh plain)',
    cydran: withRatio('cydran-upgrade-cy', 'ready'),
    govuk: NONE,
    gcds: NONE,
    goal: '≤ 1.3×',
    met: ratioMet('cydran-upgrade-cy', 'readyRatio', 1.3),
  });
  rows.push({
    measure: 'ready, client render (× plain)',
    cydran: withRatio('cydran-client', 'ready'),
    govuk: NONE,
    gcds: withRatio('gcds-js', 'ready'),
    goal: '≤ 1.5×',
    met: ratioMet('cydran-client', 'readyRatio', 1.5),
  });
  rows.push({
    measure: 'main thread, plain HTML',
    cydran: plain('cydran-plain', 'mainThreadMs'),
    govuk: plain('govuk-plain', 'mainThreadMs'),
    gcds: plain('gcds-plain', 'mainThreadMs'),
    goal: NONE,
    met: null,
  });
  rows.push({
    measure: 'main thread, server HTML + script (× plain)',
    cydran: withRatio('cydran-upgrade', 'mainThread'),
    govuk: withRatio('govuk-js', 'mainThread'),
    gcds: NONE,
    goal: '≤ 1.3×',
    met: ratioMet('cydran-upgrade', 'mainThreadRatio', 1.3),
  });
  rows.push({
    measure: 'main thread, client render (× plain)',
    cydran: withRatio('cydran-client', 'mainThread'),
    govuk: NONE,
    gcds: withRatio('gcds-js', 'mainThread'),
    goal: '≤ 1.5×',
    met: ratioMet('cydran-client', 'mainThreadRatio', 1.5),
  });

  const govukHeap = page('govuk-js')?.heapBytes;
  const heap = (id: string) => {
    const p = page(id);
    return p ? `${mb(p.heapBytes)}${govukHeap ? ` (${times(p.heapBytes / govukHeap)})` : ''}` : NONE;
  };
  const heapMet = (id: string) => (page(id) && govukHeap ? page(id)!.heapBytes <= 1.5 * govukHeap : null);
  rows.push({
    measure: 'JS heap after upgrade (× GOV.UK)',
    cydran: heap('cydran-upgrade'),
    govuk: heap('govuk-js'),
    gcds: NONE,
    goal: '≤ 1.5× GOV.UK',
    met: heapMet('cydran-upgrade'),
  });
  rows.push({
    measure: 'JS heap after client render (× GOV.UK)',
    cydran: heap('cydran-client'),
    govuk: NONE,
    gcds: heap('gcds-js'),
    goal: '≤ 1.5× GOV.UK',
    met: heapMet('cydran-client'),
  });
  const loaded = (id: string) => (page(id) ? kb(page(id)!.scriptGzipBytes) : NONE);
  rows.push({
    measure: 'JS the form page loaded (gzip)',
    cydran: loaded('cydran-upgrade'),
    govuk: loaded('govuk-js'),
    gcds: loaded('gcds-js'),
    goal: NONE,
    met: null,
  });

  const bundle = (prefix: string) => size?.bundles.find((b) => b.name.startsWith(prefix))?.gzip;
  const peer = (library: string, kind: 'JS' | 'CSS') => peers?.sizes.find((s) => s.library === library && s.kind === kind)?.gzip;
  const shown = (bytes: number | undefined) => (bytes === undefined ? NONE : kb(bytes));
  const under = (bytes: number | undefined, limitKb: number) => (bytes === undefined ? null : bytes <= limitKb * 1024);
  const formPage = bundle('form page');
  const whole = bundle('cydran.js');
  // GOV.UK Frontend and GCDS ship one whole script each; a form page loads all of it.
  const peerJs = { govuk: shown(peer('GOV.UK Frontend', 'JS')), gcds: shown(peer('GCDS', 'JS')) };
  rows.push({ measure: 'form page JS, Lit included (gzip)', cydran: shown(formPage), ...peerJs, goal: '≤ 20 KB', met: under(formPage, 20) });
  rows.push({ measure: 'whole JS bundle (gzip)', cydran: shown(whole), ...peerJs, goal: '≤ 25 KB', met: under(whole, 25) });
  rows.push({
    measure: 'stylesheet (gzip)',
    cydran: shown(bundle('cydran.css')),
    govuk: shown(peer('GOV.UK Frontend', 'CSS')),
    gcds: shown(peer('GCDS', 'CSS')),
    goal: NONE,
    met: null,
  });

  for (const result of server?.results ?? []) {
    rows.push({
      measure: `server render, 50-question page, ${result.lang} (CPU per page)`,
      cydran: ms(result.cpuMsPerPage),
      govuk: NONE,
      gcds: NONE,
      goal: '≤ 5 ms',
      met: result.cpuMsPerPage <= 5,
    });
  }
  for (const result of validation?.results ?? []) {
    rows.push({
      measure: `validation, ${result.submission} submission with phone, ${result.locale}`,
      cydran: `${result.validationsPerSecond.toLocaleString('en-GB')}/s (${result.validationsPerCpuSecond.toLocaleString('en-GB')}/CPU s)`,
      govuk: NONE,
      gcds: NONE,
      goal: '≥ 20,000/s',
      met: result.validationsPerSecond >= 20_000,
    });
  }
  return rows;
}

export function markdownTable(rows: Row[]): string {
  const header = ['measure', 'Cydran', 'GOV.UK Frontend', 'GCDS', 'Cydran goal', 'met'];
  const cells = rows.map((r) => [r.measure, r.cydran, r.govuk, r.gcds, r.goal, r.met === null ? '' : r.met ? 'yes' : 'no']);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (values: string[]) => `| ${values.map((v, i) => v.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

/** Prints the table and writes it, with its rows, to bench/results/summary.json. */
export async function printSummary(): Promise<void> {
  const rows = summaryRows(await readResults());
  const table = markdownTable(rows);
  console.log(table);
  await writeResult('summary', { rows, table });
}

// The summary table judges Cydran against its goals: these check the
// judgement at and either side of each limit, and that a benchmark that did
// not run shows as — rather than as a pass or a fail.
import { deepStrictEqual, strictEqual } from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type PageRow, type Results, type Row, markdownTable, summaryRows } from './report.js';
import { median, quantile } from './stats.js';

const page = (id: string, readyMs: number, readyRatio: number, heapBytes = 1_000_000): PageRow => ({
  id,
  readyMs,
  readyRatio,
  mainThreadMs: readyMs,
  mainThreadRatio: readyRatio,
  heapBytes,
  scriptGzipBytes: 0,
});

const row = (rows: Row[], measure: string): Row => {
  const found = rows.find((r) => r.measure.startsWith(measure));
  if (!found) throw new Error(`no row "${measure}"`);
  return found;
};

describe('summary table', () => {
  it('meets a ratio goal at the limit and misses it just above', () => {
    const results: Results = {
      pageLoad: { rounds: 1, pages: [page('cydran-plain', 100, 1), page('cydran-upgrade', 130, 1.3), page('cydran-client', 151, 1.51)] },
    };
    const rows = summaryRows(results);
    strictEqual(row(rows, 'ready, server HTML + script').met, true);
    strictEqual(row(rows, 'ready, server HTML + script').cydran, '130.0 ms (1.30×)');
    strictEqual(row(rows, 'ready, client render').met, false);
  });

  it('judges the heap against GOV.UK Frontend’s, not against Cydran’s plain page', () => {
    const mb = 1024 * 1024;
    const results: Results = {
      pageLoad: { rounds: 1, pages: [page('govuk-js', 100, 1, 1 * mb), page('cydran-upgrade', 100, 1, 1.5 * mb), page('cydran-client', 100, 1, 1.6 * mb)] },
    };
    const rows = summaryRows(results);
    strictEqual(row(rows, 'JS heap after upgrade').met, true);
    strictEqual(row(rows, 'JS heap after upgrade').cydran, '1.50 MB (1.50×)');
    strictEqual(row(rows, 'JS heap after client render').met, false);
  });

  it('judges sizes in KB of 1024 bytes, and server and validation figures', () => {
    const results: Results = {
      size: {
        bundles: [
          { name: 'form page (8 components, Lit included)', gzip: 20 * 1024 },
          { name: 'cydran.js (every element, Lit included)', gzip: 25 * 1024 + 1 },
        ],
      },
      peers: {
        sizes: [
          { library: 'GOV.UK Frontend', kind: 'JS', gzip: 11 * 1024 },
          { library: 'GCDS', kind: 'CSS', gzip: 7 * 1024 },
        ],
      },
      server: { results: [{ lang: 'cy', cpuMsPerPage: 5.01 }] },
      validation: { results: [{ submission: 'valid', locale: 'cy', validationsPerSecond: 20_000, validationsPerCpuSecond: 21_000 }] },
    };
    const rows = summaryRows(results);
    strictEqual(row(rows, 'form page JS').met, true);
    strictEqual(row(rows, 'form page JS').govuk, '11.0 KB');
    strictEqual(row(rows, 'whole JS bundle').met, false);
    strictEqual(row(rows, 'stylesheet').gcds, '7.0 KB');
    strictEqual(row(rows, 'server render, 50-question page, cy').met, false);
    strictEqual(row(rows, 'validation, valid submission with phone, cy').met, true);
  });

  it('shows — and no verdict for a benchmark that did not run', () => {
    const rows = summaryRows({});
    for (const r of rows) {
      deepStrictEqual([r.cydran, r.govuk, r.gcds, r.met], ['—', '—', '—', null], r.measure);
    }
    const table = markdownTable(rows).split('\n');
    strictEqual(table[0], table[0]!.trimEnd());
    strictEqual(new Set(table.map((line) => line.length)).size, 1, 'every line of the table is as wide as the header');
  });
});

describe('median and quantile', () => {
  it('leave missing measurements out', () => {
    strictEqual(median([3, Number.NaN, 1, 2]), 2);
    strictEqual(median([4, 1, 3, 2]), 2.5);
    strictEqual(Number.isNaN(median([Number.NaN])), true);
    strictEqual(quantile([1, 2, 3, 4, 5], 0.25), 2);
    strictEqual(quantile([1, 2, 3, 4, 5], 0.75), 4);
  });
});

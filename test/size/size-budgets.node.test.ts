// The size budgets of bench/size-budgets.json: each bundle is built in memory
// with the build's own rollup settings (rollup.config.js: production
// conditions, DEV_MODE false, terser) and gzipped; one over its budget fails,
// and the figures are printed either way so a smaller bundle can tighten it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { cydranStylesheet } from '../../bench/lib/cydran-assets.js';
import { type RollupOptions, rollup } from 'rollup';
import { VIRTUAL_ENTRY, browserBundleConfig, cydranBundleConfig, virtualEntry } from '../../rollup.config.js';

interface Budget {
  name: string;
  description: string;
  /** Package entries (`@cydran/components/<entry>`) a page imports. */
  entries?: string[];
  /** One of the built bundles. */
  bundle?: 'cydran.js';
  /** The built stylesheet. */
  stylesheet?: 'cydran.css';
  gzipKB: number;
  goalKB?: number;
}

const { budgets } = JSON.parse(readFileSync(new URL('../../bench/size-budgets.json', import.meta.url), 'utf8')) as { budgets: Budget[] };

const gzipKB = (bytes: Uint8Array | string) => gzipSync(bytes, { level: 9 }).length / 1024;

async function bundleGzipKB(config: RollupOptions): Promise<number> {
  const bundle = await rollup(config);
  try {
    const { output } = await bundle.generate({ format: 'es', sourcemap: false });
    return gzipKB(output.map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join(''));
  } finally {
    await bundle.close();
  }
}

async function stylesheetGzipKB(): Promise<number> {
  return gzipKB(await cydranStylesheet());
}

function measure(budget: Budget): Promise<number> {
  if (budget.entries) {
    const code = budget.entries.map((entry) => `import '@cydran/components/${entry}';`).join('\n');
    return bundleGzipKB(browserBundleConfig({ input: VIRTUAL_ENTRY, plugins: [virtualEntry(code)] }));
  }
  if (budget.bundle === 'cydran.js') return bundleGzipKB(cydranBundleConfig());
  if (budget.stylesheet === 'cydran.css') return stylesheetGzipKB();
  throw new Error(`bench/size-budgets.json: "${budget.name}" names no entries, bundle or stylesheet`);
}

describe('size budgets (bench/size-budgets.json)', () => {
  for (const budget of budgets) {
    it(`${budget.name} is within ${budget.gzipKB} KB gzip`, async () => {
      const size = await measure(budget);
      const goal =
        budget.goalKB === undefined ? '' : `, goal ${budget.goalKB} KB${size > budget.goalKB ? ` (${(size - budget.goalKB).toFixed(2)} KB to go)` : ' (met)'}`;
      console.log(`${budget.name}: ${size.toFixed(2)} KB gzip, budget ${budget.gzipKB} KB${goal}`);
      assert.ok(size <= budget.gzipKB, `${budget.name} is ${size.toFixed(2)} KB gzip, over its budget of ${budget.gzipKB} KB`);
    });
  }
});

// Developer checks are in development builds only
// (docs/adr/0009-development-build-checks.md): the production bundles fix
// DEV_MODE to false so minifying drops every `if (DEV_MODE)` branch, the
// development bundle keeps them, and the per-module dist/ leaves the choice
// to the application's bundler through the `development` export condition.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type RollupOptions, rollup } from 'rollup';
import { DEV_MODE_MODULE, VIRTUAL_ENTRY, browserBundleConfig, modulesConfig, virtualEntry } from '../../rollup.config.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** A check as components write one: its message must reach development builds only. */
const CHECKED = `import { DEV_MODE } from ${JSON.stringify(DEV_MODE_MODULE)};
export function check(value) {
  if (DEV_MODE && value !== 'ok') console.error('[cydran] <cyd-example>: value="' + value + '" is not allowed. A developer check.');
  return value;
}`;

async function code(config: RollupOptions): Promise<string> {
  const bundle = await rollup(config);
  try {
    const { output } = await bundle.generate({ format: 'es' });
    return output.map((chunk) => (chunk.type === 'chunk' ? chunk.code : `${chunk.fileName}\n${String(chunk.source)}`)).join('\n');
  } finally {
    await bundle.close();
  }
}

describe('developer checks in development builds only', () => {
  it('leaves a check and its message out of a production bundle', async () => {
    const production = await code(browserBundleConfig({ input: VIRTUAL_ENTRY, plugins: [virtualEntry(CHECKED)] }));
    assert.ok(!production.includes('A developer check'), production);
    assert.ok(!production.includes('console.error'), production);
    assert.ok(production.includes('check'), 'the function itself stays');
  });

  it('keeps it in a development bundle', async () => {
    const development = await code(browserBundleConfig({ input: VIRTUAL_ENTRY, plugins: [virtualEntry(CHECKED)], development: true }));
    assert.ok(development.includes('A developer check'), development);
  });

  it('builds Lit in its own dev mode only for development', async () => {
    const entry = "import { LitElement } from 'lit'; export class X extends LitElement {}";
    const production = await code(browserBundleConfig({ input: VIRTUAL_ENTRY, plugins: [virtualEntry(entry)] }));
    const development = await code(browserBundleConfig({ input: VIRTUAL_ENTRY, plugins: [virtualEntry(entry)], development: true }));
    const warning = 'Lit is in dev mode';
    assert.ok(development.includes(warning) && !production.includes(warning));
  });

  it("makes the per-module dist/'s dev mode a choice of export condition", async () => {
    const modules = await code(modulesConfig('components'));
    assert.ok(modules.includes("export { DEV_MODE } from '@cydran/components/dev-mode';"), 'internal/dev-mode.js re-exports the conditional entry');
    assert.ok(modules.includes('internal/dev-mode.development.js\nexport const DEV_MODE = true;'));
    assert.ok(modules.includes('internal/dev-mode.production.js\nexport const DEV_MODE = false;'));
  });

  for (const [conditions, file] of [
    [['development'], 'dist/internal/dev-mode.development.js'],
    [[], 'dist/internal/dev-mode.production.js'],
    [['production'], 'dist/internal/dev-mode.production.js'],
    [['source'], 'src/internal/dev-mode.ts'],
  ] as const) {
    it(`resolves @cydran/components/dev-mode to ${file} with conditions [${conditions.join(', ')}]`, () => {
      const args = [
        ...conditions.map((c) => `--conditions=${c}`),
        '--input-type=module',
        '-e',
        "console.log(import.meta.resolve('@cydran/components/dev-mode'))",
      ];
      const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
      assert.equal(result.status, 0, result.stderr);
      // Through node_modules/@cydran/components, the workspace link to packages/components.
      assert.ok(result.stdout.trim().endsWith(`/components/${file}`), result.stdout);
    });
  }
});

/**
 * @lit-labs/ssr and parse5 are optional peer dependencies (ADR 0007): a
 * server that imports `@cydran/components/server` without them gets an error
 * saying what to install, not a module-not-found from deep inside.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

const root = fileURLToPath(new URL('../../', import.meta.url));
const hide = fileURLToPath(new URL('./without-packages.mjs', import.meta.url));

function importServer(hidden: string[]): { status: number | null; stdout: string; stderr: string } {
  const program = "const { renderElement } = await import('@cydran/components/server'); console.log(renderElement('cyd-skip-link', {}, { locale: 'cy' }));";
  return spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', '--import', hide, '--input-type=module', '--eval', program], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CYDRAN_HIDE_PACKAGES: hidden.join(',') },
  });
}

describe('@cydran/components/server without its optional dependencies', () => {
  for (const hidden of [['@lit-labs/ssr'], ['parse5'], ['@lit-labs/ssr', 'parse5']]) {
    it(`says to install @lit-labs/ssr and parse5 when ${hidden.join(' and ')} ${hidden.length > 1 ? 'are' : 'is'} missing`, () => {
      const result = importServer(hidden);
      assert.notEqual(result.status, 0);
      assert.match(
        result.stderr,
        /@cydran\/components\/server: install @lit-labs\/ssr and parse5 to use the server renderer \(npm install @lit-labs\/ssr parse5\)/,
      );
      assert.match(result.stderr, new RegExp(`${hidden[0]!.replace('/', '\\/')} is missing`));
    });
  }

  it('renders when they are installed (the check itself hides nothing else)', () => {
    const result = importServer([]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /Neidio i’r prif gynnwys/);
  });
});

// The promise of docs/adr/0006-bundle-and-schemas.md: the date input and the
// named schemas carry no zod, and only the phone entry carries
// libphonenumber. Checked on the module graph esbuild bundles, so an import
// added anywhere below these entries (here or in @cydran/data-model) fails it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const src = fileURLToPath(new URL('..', import.meta.url));

/** The npm packages an entry module reaches when bundled for a browser. */
async function packagesReachedFrom(entry: string): Promise<Set<string>> {
  const result = await build({
    entryPoints: [`${src}/${entry}`],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['source', 'browser', 'production'],
    logLevel: 'silent',
  });
  const inputs = Object.keys(result.metafile.inputs);
  return new Set(inputs.map((path) => path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1]).filter((name): name is string => !!name));
}

describe('what the cheap entries load', () => {
  for (const entry of ['date-input/define.ts', 'schema/define.ts', 'all.ts']) {
    it(`${entry} reaches neither zod nor libphonenumber-js`, async () => {
      const reached = await packagesReachedFrom(entry);
      assert.equal(reached.has('zod'), false, `${entry} loads zod`);
      assert.equal(reached.has('libphonenumber-js'), false, `${entry} loads libphonenumber-js`);
    });
  }

  it('schema/phone-define.ts brings libphonenumber-js but still no zod', async () => {
    const reached = await packagesReachedFrom('schema/phone-define.ts');
    assert.equal(reached.has('libphonenumber-js'), true);
    assert.equal(reached.has('zod'), false);
  });
});

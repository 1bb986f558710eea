// Gzip size of a browser page that imports only `postcode` and `validate`
// from @cydran/data-model, bundled and minified as an application would.
// Run: node --conditions=source --import tsx bench/data-model-size.ts
import { build } from 'esbuild';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = await mkdtemp(join(tmpdir(), 'cydran-data-model-size-'));
try {
  const entry = join(dir, 'page.ts');
  await writeFile(
    entry,
    `import { postcode, validate } from '@cydran/data-model';
const input = document.querySelector('input');
input?.addEventListener('change', () => {
  const result = validate(postcode, input.value, { locale: document.documentElement.lang === 'cy' ? 'cy' : 'en' });
  input.setCustomValidity(result.success ? '' : result.errors[0].message);
});
`,
  );
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['source'],
    nodePaths: [join(root, 'node_modules')],
    tsconfig: join(root, 'tsconfig.json'),
    write: false,
    metafile: true,
  });
  const code = result.outputFiles[0]!.contents;
  const gzip = gzipSync(code, { level: 9 });
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`data-model page (postcode + validate): ${kb(code.length)} minified, ${kb(gzip.length)} gzip`);
  const inputs = Object.entries(result.metafile.outputs)[0]![1].inputs;
  const byPackage = new Map<string, number>();
  for (const [path, { bytesInOutput }] of Object.entries(inputs)) {
    const name = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? path.match(/packages\/([^/]+)/)?.[1] ?? path;
    byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput);
  }
  for (const [name, bytes] of [...byPackage].sort((a, b) => b[1] - a[1])) console.log(`  ${name}: ${kb(bytes)} minified`);
} finally {
  await rm(dir, { recursive: true, force: true });
}

// Gzip size of a browser page that checks one postcode with
// @cydran/data-model, bundled and minified as an application would: once
// through the zod schema (`postcode` + `validate`) and once through the
// zod-free rule it wraps (`checkPostcode` + `messageFor`).
// Run: node --conditions=source --import tsx bench/data-model-size.ts
import { build } from 'esbuild';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const locale = `document.documentElement.lang === 'cy' ? 'cy' : 'en'`;

const PAGES: Record<string, string> = {
  'postcode + validate (zod schema)': `import { postcode, validate } from '@cydran/data-model';
const input = document.querySelector('input');
input?.addEventListener('change', () => {
  const result = validate(postcode, input.value, { locale: ${locale} });
  input.setCustomValidity(result.success ? '' : result.errors[0].message);
});
`,
  'checkPostcode + messageFor (no zod)': `import { checkPostcode, messageFor } from '@cydran/data-model';
const input = document.querySelector('input');
input?.addEventListener('change', () => {
  const result = checkPostcode(input.value);
  input.setCustomValidity(result.ok ? '' : messageFor(result.reason, result.params, ${locale}));
});
`,
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const dir = await mkdtemp(join(tmpdir(), 'cydran-data-model-size-'));
try {
  for (const [name, code] of Object.entries(PAGES)) {
    const entry = join(dir, 'page.ts');
    await writeFile(entry, code);
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
    const output = result.outputFiles[0]!.contents;
    console.log(`data-model page (${name}): ${kb(output.length)} minified, ${kb(gzipSync(output, { level: 9 }).length)} gzip`);
    const inputs = Object.entries(result.metafile.outputs)[0]![1].inputs;
    const byPackage = new Map<string, number>();
    for (const [path, { bytesInOutput }] of Object.entries(inputs)) {
      const owner = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? path.match(/packages\/([^/]+)/)?.[1] ?? 'page';
      byPackage.set(owner, (byPackage.get(owner) ?? 0) + bytesInOutput);
    }
    for (const [owner, bytes] of [...byPackage].sort((a, b) => b[1] - a[1])) console.log(`  ${owner}: ${kb(bytes)} minified`);
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}

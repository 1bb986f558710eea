// Gzip sizes of what a page downloads from @cydran/components: the
// all-in-one bundles and stylesheet, Lit on its own for scale, single
// components, the named schemas, and a typical form page's set of components. Every bundle is built in
// memory with the same rollup settings as `npm run build` (rollup.config.js:
// browser + production conditions, terser), so no dist/ is needed.
// Run: node --conditions=source --import tsx bench/components-size.ts
// Writes bench/results/size.json.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build as esbuild } from 'esbuild';
import { type RollupOptions, rollup } from 'rollup';
import {
  VIRTUAL_ENTRY,
  browserBundleConfig,
  cydranBundleConfig,
  cydranSchemasBundleConfig,
  packageDir,
  virtualEntry,
} from '../rollup.config.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const componentsSrc = join(packageDir('components'), 'src');

/** The components a typical form page uses, by entry module name. */
const FORM_PAGE = ['text-input', 'radios', 'checkboxes', 'date-input', 'error-summary', 'button', 'skip-link', 'language-toggle'];

interface Measurement {
  name: string;
  minified: number;
  gzip: number;
  heavy?: string[];
  note?: string;
}

interface BundleSize {
  minified: number;
  gzip: number;
  /** Heavy libraries that made it into the bundle (zod, libphonenumber-js). */
  heavy: string[];
}

const HEAVY_LIBRARIES = ['zod', 'libphonenumber-js'];

/** Minified and gzip bytes of a bundle, generated in memory (the config's output file is not written). */
async function bundleSize(config: RollupOptions): Promise<BundleSize> {
  const bundle = await rollup(config);
  try {
    const { output } = await bundle.generate({ format: 'es', sourcemap: false });
    const code = output.map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join('');
    const included = output.flatMap((chunk) =>
      chunk.type === 'chunk' ? Object.entries(chunk.modules).filter(([, m]) => m.renderedLength > 0).map(([id]) => id) : [],
    );
    const heavy = HEAVY_LIBRARIES.filter((name) => included.some((id) => id.includes(`/node_modules/${name}/`)));
    return { minified: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length, heavy };
  } finally {
    await bundle.close();
  }
}

function bundleOf(code: string): Promise<BundleSize> {
  return bundleSize(browserBundleConfig({ input: VIRTUAL_ENTRY, plugins: [virtualEntry(code)] }));
}

async function stylesheetSize(): Promise<{ minified: number; gzip: number }> {
  const result = await esbuild({
    entryPoints: [join(componentsSrc, 'cydran.css')],
    bundle: true,
    minify: true,
    write: false,
    outdir: 'out',
    logLevel: 'error',
  });
  const css = result.outputFiles[0]!.contents;
  return { minified: css.length, gzip: gzipSync(css, { level: 9 }).length };
}

const present = FORM_PAGE.filter((name) => existsSync(join(componentsSrc, `${name}.ts`)));
const missing = FORM_PAGE.filter((name) => !present.includes(name));
const pageImports = present.map((name) => `import '@cydran/components/${name}';`).join('\n');

const measurements: Measurement[] = [
  { name: 'cydran.js (every element, Lit included)', ...(await bundleSize(cydranBundleConfig())) },
  { name: 'cydran.css (tokens and every component)', ...(await stylesheetSize()) },
  { name: 'Lit alone (export * from lit)', ...(await bundleOf(`export * from 'lit';`)) },
  { name: 'cydran-schemas.js (cydran.js + ukPhoneNumber)', ...(await bundleSize(cydranSchemasBundleConfig())) },
  { name: 'text-input with Lit', ...(await bundleOf(`import '@cydran/components/text-input';`)) },
  {
    name: 'text-input + named schemas with Lit',
    ...(await bundleOf(`import '@cydran/components/text-input';\nimport '@cydran/components/schema';`)),
    note: 'data-schema="nhsNumber|nationalInsuranceNumber|postcode|emailAddress|securityCode", no zod',
  },
  { name: 'date-input with Lit', ...(await bundleOf(`import '@cydran/components/date-input';`)) },
  {
    name: `form page (${present.length} components, Lit included)`,
    ...(await bundleOf(pageImports)),
    note: `${present.join(', ')}${missing.length ? `; not written yet: ${missing.join(', ')}` : ''}`,
  },
];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const nameWidth = Math.max(...measurements.map((m) => m.name.length));
console.log(`${'bundle'.padEnd(nameWidth)}  ${'minified'.padStart(9)}  ${'gzip'.padStart(8)}  includes`);
for (const m of measurements) {
  console.log(`${m.name.padEnd(nameWidth)}  ${kb(m.minified).padStart(9)}  ${kb(m.gzip).padStart(8)}  ${m.heavy?.join(', ') ?? ''}`);
}
for (const m of measurements.filter((m) => m.note)) console.log(`${m.name}: ${m.note}`);

const resultsDir = join(root, 'bench', 'results');
await mkdir(resultsDir, { recursive: true });
await writeFile(
  join(resultsDir, 'size.json'),
  `${JSON.stringify({ measuredAt: new Date().toISOString(), unit: 'bytes', formPage: { components: present, missing }, bundles: measurements }, null, 2)}\n`,
);

// Gzip sizes of what a page downloads from @cydran/components: the
// all-in-one bundles and stylesheet, Lit on its own for scale, single
// components, the named schemas, and a typical form page's set of components. Every bundle is built in
// memory with the same rollup settings as `npm run build` (rollup.config.js:
// browser + production conditions, terser), so no dist/ is needed.
// Run: node --conditions=source --import tsx bench/components-size.ts
// Writes bench/results/size.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RollupOptions } from 'rollup';
import { cydranSchemasBundleConfig, packageDir } from '../rollup.config.js';
import { type BuiltBundle, buildBundle, bundleOf as buildBundleOf, cydranBundle, cydranStylesheet } from './lib/cydran-assets.js';
import { writeResult } from './lib/results.js';
import { gzipSize } from './lib/stats.js';

/** The package's entry points (`./text-input`…), which say what a page can import, wherever the modules live. */
const entryPoints: Record<string, unknown> = JSON.parse(readFileSync(join(packageDir('components'), 'package.json'), 'utf8')).exports;

/** The components a typical form page uses, by entry module name. */
const FORM_PAGE = ['text-input', 'radios', 'checkboxes', 'date-input', 'error-summary', 'button', 'skip-link', 'language-toggle'];
/** The page components a check-answers page uses around its content. */
const SERVICE_PAGE = ['header', 'footer', 'summary-list', 'panel'];

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

/** A built bundle's minified and gzip bytes, and which heavy libraries made it in. */
function sizeOf({ code, modules }: BuiltBundle): BundleSize {
  const heavy = HEAVY_LIBRARIES.filter((name) => modules.some((id) => id.includes(`/node_modules/${name}/`)));
  return { minified: Buffer.byteLength(code), gzip: gzipSize(code), heavy };
}

const bundleSize = async (config: RollupOptions) => sizeOf(await buildBundle(config));
const bundleOf = async (code: string) => sizeOf(await buildBundleOf(code));

async function stylesheetSize(): Promise<{ minified: number; gzip: number }> {
  const css = await cydranStylesheet();
  return { minified: css.length, gzip: gzipSize(css) };
}

const missing = [...FORM_PAGE, ...SERVICE_PAGE].filter((name) => !Object.hasOwn(entryPoints, `./${name}`));
// A smaller page is not a smaller form page: say which entry point went, rather than measure less.
if (missing.length) throw new Error(`@cydran/components has no entry point for ${missing.join(', ')}: the form and service pages cannot be measured.`);
const importsOf = (names: string[]) => names.map((name) => `import '@cydran/components/${name}';`).join('\n');

const measurements: Measurement[] = [
  { name: 'cydran.js (every element, Lit included)', ...sizeOf(await cydranBundle()) },
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
    name: `form page (${FORM_PAGE.length} components, Lit included)`,
    ...(await bundleOf(importsOf(FORM_PAGE))),
    note: FORM_PAGE.join(', '),
  },
  {
    name: `service page (${SERVICE_PAGE.join(' + ')}, Lit included)`,
    ...(await bundleOf(importsOf(SERVICE_PAGE))),
    note: SERVICE_PAGE.join(', '),
  },
];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const nameWidth = Math.max(...measurements.map((m) => m.name.length));
console.log(`${'bundle'.padEnd(nameWidth)}  ${'minified'.padStart(9)}  ${'gzip'.padStart(8)}  includes`);
for (const m of measurements) {
  console.log(`${m.name.padEnd(nameWidth)}  ${kb(m.minified).padStart(9)}  ${kb(m.gzip).padStart(8)}  ${m.heavy?.join(', ') ?? ''}`);
}
for (const m of measurements.filter((m) => m.note)) console.log(`${m.name}: ${m.note}`);

await writeResult('size', { unit: 'bytes', formPage: { components: FORM_PAGE }, servicePage: { components: SERVICE_PAGE }, bundles: measurements });

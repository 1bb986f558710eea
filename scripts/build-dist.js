#!/usr/bin/env node
// `npm run build`: every package's dist/ in one pass.
//   - JavaScript: rollup.config.js (one module per source module; dist/cydran.js, dist/cydran-schemas.js)
//   - declarations: tsc per package (packages/<p>/tsconfig.build.json)
//   - dist/cydran.css: src/cydran.css with its @imports inlined, minified
//   - data-model JSON Schemas, when the package provides a writer script
//   - last, dist/integrity.json: the Subresource Integrity hash (sha384) of
//     each no-build bundle and the stylesheet, also printed, for pages that
//     load them from a CDN with <script integrity="…">
//   - first, the generated component lists and `exports`/`sideEffects` of
//     @cydran/components (scripts/generate-components.js), so a new folder is built
// The steps are independent, so they run at once; output is a table, or the
// errors of the step that failed.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { build as esbuild } from 'esbuild';
import configs, { BUNDLE_FILES, MODULE_PACKAGES, packageDir } from '../rollup.config.js';
import { writeGenerated } from './generate-components.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const started = performance.now();

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code, output }));
  });
}

async function buildJavaScript() {
  await Promise.all(
    configs.map(async (config) => {
      const bundle = await rollup(config);
      await bundle.write(config.output);
      await bundle.close();
    }),
  );
}

async function buildDeclarations() {
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const results = await Promise.all(
    MODULE_PACKAGES.map(async (name) => ({
      name,
      ...(await run(process.execPath, [tsc, '-p', join('packages', name, 'tsconfig.build.json')])),
    })),
  );
  const failed = results.filter((r) => r.code !== 0);
  if (failed.length > 0) {
    throw new Error(failed.map((r) => `Declarations for @cydran/${r.name} failed:\n${r.output.trim()}`).join('\n\n'));
  }
}

async function buildStylesheet() {
  const components = packageDir('components');
  await esbuild({
    entryPoints: [join(components, 'src', 'cydran.css')],
    outfile: join(components, 'dist', 'cydran.css'),
    bundle: true,
    minify: true,
    logLevel: 'error',
  });
}

/** Another package owns the schema writer; the build calls it when it exists. */
async function writeJsonSchemas() {
  const script = join(packageDir('data-model'), 'scripts', 'write-json-schemas.ts');
  if (!existsSync(script)) return 'skipped: packages/data-model/scripts/write-json-schemas.ts does not exist yet';
  const { code, output } = await run(process.execPath, ['--conditions=source', '--import', 'tsx', script]);
  if (code !== 0) throw new Error(`JSON Schema export failed:\n${output.trim()}`);
  return '';
}

function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map((p) => join(dir, p))
    .filter((p) => statSync(p).isFile());
}

function sizes(files) {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const content = readFileSync(file);
    raw += content.length;
    gzip += gzipSync(content, { level: 9 }).length;
  }
  return { count: files.length, raw, gzip };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function summary() {
  const rows = [];
  for (const name of MODULE_PACKAGES) {
    const dist = join(packageDir(name), 'dist');
    const files = filesUnder(dist);
    const schemaDir = join(dist, 'json-schema') + '/';
    const isBundle = (f) => name === 'components' && BUNDLE_FILES.includes(relative(dist, f));
    const isModule = (f) => f.endsWith('.js') && !isBundle(f) && !f.startsWith(schemaDir);
    rows.push([`@cydran/${name} modules`, sizes(files.filter(isModule))]);
    rows.push([`@cydran/${name} .d.ts`, sizes(files.filter((f) => f.endsWith('.d.ts')))]);
    const schemas = files.filter((f) => f.startsWith(schemaDir));
    if (schemas.length) rows.push([`@cydran/${name} json-schema/`, sizes(schemas)]);
  }
  const componentsDist = join(packageDir('components'), 'dist');
  for (const file of [...BUNDLE_FILES, 'cydran.css']) {
    rows.push([relative(root, join(componentsDist, file)), sizes([join(componentsDist, file)])]);
  }
  const header = ['output', 'files', 'size', 'gzip'];
  const body = rows.map(([label, s]) => [label, String(s.count), kb(s.raw), kb(s.gzip)]);
  const widths = header.map((_, i) => Math.max(header[i].length, ...body.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

/** The files a page loads from the package with no build step, and so the ones given an integrity hash. */
const INTEGRITY_FILES = [...BUNDLE_FILES, 'cydran.css'];

/** `sha384-…` of a file, as a page's integrity attribute takes it. */
function integrityOf(path) {
  return `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;
}

function writeIntegrity() {
  const dist = join(packageDir('components'), 'dist');
  const hashes = Object.fromEntries(INTEGRITY_FILES.map((file) => [file, integrityOf(join(dist, file))]));
  writeFileSync(join(dist, 'integrity.json'), `${JSON.stringify(hashes, null, 2)}\n`);
  const width = Math.max(...INTEGRITY_FILES.map((file) => file.length));
  return [
    `Subresource Integrity (${relative(root, join(dist, 'integrity.json'))}):`,
    ...Object.entries(hashes).map(([file, hash]) => `  ${file.padEnd(width)}  ${hash}`),
  ].join('\n');
}

try {
  // Before rollup reads the sources: all.ts, index.ts and the lists must match the folders.
  writeGenerated();
  for (const name of MODULE_PACKAGES) rmSync(join(packageDir(name), 'dist'), { recursive: true, force: true });
  const [, , , schemaNote] = await Promise.all([buildJavaScript(), buildDeclarations(), buildStylesheet(), writeJsonSchemas()]);
  console.log(summary());
  if (schemaNote) console.log(`JSON Schemas ${schemaNote}`);
  console.log(writeIntegrity());
  console.log(`Built in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

#!/usr/bin/env node
// `npm run build`: every package's dist/ in one pass.
//   - JavaScript: rollup.config.js (one module per source module; dist/cydran.js, dist/cydran-schemas.js)
//   - declarations: each package's tsconfig.build.json, all in one process (scripts/build-declarations.js)
//   - dist/cydran.css: src/cydran.css with its @imports inlined, minified
//   - data-model JSON Schemas, when the package provides a writer script
//   - last, dist/integrity.json: the Subresource Integrity hash (sha384) of
//     each no-build bundle and the stylesheet, also printed, for pages that
//     load them from a CDN with <script integrity="…">
//   - first, the generated component lists and `exports`/`sideEffects` of
//     @cydran/components (scripts/generate-components.js), so a new folder is built
// The steps are independent, so they run at once; output is a table, or the
// errors of the step that failed.
//
// Incremental: a step whose inputs have not changed since the last build is
// skipped (scripts/build-cache.js), and tsc keeps its incremental state, so a
// one-file change rebuilds in seconds. `npm run build -- --clean` empties
// every dist/ and the build's cache first, as a clean clone would.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { build as esbuild } from 'esbuild';
import configs, { BUNDLE_FILES, MODULE_PACKAGES, packageDir, shippedSources } from '../rollup.config.js';
import { writeGenerated } from './generate-components.js';
import { BuildCache, cacheDir, configurationDigest } from './build-cache.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const started = performance.now();
const clean = process.argv.includes('--clean');

/** The files that decide what every step does: when one changes, everything is rebuilt. */
const CONFIGURATION_FILES = [
  fileURLToPath(import.meta.url),
  join(root, 'scripts', 'build-cache.js'),
  join(root, 'scripts', 'build-declarations.js'),
  join(root, 'rollup.config.js'),
  join(root, 'tsconfig.json'),
  join(root, 'package-lock.json'),
  ...MODULE_PACKAGES.flatMap((name) => [join(packageDir(name), 'tsconfig.build.json'), join(packageDir(name), 'package.json')]),
];

/** Made after the generated files are written: they include @cydran/components' package.json. */
let cache;
const tsBuildInfo = (name) => join(cacheDir(root), `declarations-${name}.tsbuildinfo`);

/** Which steps ran and which were up to date, for the last line. */
const ran = [];
const skipped = [];

/**
 * Runs `build` unless the step is up to date; `build` returns the files it
 * read and wrote.
 * @param {string} name
 * @param {string} key what the step is asked to do (its entry points…): a different key runs it again
 * @param {() => Promise<{ inputs: Iterable<string>, outputs: Iterable<string> }>} build
 */
async function step(name, key, build) {
  if (cache.isUpToDate(name, key)) {
    skipped.push(name);
    return;
  }
  const stepStarted = performance.now();
  const files = await build();
  cache.record(name, key, files);
  ran.push(`${name} ${((performance.now() - stepStarted) / 1000).toFixed(1)} s`);
}

/**
 * A dist/ the cache has no record of may hold anything (an older build, a
 * build from before the cache, files copied by hand): it is emptied, and the
 * package's steps forgotten, so what is built next is all that is there.
 */
function emptyUnknownDist(name) {
  const known = cache.has(`modules:${name}`) && existsSync(join(packageDir(name), 'dist'));
  if (known && !clean) return;
  rmSync(join(packageDir(name), 'dist'), { recursive: true, force: true });
  rmSync(tsBuildInfo(name), { force: true });
  for (const stepName of Object.keys(cache.steps)) if (stepName.split(':')[1] === name) cache.forget(stepName);
}

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** Real files among a bundle's watched ids (virtual modules start with \0). */
const realFiles = (ids) => ids.filter((id) => !id.startsWith('\0') && existsSync(id));

/** A configuration's step name: the package's modules, or the bundle's file. */
function rollupStepName(config) {
  if (config.output.dir) return `modules:${relative(join(root, 'packages'), dirname(config.output.dir))}`;
  return `bundle:components:${relative(join(packageDir('components'), 'dist'), config.output.file)}`;
}

async function buildJavaScript() {
  await Promise.all(
    configs.map((config) =>
      step(rollupStepName(config), JSON.stringify(config.input), async () => {
        const bundle = await rollup(config);
        const { output } = await bundle.write(config.output);
        const inputs = realFiles(bundle.watchFiles);
        await bundle.close();
        const dir = config.output.dir ?? dirname(config.output.file);
        const outputs = output.flatMap((file) => [
          join(dir, file.fileName),
          ...(file.type === 'chunk' && file.sourcemapFileName ? [join(dir, file.sourcemapFileName)] : []),
        ]);
        return { inputs, outputs };
      }),
    ),
  );
}

/** dist/x.d.ts and its map for each shipped src/x.ts: what a package's declarations step writes. */
function declarationFiles(name) {
  const dist = join(packageDir(name), 'dist');
  return shippedSources(name).flatMap((path) => {
    const base = join(dist, path.replace(/\.ts$/, ''));
    return [`${base}.d.ts`, `${base}.d.ts.map`];
  });
}

/**
 * Every package's declarations whose step is not up to date, in one
 * process (scripts/build-declarations.js: the packages share what they
 * parse), recorded one step a package.
 */
async function buildDeclarations() {
  const key = (name) => JSON.stringify(shippedSources(name));
  const stale = MODULE_PACKAGES.filter((name) => {
    if (!cache.isUpToDate(`declarations:${name}`, key(name))) return true;
    skipped.push(`declarations:${name}`);
    return false;
  });
  if (stale.length === 0) return;
  const stepStarted = performance.now();
  for (const name of stale) {
    // tsc's incremental state says what it emitted, not whether it is still there.
    if (!declarationFiles(name).every((path) => existsSync(path))) rmSync(tsBuildInfo(name), { force: true });
  }
  const { code, output } = await run(process.execPath, [join(root, 'scripts', 'build-declarations.js'), cacheDir(root), ...stale]);
  let results;
  try {
    results = JSON.parse(output);
  } catch {
    throw new Error(`Declarations failed (exit ${code}):\n${output.trim()}`);
  }
  const seconds = ((performance.now() - stepStarted) / 1000).toFixed(1);
  const failed = [];
  for (const name of stale) {
    const result = results[name];
    // A step that failed is not recorded, so the next build runs it again.
    if (!result?.ok) {
      failed.push(`Declarations for @cydran/${name} failed:\n${result?.errors ?? 'no answer'}`);
      continue;
    }
    const project = join(packageDir(name), 'tsconfig.build.json');
    cache.record(`declarations:${name}`, key(name), {
      inputs: [...result.inputs, project],
      outputs: declarationFiles(name).filter((path) => existsSync(path)),
    });
    ran.push(`declarations:${name} ${seconds} s`);
  }
  if (failed.length > 0) throw new Error(failed.join('\n\n'));
}

async function buildStylesheet() {
  const components = packageDir('components');
  const outfile = join(components, 'dist', 'cydran.css');
  await step('stylesheet:components', '', async () => {
    const { metafile } = await esbuild({
      entryPoints: [join(components, 'src', 'cydran.css')],
      outfile,
      bundle: true,
      minify: true,
      metafile: true,
      logLevel: 'error',
    });
    return { inputs: Object.keys(metafile.inputs).map((path) => resolve(root, path)), outputs: [outfile] };
  });
}

/** Another package owns the schema writer; the build calls it when it exists. */
async function writeJsonSchemas() {
  const script = join(packageDir('data-model'), 'scripts', 'write-json-schemas.ts');
  if (!existsSync(script)) return 'skipped: packages/data-model/scripts/write-json-schemas.ts does not exist yet';
  // The writer runs in its own process, which cannot say what it read: the
  // schemas are built from @cydran/data-model and @cydran/i18n with zod.
  const inputs = () => [script, ...filesUnder(join(packageDir('data-model'), 'src')), ...filesUnder(join(packageDir('i18n'), 'src'))];
  await step('json-schema:data-model', JSON.stringify(inputs().map((path) => relative(root, path))), async () => {
    const { code, output } = await run(process.execPath, ['--conditions=source', '--import', 'tsx', script]);
    if (code !== 0) throw new Error(`JSON Schema export failed:\n${output.trim()}`);
    return { inputs: inputs(), outputs: filesUnder(join(packageDir('data-model'), 'dist', 'json-schema')) };
  });
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
  if (clean) rmSync(cacheDir(root), { recursive: true, force: true });
  cache = new BuildCache(join(cacheDir(root), 'steps.json'), configurationDigest(CONFIGURATION_FILES));
  for (const name of MODULE_PACKAGES) emptyUnknownDist(name);
  try {
    const [, , , schemaNote] = await Promise.all([buildJavaScript(), buildDeclarations(), buildStylesheet(), writeJsonSchemas()]);
    console.log(summary());
    if (schemaNote) console.log(`JSON Schemas ${schemaNote}`);
    console.log(writeIntegrity());
  } finally {
    // What finished is kept even when another step failed, so the next build starts from there.
    cache.save();
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const upToDate = skipped.length ? `; ${skipped.length} up to date` : '';
  console.log(`Built in ${seconds} s: ${ran.length} of ${ran.length + skipped.length} steps ran${upToDate}${clean ? ' (clean build)' : ''}.`);
  if (ran.length) console.log(`  ${ran.join(', ')}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

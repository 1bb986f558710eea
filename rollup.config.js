// Builds every package's dist/ JavaScript. `npm run build` (scripts/build-dist.js)
// runs these configurations together with the declaration, stylesheet and
// JSON Schema steps; `rollup -c` on its own builds the JavaScript only.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

const root = fileURLToPath(new URL('.', import.meta.url));
const tsconfig = join(root, 'tsconfig.json');

/** Packages built module-for-module, in dependency order. */
export const MODULE_PACKAGES = ['i18n', 'tokens', 'data-model', 'components', 'forms', 'auth', 'react'];

/** Files under src/ that are not part of a package: tests, specs, stories, fixtures, benchmarks. */
const NOT_SHIPPED = /\.(test|spec|stories|fixture|bench)\.ts$|\.d\.ts$/;

export function packageDir(name) {
  return join(root, 'packages', name);
}

/** Every shipped source module of a package, relative paths under src/. */
export function shippedSources(name) {
  const src = join(packageDir(name), 'src');
  return readdirSync(src, { recursive: true })
    .map((path) => path.split('\\').join('/'))
    .filter((path) => path.endsWith('.ts') && !NOT_SHIPPED.test(path))
    .sort();
}

/** A bare specifier (lit, zod, @cydran/i18n, parse5…) rather than a path. */
const isBareImport = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

const quietWarnings = (warning, warn) => {
  // Lit's and TypeScript's `this` at module top level in ES modules is undefined by design.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  // A module of types only (messages/params.ts) becomes an empty chunk; its .d.ts is what matters.
  if (warning.code === 'EMPTY_BUNDLE') return;
  // Third-party code's own cycles and misplaced /*#__PURE__*/ comments are not ours to fix.
  const inDependency = (id) => id.includes('/node_modules/');
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every(inDependency)) return;
  if (warning.code === 'INVALID_ANNOTATION' && warning.id && inDependency(warning.id)) return;
  warn(warning);
};

const transpile = () => esbuild({ tsconfig, target: 'es2022', sourceMap: true, minify: false });

/** The module that says whether developer checks run (packages/components/src/internal/dev-mode.ts). */
export const DEV_MODE_MODULE = join(root, 'packages', 'components', 'src', 'internal', 'dev-mode.ts');

/** A dev-mode module with a fixed answer, for the bundles and the per-condition dist files. */
const devModeSource = (on) => `export const DEV_MODE = ${on};\n`;

/**
 * Fixes DEV_MODE for a bundle: `false` lets the minifier drop every
 * developer check (docs/adr/0009-development-build-checks.md).
 */
export function devMode(on) {
  return {
    name: 'cydran-dev-mode',
    load: (id) => (id === DEV_MODE_MODULE ? devModeSource(on) : null),
  };
}

/**
 * The per-module dist/ of @cydran/components leaves the choice to the
 * application's bundler: dist/internal/dev-mode.js re-exports
 * `@cydran/components/dev-mode`, whose export conditions pick
 * dev-mode.development.js (true) or dev-mode.production.js (false).
 */
function devModeByCondition() {
  return {
    name: 'cydran-dev-mode-by-condition',
    load: (id) => (id === DEV_MODE_MODULE ? "export { DEV_MODE } from '@cydran/components/dev-mode';\n" : null),
    generateBundle() {
      for (const [condition, on] of [
        ['development', true],
        ['production', false],
      ]) {
        this.emitFile({ type: 'asset', fileName: `internal/dev-mode.${condition}.js`, source: devModeSource(on) });
      }
    },
  };
}

/**
 * One ES module per source module, dependencies left as imports, so a
 * bundler can take exactly the components a page uses.
 */
export function modulesConfig(name) {
  const dir = packageDir(name);
  return {
    input: Object.fromEntries(shippedSources(name).map((path) => [path.replace(/\.ts$/, ''), join(dir, 'src', path)])),
    external: isBareImport,
    plugins: name === 'components' ? [devModeByCondition(), transpile()] : [transpile()],
    onwarn: quietWarnings,
    output: {
      dir: join(dir, 'dist'),
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: join(dir, 'src'),
      entryFileNames: '[name].js',
      sourcemap: true,
    },
  };
}

/**
 * Resolution for code that runs in a browser page: the workspace packages'
 * sources, browser builds, and Lit's production build (no dev-mode warnings),
 * or with `development`, Lit's development build.
 */
export function browserResolve({ development = false } = {}) {
  return nodeResolve({
    exportConditions: ['source', 'browser', development ? 'development' : 'production'],
    browser: true,
    extensions: ['.ts', '.js', '.mjs'],
  });
}

/**
 * A minified, self-contained browser bundle of `input` (a path or a virtual
 * entry): a production build unless `development` (Cydran's developer checks
 * and Lit's dev mode kept).
 */
export function browserBundleConfig({ input, file, plugins = [], development = false }) {
  return {
    input,
    plugins: [...plugins, devMode(development), browserResolve({ development }), transpile(), terser({ format: { comments: false }, compress: { passes: 2 } })],
    onwarn: quietWarnings,
    output: { file, format: 'es', sourcemap: file ? true : false },
  };
}

export const VIRTUAL_ENTRY = '\0virtual-entry';

/** An entry module made of `code`, so a bundle can start from a few imports. */
export function virtualEntry(code) {
  return {
    name: 'virtual-entry',
    resolveId: (id) => (id === VIRTUAL_ENTRY ? id : null),
    load: (id) => (id === VIRTUAL_ENTRY ? code : null),
  };
}

/**
 * `dist/cydran.js`: every element defined and the named schemas that need
 * no zod (`data-schema="nhsNumber"`…), Lit included, for a page with no build step.
 */
export function cydranBundleConfig() {
  const components = packageDir('components');
  return browserBundleConfig({ input: join(components, 'src', 'all.ts'), file: join(components, 'dist', 'cydran.js') });
}

/**
 * `dist/cydran.dev.js`: cydran.js with every developer check and Lit's dev
 * mode, for building a service; swap in cydran.js to go live.
 */
export function cydranDevBundleConfig() {
  const components = packageDir('components');
  return browserBundleConfig({
    input: join(components, 'src', 'all.ts'),
    file: join(components, 'dist', 'cydran.dev.js'),
    development: true,
  });
}

/**
 * `dist/cydran-schemas.js`: cydran.js plus `data-schema="ukPhoneNumber"`, for
 * a page to load instead of cydran.js. A separate add-on bundle could not
 * work: it would carry its own copy of the schema registry, which the
 * elements defined by cydran.js never read (docs/adr/0006-bundle-and-schemas.md).
 */
export function cydranSchemasBundleConfig() {
  const src = join(packageDir('components'), 'src');
  const entry = [join(src, 'all.ts'), join(src, 'schema', 'phone-define.ts')].map((path) => `import ${JSON.stringify(path)};`).join('\n');
  return browserBundleConfig({
    input: VIRTUAL_ENTRY,
    file: join(packageDir('components'), 'dist', 'cydran-schemas.js'),
    plugins: [virtualEntry(entry)],
  });
}

/** The self-registering bundles in `@cydran/components`' dist/, by file name. */
export const BUNDLE_FILES = ['cydran.js', 'cydran.dev.js', 'cydran-schemas.js'];

export default [...MODULE_PACKAGES.map(modulesConfig), cydranBundleConfig(), cydranDevBundleConfig(), cydranSchemasBundleConfig()];

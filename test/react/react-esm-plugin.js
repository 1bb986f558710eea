// A web-test-runner plugin that serves React to the browser tests of
// @cydran/react as ES modules. React ships CommonJS only, which a browser
// cannot import, and the repository root holds another React (18, for
// Storybook's own pages), so the bare imports `react`, `react-dom`,
// `react-dom/client` and `react/jsx-runtime` are resolved to the React of
// packages/react, bundled once by esbuild with shared chunks: every importer
// gets the same React, as an application's bundler would give it.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const REACT_PACKAGE = fileURLToPath(new URL('../../packages/react/package.json', import.meta.url));
const BASE = '/__cydran-react/';
const ENTRIES = ['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime'];

const fileOf = (specifier) => `${specifier.replaceAll('/', '__')}.js`;

/**
 * The names each entry exports, read by loading it in a Node process of its
 * own (React's development build reaches for console methods the test
 * runner's own console has replaced).
 */
function exportedNames() {
  const script = `const { createRequire } = require('node:module');
const load = createRequire(${JSON.stringify(REACT_PACKAGE)});
console.log(JSON.stringify(Object.fromEntries(${JSON.stringify(ENTRIES)}.map((s) => [s, Object.keys(load(s))]))));`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
}

/**
 * An ES module re-exporting a CommonJS module's names: esbuild gives a
 * CommonJS entry only a default export.
 */
function entrySource(names, specifier) {
  const exported = names[specifier].filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default');
  return [`import module from ${JSON.stringify(specifier)};`, 'export default module;', `export const { ${exported.join(', ')} } = module;`].join('\n');
}

async function bundle() {
  const names = exportedNames();
  const result = await build({
    entryPoints: ENTRIES.map((specifier) => ({ in: `cydran-react-entry:${specifier}`, out: fileOf(specifier).replace(/\.js$/, '') })),
    bundle: true,
    splitting: true,
    format: 'esm',
    write: false,
    outdir: '/out',
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"development"' },
    plugins: [
      {
        name: 'cydran-react-entries',
        setup(builder) {
          builder.onResolve({ filter: /^cydran-react-entry:/ }, (args) => ({
            path: args.path.slice('cydran-react-entry:'.length),
            namespace: 'cydran-react-entry',
          }));
          builder.onLoad({ filter: /.*/, namespace: 'cydran-react-entry' }, (args) => ({
            contents: entrySource(names, args.path),
            resolveDir: fileURLToPath(new URL('.', `file://${REACT_PACKAGE}`)),
          }));
        },
      },
    ],
  });
  return new Map(result.outputFiles.map((file) => [file.path.replace(/^\/out\//, ''), file.text]));
}

/** The plugin for web-test-runner.config.js. */
export function reactEsmPlugin() {
  /** @type {Promise<Map<string, string>> | undefined} */
  let files;
  return {
    name: 'cydran-react-esm',
    resolveImport({ source }) {
      return ENTRIES.includes(source) ? `${BASE}${fileOf(source)}` : undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(BASE)) return undefined;
      files ??= bundle();
      const body = (await files).get(context.path.slice(BASE.length));
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
}

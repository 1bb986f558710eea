/**
 * What a browser downloads from @cydran/components, built in memory with the
 * same settings as `npm run build` (rollup.config.js: browser + production
 * conditions, terser), so the benchmarks measure the code as it is now and
 * need no dist/.
 */
import { join } from 'node:path';
import { build as esbuild } from 'esbuild';
import { type RollupOptions, rollup } from 'rollup';
import { VIRTUAL_ENTRY, browserBundleConfig, packageDir, virtualEntry } from '../../rollup.config.js';

export interface BuiltBundle {
  code: string;
  /** Module ids with code in the output, to say which libraries made it in. */
  modules: string[];
}

/** Generates a bundle in memory (the config's output file, if any, is not written). */
export async function buildBundle(config: RollupOptions): Promise<BuiltBundle> {
  const bundle = await rollup(config);
  try {
    const { output } = await bundle.generate({ format: 'es', sourcemap: false });
    const chunks = output.flatMap((chunk) => (chunk.type === 'chunk' ? [chunk] : []));
    return {
      code: chunks.map((chunk) => chunk.code).join(''),
      modules: chunks.flatMap((chunk) =>
        Object.entries(chunk.modules)
          .filter(([, m]) => m.renderedLength > 0)
          .map(([id]) => id),
      ),
    };
  } finally {
    await bundle.close();
  }
}

/** A browser bundle of `code`, an entry module of imports resolved as a page's bundler would. */
export function bundleOf(code: string): Promise<BuiltBundle> {
  return buildBundle(browserBundleConfig({ input: VIRTUAL_ENTRY, plugins: [virtualEntry(code)] }));
}

/**
 * cydran.js as `npm run build` writes it: every element, through the
 * package's `all` entry (so it follows the entry if the module moves).
 */
export function cydranBundle(): Promise<BuiltBundle> {
  return bundleOf(`import '@cydran/components/all';`);
}

/** cydran.css: the tokens and every component's stylesheet, bundled and minified. */
export async function cydranStylesheet(): Promise<Uint8Array> {
  const result = await esbuild({
    entryPoints: [join(packageDir('components'), 'src', 'cydran.css')],
    bundle: true,
    minify: true,
    write: false,
    outdir: 'out',
    logLevel: 'error',
  });
  return result.outputFiles[0]!.contents;
}

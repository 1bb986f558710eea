/**
 * The stylesheet and browser bundle `serve` gives its pages: the installed
 * package's built files (`@cydran/components/cydran.css`, `cydran.js`), or,
 * in a clone that has not been built, the same bundled from source with
 * esbuild (a development dependency of the repository). Without either the
 * pages still work, unstyled and with JavaScript off, and serve says so.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Assets {
  css: string | undefined;
  js: string | undefined;
  /** Where they came from, for serve's first line. */
  from: 'package' | 'source' | 'none';
}

export const ASSET_PATHS = { css: '/_cydran/cydran.css', js: '/_cydran/cydran.js' } as const;

async function readIfThere(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** esbuild's `build`, when the repository's development dependencies are installed. */
async function esbuildBuild(): Promise<typeof import('esbuild').build | undefined> {
  try {
    return (await import('esbuild')).build;
  } catch {
    return undefined;
  }
}

export async function loadAssets(): Promise<Assets> {
  const components = dirname(fileURLToPath(import.meta.resolve('@cydran/components/package.json')));
  const [css, js] = await Promise.all([readIfThere(join(components, 'dist', 'cydran.css')), readIfThere(join(components, 'dist', 'cydran.js'))]);
  if (css !== undefined && js !== undefined) return { css, js, from: 'package' };
  const build = await esbuildBuild();
  const source = join(components, 'src');
  if (!build || (await readIfThere(join(source, 'all.ts'))) === undefined) return { css, js, from: 'none' };
  const [styles, script] = await Promise.all([
    build({ entryPoints: [join(source, 'cydran.css')], bundle: true, write: false, outdir: 'out', logLevel: 'error' }),
    build({
      entryPoints: [join(source, 'all.ts')],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      conditions: ['source', 'browser'],
      write: false,
      logLevel: 'error',
    }),
  ]);
  return { css: styles.outputFiles[0]?.text, js: script.outputFiles[0]?.text, from: 'source' };
}

/** Answers the two asset paths; undefined for any other request. */
export function assetResponse(assets: Assets, url: URL): Response | undefined {
  const body = url.pathname === ASSET_PATHS.css ? assets.css : url.pathname === ASSET_PATHS.js ? assets.js : undefined;
  if (body === undefined) return undefined;
  const type = url.pathname === ASSET_PATHS.css ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8';
  return new Response(body, { headers: { 'content-type': type, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' } });
}

/**
 * Browser users never load the server renderer or its dependencies, and the
 * server renderer never loads an element class (ADR 0007). Checked on the
 * module graph esbuild resolves (its metafile), with nothing written: every
 * browser entry module of @cydran/components with the browser condition, and
 * `@cydran/components/server` for Node.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { type Metafile, build } from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));
const componentsDir = 'packages/components';
const serverEntry = `${componentsDir}/src/server.ts`;

/** The source file of every export of the package except the server renderer, and every src/*.ts module. */
function browserEntries(): string[] {
  const manifest = JSON.parse(readFileSync(`${root}${componentsDir}/package.json`, 'utf8')) as { exports: Record<string, unknown> };
  const fromExports = Object.entries(manifest.exports).flatMap(([subpath, target]) =>
    subpath !== './server' && target && typeof target === 'object' && 'source' in target && typeof target.source === 'string'
      ? [`${componentsDir}/${target.source.replace(/^\.\//, '')}`]
      : [],
  );
  const topLevel = readdirSync(`${root}${componentsDir}/src`)
    .filter((name) => name.endsWith('.ts') && !/\.(test|spec|fixture|stories|bench)\.ts$/.test(name) && name !== 'server.ts')
    .map((name) => `${componentsDir}/src/${name}`);
  return [...new Set([...fromExports, ...topLevel])].filter((path) => !path.includes('*'));
}

async function moduleGraph(entryPoints: string[], platform: 'browser' | 'node'): Promise<Metafile> {
  const result = await build({
    absWorkingDir: root,
    entryPoints,
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform,
    conditions: platform === 'browser' ? ['source', 'browser'] : ['source'],
    outdir: 'import-graph-not-written',
    tsconfig: 'tsconfig.json',
    logLevel: 'silent',
  });
  return result.metafile;
}

/** Every module `entry` reaches, through static and dynamic imports, with the path that first reached it. */
function reached(metafile: Metafile, entry: string): Map<string, string[]> {
  const chains = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  while (queue.length > 0) {
    const path = queue.shift()!;
    for (const imported of metafile.inputs[path]?.imports ?? []) {
      if (imported.external || chains.has(imported.path)) continue;
      chains.set(imported.path, [...chains.get(path)!, imported.path]);
      queue.push(imported.path);
    }
  }
  return chains;
}

const isServerOnly = (path: string): boolean =>
  path === serverEntry || path.startsWith(`${componentsDir}/src/server/`) || /(^|\/)node_modules\/(@lit-labs\/ssr|parse5|@parse5)\//.test(path);

/** A module that defines a custom element or declares a Lit element class. */
function isElementClassModule(path: string): boolean {
  if (path.includes('node_modules/')) return false;
  const source = readFileSync(`${root}${path}`, 'utf8');
  return source.includes('customElements.define(') || /\bextends\s+LitElement\b/.test(source);
}

describe('module graph of @cydran/components', () => {
  it('never brings the server renderer, @lit-labs/ssr or parse5 into a browser entry', async () => {
    const entries = browserEntries();
    assert.ok(entries.length >= 10, `found the browser entries: ${entries.join(', ')}`);
    const metafile = await moduleGraph(entries, 'browser');
    for (const entry of entries) {
      const serverOnly = [...reached(metafile, entry)].filter(([path]) => isServerOnly(path));
      assert.deepEqual(
        serverOnly.map(([, chain]) => chain.join(' → ')),
        [],
        `${entry} imports server-only modules`,
      );
    }
  });

  it('finds a server-only import where there is one (the check itself works)', async () => {
    const metafile = await moduleGraph([serverEntry], 'node');
    const modules = [...reached(metafile, serverEntry).keys()];
    assert.ok(modules.some(isServerOnly) && modules.some((path) => path.includes('node_modules/@lit-labs/ssr/')), modules.join('\n'));
  });

  it('keeps element classes out of the server renderer', async () => {
    const metafile = await moduleGraph([serverEntry], 'node');
    const elementModules = [...reached(metafile, serverEntry)].filter(([path]) => isElementClassModule(path));
    assert.deepEqual(
      elementModules.map(([, chain]) => chain.join(' → ')),
      [],
      'the server renderer imports modules that define elements (the renderer needs templates and props specs only)',
    );
  });
});

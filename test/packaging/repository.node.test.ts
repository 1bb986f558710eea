// The repository's public address (docs/adr/0024-public-address.md) is
// written once, in the root package.json: every package names it the same
// way, and every link that reaches into the repository by that address
// (as the packed READMEs must, for documents outside the package) names a
// file or folder that is here.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { linkTargets } from './markdown-links.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

interface Manifest {
  name: string;
  private?: boolean;
  repository?: { type?: string; url?: string; directory?: string };
  homepage?: string;
  bugs?: { url?: string };
}

const read = (path: string): Manifest => JSON.parse(readFileSync(path, 'utf8'));
const rootManifest = read(join(root, 'package.json'));
/** https://github.com/owner/name, from `git+https://github.com/owner/name.git`. */
const address = (rootManifest.repository?.url ?? '').replace(/^git\+/, '').replace(/\.git$/, '');
const packages = readdirSync(join(root, 'packages')).filter((name) => existsSync(join(root, 'packages', name, 'package.json')));

/** Markdown files of the repository that a reader opens: not dependencies, builds or generated sites. */
function markdownFiles(dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (['node_modules', 'dist', 'storybook-static', '.git'].includes(entry.name)) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(path);
    return entry.name.endsWith('.md') || entry.name.endsWith('.mdx') ? [path] : [];
  });
}

describe('the public address', () => {
  it('is a git address in the root package.json', () => {
    assert.equal(rootManifest.repository?.type, 'git');
    assert.match(address, /^https:\/\/github\.com\/[\w.-]+\/[\w.-]+$/);
    assert.equal(rootManifest.homepage, `${address}#readme`);
    assert.equal(rootManifest.bugs?.url, `${address}/issues`);
  });

  it('is named the same way by every package, with the folder it is in', () => {
    assert.ok(packages.length >= 7, `found ${packages.length} packages`);
    for (const name of packages) {
      const manifest = read(join(root, 'packages', name, 'package.json'));
      assert.deepEqual(manifest.repository, { type: 'git', url: rootManifest.repository?.url, directory: `packages/${name}` }, `${manifest.name}: repository`);
      assert.equal(manifest.homepage, `${address}/tree/main/packages/${name}#readme`, `${manifest.name}: homepage`);
      assert.deepEqual(manifest.bugs, { url: `${address}/issues` }, `${manifest.name}: bugs`);
    }
  });

  it('reaches a file or folder that is in the repository, from every link that uses it', () => {
    const prefix = new RegExp(`^${address.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}/(blob|tree)/main/([^#?]+)`);
    const files = markdownFiles();
    const links = files.flatMap((file) => linkTargets(readFileSync(file, 'utf8')).map((target) => ({ file, target })));
    const intoRepository = links.filter(({ target }) => prefix.test(target));
    assert.ok(intoRepository.length >= 30, `only ${intoRepository.length} links use the public address`);
    const missing = intoRepository
      .filter(({ target }) => !existsSync(join(root, decodeURIComponent(prefix.exec(target)?.[2] ?? ''))))
      .map(({ file, target }) => `${relative(root, file)} links to ${target}`);
    assert.deepEqual(missing, []);
  });
});

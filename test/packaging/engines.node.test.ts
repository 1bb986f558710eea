// `npm ci` on the Node version README names prints no unsupported-engine
// warnings, and each published package's `engines` is true of what it
// installs: both read off package-lock.json, as npm does.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import semver from 'semver';

const root = fileURLToPath(new URL('../..', import.meta.url));

interface LockEntry {
  name?: string;
  version?: string;
  link?: boolean;
  resolved?: string;
  dev?: boolean;
  optional?: boolean;
  engines?: { node?: string } | string[];
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

const lock: { packages: Record<string, LockEntry> } = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
const rootManifest: { engines: { node: string }; workspaces: string[] } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const nodeRange = (entry: LockEntry) => (entry.engines && !Array.isArray(entry.engines) ? entry.engines.node : undefined);

/** The oldest Node a range lets in: what "Node 20.19 or later" means to a reader. */
const oldest = (range: string) => {
  const version = semver.minVersion(range);
  assert.ok(version, `engines.node "${range}" lets no Node version in`);
  return version.version;
};

/** The oldest Node of each line a range lets in: 20.19.0 and 22.13.0 for "^20.19.0 || >=22.13.0". */
const oldestOfEachLine = (range: string) => new semver.Range(range).set.map((comparators) => oldest(comparators.map((c) => c.value).join(' ')));

/** Installed on this machine: npm leaves out optional packages for other systems, or for other Node versions. */
const isInstalled = (key: string) => existsSync(join(root, key));

describe('Node versions', () => {
  it('README names the oldest Node the root package.json allows', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const [major, minor] = oldest(rootManifest.engines.node).split('.');
    assert.ok(readme.includes(`Node ${major}.${minor} or later`), `README should say "Node ${major}.${minor} or later" (package.json engines.node)`);
  });

  it('every installed package runs on the oldest Node of each line allowed, and on this one', () => {
    const minimums = oldestOfEachLine(rootManifest.engines.node);
    const refusing = Object.entries(lock.packages)
      .filter(([key, entry]) => key !== '' && !entry.link && isInstalled(key) && nodeRange(entry))
      .flatMap(([key, entry]) => {
        const range = nodeRange(entry) ?? '*';
        const refused = [...minimums, process.version].filter((version) => !semver.satisfies(version, range));
        return refused.length ? [`${key.replace(/^.*node_modules\//, '')}@${entry.version} needs Node ${range} (not ${refused.join(', ')})`] : [];
      });
    assert.deepEqual(refusing, [], 'npm ci would print EBADENGINE for these: pick versions that support the Node README names');
  });

  it("each published package's engines.node is true of everything it installs", () => {
    /** Where npm finds `name` from the package at `from`: its own node_modules, then each parent's. */
    const resolveFrom = (from: string, name: string): string | undefined => {
      for (let dir = from; ; dir = dir.slice(0, Math.max(0, dir.lastIndexOf('/node_modules/')))) {
        const key = dir ? `${dir}/node_modules/${name}` : `node_modules/${name}`;
        if (lock.packages[key]) return key;
        if (!dir) return undefined;
      }
    };
    const target = (key: string) => {
      const entry = lock.packages[key];
      return entry?.link && entry.resolved ? entry.resolved : key;
    };
    const problems: string[] = [];
    const workspaces = Object.entries(lock.packages).filter(([key, entry]) => key.startsWith('packages/') && entry.name && nodeRange(entry));
    assert.ok(workspaces.length >= 3, 'the published packages that run in Node declare engines.node');
    for (const [workspace, manifest] of workspaces) {
      const minimum = oldest(nodeRange(manifest) ?? '*');
      const seen = new Set<string>();
      const queue = [workspace];
      while (queue.length) {
        const key = queue.shift() ?? '';
        if (seen.has(key)) continue;
        seen.add(key);
        const entry = lock.packages[key];
        if (!entry) continue;
        const range = nodeRange(entry);
        if (key !== workspace && range && !semver.satisfies(minimum, range)) {
          problems.push(`${manifest.name} says Node ${nodeRange(manifest)}, but ${key.replace(/^.*node_modules\//, '')}@${entry.version} needs ${range}`);
        }
        for (const name of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies })) {
          const found = resolveFrom(key, name);
          if (found && !(lock.packages[found]?.optional && !isInstalled(found))) queue.push(target(found));
        }
      }
    }
    assert.deepEqual(problems, []);
  });
});

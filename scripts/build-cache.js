// What lets `npm run build` redo only the steps whose inputs changed.
//
// Each build step (a rollup configuration, one package's declarations, the
// stylesheet, the JSON Schemas) records the files it read, with their size
// and modification time, and the files it wrote. The next build skips the
// step when every input is as recorded and every output is still there, as
// make does. A step that runs again deletes the outputs of its previous run
// that it no longer writes, so a removed or renamed source leaves nothing
// behind in dist/.
//
// Everything is invalidated at once when the build's own configuration
// changes (this script, the build script, rollup.config.js, the tsconfig
// files, package-lock.json): those decide what every step does.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** `size:mtime` of a file, or null when it is gone. */
function stamp(path) {
  try {
    const stats = statSync(path);
    return `${stats.size}:${stats.mtimeMs}`;
  } catch {
    return null;
  }
}

/** A digest of the contents of `paths`: the configuration every step depends on. */
export function configurationDigest(paths) {
  const hash = createHash('sha256');
  for (const path of paths) {
    hash.update(path);
    hash.update(existsSync(path) ? readFileSync(path) : 'missing');
  }
  return hash.digest('hex');
}

export class BuildCache {
  /**
   * @param {string} file where the records are kept (under node_modules/.cache, so a clean clone starts empty)
   * @param {string} configuration configurationDigest of the build's own files
   */
  constructor(file, configuration) {
    this.file = file;
    this.configuration = configuration;
    /** @type {Record<string, { key: string, inputs: Record<string, string | null>, outputs: string[] }>} */
    this.steps = {};
    if (existsSync(file)) {
      try {
        const saved = JSON.parse(readFileSync(file, 'utf8'));
        if (saved.configuration === configuration) this.steps = saved.steps ?? {};
      } catch {
        // A cache cut short by an interrupted build is no cache: everything is rebuilt.
      }
    }
  }

  /** Whether the step called `name` was built before at all, with this configuration. */
  has(name) {
    return name in this.steps;
  }

  /**
   * Whether `name` can be skipped: built before with the same `key` (what
   * the step was asked to do, such as its list of entry points), nothing it
   * read has changed and everything it wrote is still there.
   */
  isUpToDate(name, key) {
    const step = this.steps[name];
    if (!step || step.key !== key) return false;
    for (const [path, recorded] of Object.entries(step.inputs)) if (stamp(path) !== recorded) return false;
    return step.outputs.every((path) => existsSync(path));
  }

  /**
   * Records a finished step and deletes what its previous run wrote that
   * this run did not. Inputs are stamped now, so a file edited while the
   * step ran makes the next build run it again.
   * @param {string} name
   * @param {string} key
   * @param {{ inputs: Iterable<string>, outputs: Iterable<string> }} files
   */
  record(name, key, { inputs, outputs }) {
    const written = new Set(outputs);
    for (const path of this.steps[name]?.outputs ?? []) if (!written.has(path)) rmSync(path, { force: true });
    this.steps[name] = {
      key,
      inputs: Object.fromEntries([...new Set(inputs)].sort().map((path) => [path, stamp(path)])),
      outputs: [...written].sort(),
    };
  }

  /** Forgets a step, so it runs on the next build whatever its inputs. */
  forget(name) {
    delete this.steps[name];
  }

  save() {
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileSync(this.file, JSON.stringify({ configuration: this.configuration, steps: this.steps }));
  }
}

/** The cache file and the per-package tsc state live together. */
export const cacheDir = (root) => join(root, 'node_modules', '.cache', 'cydran-build');

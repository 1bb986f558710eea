// The build's record of what each step read and wrote (scripts/build-cache.js):
// a step is skipped only when nothing it read changed and all it wrote is there.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BuildCache, configurationDigest } from '../../scripts/build-cache.js';

let dir: string;
let cacheFile: string;
let source: string;
let output: string;

/** One finished run of a step that read `source` and wrote `output`. */
function buildOnce(configuration = 'configuration-1', key = 'entry-points-1') {
  const cache = new BuildCache(cacheFile, configuration);
  writeFileSync(output, 'built');
  cache.record('modules:forms', key, { inputs: [source], outputs: [output] });
  cache.save();
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cydran-build-cache-'));
  cacheFile = join(dir, 'cache', 'steps.json');
  source = join(dir, 'source.ts');
  output = join(dir, 'output.js');
  writeFileSync(source, 'export const a = 1;\n');
});

describe('the build cache', () => {
  it('skips a step whose inputs are unchanged and whose outputs are there', () => {
    buildOnce();
    assert.equal(new BuildCache(cacheFile, 'configuration-1').isUpToDate('modules:forms', 'entry-points-1'), true);
  });

  it('runs a step that never ran', () => {
    assert.equal(new BuildCache(cacheFile, 'configuration-1').isUpToDate('modules:forms', 'entry-points-1'), false);
  });

  it('runs a step again when a file it read was edited', () => {
    buildOnce();
    writeFileSync(source, 'export const a = 2;\n');
    assert.equal(new BuildCache(cacheFile, 'configuration-1').isUpToDate('modules:forms', 'entry-points-1'), false);
  });

  it('runs a step again when a file it read was touched with the same size', () => {
    buildOnce();
    const later = new Date(Date.now() + 60_000);
    utimesSync(source, later, later);
    assert.equal(new BuildCache(cacheFile, 'configuration-1').isUpToDate('modules:forms', 'entry-points-1'), false);
  });

  it('runs a step again when a file it read is gone', () => {
    buildOnce();
    rmSync(source);
    assert.equal(new BuildCache(cacheFile, 'configuration-1').isUpToDate('modules:forms', 'entry-points-1'), false);
  });

  it('runs a step again when a file it wrote was deleted', () => {
    buildOnce();
    rmSync(output);
    assert.equal(new BuildCache(cacheFile, 'configuration-1').isUpToDate('modules:forms', 'entry-points-1'), false);
  });

  it('runs a step again when it is asked to do something else (a new entry point)', () => {
    buildOnce();
    assert.equal(new BuildCache(cacheFile, 'configuration-1').isUpToDate('modules:forms', 'entry-points-2'), false);
  });

  it("forgets every step when the build's configuration changes", () => {
    buildOnce();
    const cache = new BuildCache(cacheFile, 'configuration-2');
    assert.equal(cache.has('modules:forms'), false);
    assert.equal(cache.isUpToDate('modules:forms', 'entry-points-1'), false);
  });

  it('deletes what the previous run wrote that this run did not (a removed source)', () => {
    buildOnce();
    const cache = new BuildCache(cacheFile, 'configuration-1');
    const renamed = join(dir, 'renamed.js');
    writeFileSync(renamed, 'built');
    cache.record('modules:forms', 'entry-points-1', { inputs: [source], outputs: [renamed] });
    assert.equal(existsSync(output), false);
    assert.equal(existsSync(renamed), true);
  });

  it('treats a cache file cut short by an interrupted build as no cache', () => {
    buildOnce();
    writeFileSync(cacheFile, '{"configuration":"configuration-1","steps":{"modu');
    assert.equal(new BuildCache(cacheFile, 'configuration-1').has('modules:forms'), false);
  });

  it('runs a forgotten step (one that failed) on the next build', () => {
    buildOnce();
    const cache = new BuildCache(cacheFile, 'configuration-1');
    cache.forget('modules:forms');
    cache.save();
    assert.equal(new BuildCache(cacheFile, 'configuration-1').isUpToDate('modules:forms', 'entry-points-1'), false);
  });
});

describe('the configuration digest', () => {
  it('changes when a configuration file changes, and only then', () => {
    const before = configurationDigest([source]);
    assert.equal(configurationDigest([source]), before);
    writeFileSync(source, 'export const a = 3;\n');
    assert.notEqual(configurationDigest([source]), before);
  });

  it('tells a missing configuration file from an empty one', () => {
    const empty = join(dir, 'empty.json');
    writeFileSync(empty, '');
    assert.notEqual(configurationDigest([empty]), configurationDigest([join(dir, 'missing.json')]));
  });
});

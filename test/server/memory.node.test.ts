/**
 * A server renders many different answers in one process: memory must not
 * grow with them. Renders every component the server knows, each with new
 * names, labels, hints, errors, values, options and content every time, in a
 * child process with `--expose-gc`, and compares the heap after garbage
 * collection between rounds.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

const script = fileURLToPath(new URL('./render-many.ts', import.meta.url));
const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The first round still grows while the JIT compiles and the module-level
 * caches of templates fill; after it, what is kept must not depend on how
 * many renders there were. A value-keyed cache (such as a textarea default
 * built into a static template) keeps over 2 MB per round of 500 renders.
 */
const MAX_GROWTH_AFTER_FIRST_ROUND = 1024 * 1024;

describe('server rendering memory', () => {
  it('stays bounded while every component renders thousands of different values', () => {
    const child = spawnSync(
      process.execPath,
      ['--expose-gc', '--conditions=source', '--import', 'tsx', script, '--warm-up', '300', '--rounds', '4', '--renders', '500'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    assert.equal(child.status, 0, child.stderr);
    const result = JSON.parse(child.stdout) as { tags: string[]; heap: number[]; rendersPerTag: number };
    assert.ok(result.tags.includes('cyd-textarea') && result.tags.length >= 14, `renders every server tag, got ${result.tags.join(', ')}`);
    const growth = result.heap.at(-1)! - result.heap[1]!;
    const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
    assert.ok(
      growth <= MAX_GROWTH_AFTER_FIRST_ROUND,
      `the heap grew by ${megabytes(growth)} over ${result.rendersPerTag} renders per tag (after gc: ${result.heap.map(megabytes).join(' → ')})`,
    );
  });
});

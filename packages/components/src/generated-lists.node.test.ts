// The lists every component joins are generated from the component folders
// (scripts/generate-components.js, docs/adr/0008-generated-component-lists.md).
// Regenerated in memory here: a stale file fails, naming what to run.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GENERATED_HEADER, generatedFiles, scanComponents } from '../../../scripts/generate-components.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));

describe('generated component lists', () => {
  for (const file of generatedFiles()) {
    const name = relative(root, file.path);
    it(`${name} is what the component folders say (npm run generate)`, () => {
      assert.equal(file.current, file.wanted, `${name} is stale: run npm run generate`);
    });
  }

  it('marks every generated source file as generated', () => {
    for (const file of generatedFiles().filter((f) => f.path.endsWith('.ts'))) {
      assert.ok(file.wanted.startsWith(`${GENERATED_HEADER}\n`), relative(root, file.path));
    }
  });

  it('finds every element the package defines, each with its class and server definition public', () => {
    const { elements, definitions } = scanComponents();
    const tags = elements.map((e) => e.tag);
    assert.ok(tags.includes('cyd-text-input') && tags.includes('cyd-radios'), tags.join(' '));
    for (const { folder, reexports } of elements) {
      const names = reexports.map((r) => r.exported);
      assert.ok(
        names.some((n) => /^Cyd[A-Z]/.test(n)),
        `${folder}/define.ts exports its element class`,
      );
    }
    const index = readFileSync(new URL('./index.ts', import.meta.url), 'utf8');
    for (const { name } of definitions) assert.ok(index.includes(name), `index.ts exports ${name}`);
  });

  it('keeps the phone schema out of all.ts but gives it its entry point', () => {
    const { entries } = scanComponents();
    assert.deepEqual(
      entries.find((e) => e.subpath === './schema-phone'),
      { subpath: './schema-phone', module: 'schema/phone-define', inAll: false },
    );
    assert.equal(entries.find((e) => e.subpath === './schema')?.inAll, true);
  });
});

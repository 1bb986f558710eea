// docs/components.md is written from the component folders by
// scripts/generate-component-list.js (`npm run generate`); a component added,
// renamed or given its tests without regenerating fails here.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { COMPONENT_LIST_FILE, componentList } from '../../scripts/generate-component-list.js';
import { scanComponents } from '../../scripts/generate-components.js';

describe('docs/components.md', () => {
  it('is what the generator writes from the component folders', () => {
    assert.equal(readFileSync(COMPONENT_LIST_FILE, 'utf8'), componentList(), 'docs/components.md is stale: run npm run generate');
  });

  it('lists every element the package registers, once', () => {
    const text = componentList();
    for (const { tag } of scanComponents().elements) {
      assert.equal(text.split(`| \`<${tag}>\` |`).length - 1, 1, `<${tag}> is not listed once`);
    }
  });
});

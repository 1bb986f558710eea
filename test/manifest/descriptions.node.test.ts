// Every attribute, property, event and method in the custom-elements manifest
// has a description, so editors and Storybook's Controls explain each one.
// A prop added to a spec (or a public member, or an event) without a JSDoc
// comment, and without a row in its README's attribute table, fails here.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildManifest } from '../../scripts/generate-manifest.js';

describe('manifest descriptions', () => {
  it('describes every member of every element', async () => {
    const { undescribed } = await buildManifest();
    assert.deepEqual(
      undescribed,
      [],
      'These have no description: add a /** … */ comment where each is declared (the props spec, the class member, or ' +
        "a `@fires name - what` tag on the class), or a row in the component README's attribute table; " +
        '`node scripts/generate-manifest.js --undescribed` lists them.',
    );
  });
});

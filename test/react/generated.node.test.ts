// The React wrappers are generated from the custom-elements manifest
// (scripts/generate-react.js) and committed. They are regenerated in memory
// here, so a component, prop or event added without `npm run generate`
// fails; and they are checked against the code (the elements registered,
// the events of the manifest, the package's entry points), not only against
// the generator.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Manifest } from '../../scripts/generate-manifest.js';
import { GENERATED_DIR, MANIFEST_FILE, REACT_DIR, eventProp, generatedReactFiles, manifestElements, wrapperName } from '../../scripts/generate-react.js';
import * as wrappers from '@cydran/react';

const root = fileURLToPath(new URL('../..', import.meta.url));
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

function isManifest(value: unknown): value is Manifest {
  return typeof value === 'object' && value !== null && 'modules' in value && Array.isArray(value.modules);
}
function committedManifest(): Manifest {
  const manifest = readJson(MANIFEST_FILE);
  assert.ok(isManifest(manifest), 'custom-elements.json has modules');
  return manifest;
}

const wrapperExports = new Map(Object.entries(wrappers));

describe('@cydran/react wrappers, generated from the manifest', () => {
  it('are up to date with the manifest (run npm run generate when this fails)', () => {
    const stale = generatedReactFiles()
      .filter((f) => f.current !== f.wanted)
      .map((f) => relative(root, f.path));
    assert.deepEqual(stale, [], `stale: ${stale.join(', ')}`);
  });

  it('would be stale after an event, an element or a removal in the manifest', () => {
    const manifest = committedManifest();
    const changed: Manifest = structuredClone(manifest);
    const textInput = changed.modules.flatMap((m) => m.declarations).find((d) => d.tagName === 'cyd-text-input');
    assert.ok(textInput, 'the manifest has cyd-text-input');
    textInput.events = [...(textInput.events ?? []), { name: 'cyd-example', description: 'An event added to the element', type: { text: 'CustomEvent' } }];
    const staleAfterEvent = generatedReactFiles({ manifest: changed })
      .filter((f) => f.current !== f.wanted)
      .map((f) => relative(GENERATED_DIR, f.path));
    assert.deepEqual(staleAfterEvent, ['text-input.ts']);

    const withoutTag = structuredClone(manifest);
    withoutTag.modules = withoutTag.modules.filter((m) => m.path !== 'dist/tag/define.js');
    const staleAfterRemoval = generatedReactFiles({ manifest: withoutTag }).filter((f) => f.current !== f.wanted);
    assert.deepEqual(
      staleAfterRemoval.map((f) => [relative(REACT_DIR, f.path), f.wanted === undefined ? 'delete' : 'rewrite']),
      [
        ['src/generated/index.ts', 'rewrite'],
        ['src/generated/tag.ts', 'delete'],
        ['package.json', 'rewrite'],
      ],
    );
  });

  it('wrap every element the manifest describes, each as its own entry point', () => {
    const manifestTags = committedManifest()
      .modules.flatMap((m) => m.exports)
      .filter((e) => e.kind === 'custom-element-definition')
      .map((e) => e.name)
      .sort();
    const elements = manifestElements();
    assert.deepEqual(elements.map((e) => e.tagName).sort(), manifestTags);
    const packageJson = readJson(join(REACT_DIR, 'package.json'));
    assert.ok(typeof packageJson === 'object' && packageJson !== null && 'exports' in packageJson);
    const exportsField = packageJson.exports;
    assert.ok(typeof exportsField === 'object' && exportsField !== null);
    for (const element of elements) {
      assert.ok(wrapperExports.has(element.wrapper), `@cydran/react exports ${element.wrapper} for <${element.tagName}>`);
      assert.ok(Object.hasOwn(exportsField, `./${element.folder}`), `@cydran/react/${element.folder} is an entry point`);
    }
    assert.equal(wrapperName('cyd-text-input'), 'TextInput');
    assert.equal(eventProp('cyd-language-change'), 'onCydLanguageChange');
  });

  it('give every event of the manifest its on… prop, and form controls onInput and onChange', () => {
    for (const element of manifestElements()) {
      const source = readFileSync(join(GENERATED_DIR, `${element.folder}.ts`), 'utf8');
      for (const event of element.declaration.events ?? []) {
        assert.ok(source.includes(`${eventProp(event.name)}: '${event.name}'`), `${element.wrapper} listens to ${event.name} as ${eventProp(event.name)}`);
      }
    }
    const textInput = readFileSync(join(GENERATED_DIR, 'text-input.ts'), 'utf8');
    assert.ok(textInput.includes("onInput: 'input'") && textInput.includes("onChange: 'change'"), 'a text input has onInput and onChange');
    const tag = readFileSync(join(GENERATED_DIR, 'tag.ts'), 'utf8');
    assert.ok(!tag.includes('onInput'), 'a tag, not a form control, has no onInput');
    const banner = readFileSync(join(GENERATED_DIR, 'cookie-banner.ts'), 'utf8');
    assert.ok(banner.includes("onCydCookieConsent: 'cyd-cookie-consent' as EventName<CustomEvent<CookieConsent>>"), 'the handler is typed by the event detail');
  });
});

// The custom-elements manifest and the editor data made from it
// (scripts/generate-manifest.js, docs/editors.md) must say what the code
// does: every element the package registers, every prop of its spec with its
// attribute (and the per-language twins of text), its type and default. The
// committed files are regenerated in memory here, so a prop added to a spec
// without `npm run generate` fails; and they are checked against the code
// directly (the elements registered, Lit's own properties), not only against
// the generator.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PropertyDeclaration } from 'lit';
import { LOCALES } from '@cydran/i18n';
import { CydElement } from '../../packages/components/src/internal/cyd-element.js';
import { type PropDef, type PropSpec, attributeName } from '../../packages/components/src/internal/props.js';
import {
  MANIFEST_FILE,
  PACKAGE_DIR,
  VSCODE_FILE,
  WEB_TYPES_FILE,
  type ElementDeclaration,
  type Manifest,
  type VscodeAttribute,
  type VscodeData,
  type WebTypes,
  type WebTypesAttribute,
  buildManifest,
  docsUrl,
  elementsOf,
  enumValues,
  generatedManifestFiles,
  readmeDescriptions,
} from '../../scripts/generate-manifest.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function isElementClass(value: unknown): value is typeof CydElement {
  return typeof value === 'function' && value.prototype instanceof CydElement;
}

// Every tag the package's modules register, seen as they register it.
const registered: string[] = [];
const define = customElements.define.bind(customElements);
customElements.define = (tag: string, element: CustomElementConstructor, options?: ElementDefinitionOptions) => {
  registered.push(tag);
  define(tag, element, options);
};
await import('../../packages/components/src/all.js');

function isManifest(value: unknown): value is Manifest {
  return isRecord(value) && typeof value.schemaVersion === 'string' && Array.isArray(value.modules);
}
function isVscodeData(value: unknown): value is VscodeData {
  return isRecord(value) && typeof value.version === 'number' && Array.isArray(value.tags);
}
function isWebTypes(value: unknown): value is WebTypes {
  return isRecord(value) && isRecord(value.contributions) && isRecord(value.contributions.html) && Array.isArray(value.contributions.html.elements);
}

function committedVscodeData(): VscodeData {
  const data = readJson(VSCODE_FILE);
  assert.ok(isVscodeData(data), 'vscode.html-custom-data.json has version and tags');
  return data;
}

function committedWebTypes(): WebTypes {
  const data = readJson(WEB_TYPES_FILE);
  assert.ok(isWebTypes(data), 'web-types.json has contributions.html.elements');
  return data;
}

interface PackageJson {
  name: string;
  version: string;
  exports: Record<string, unknown>;
}
function isPackageJson(value: unknown): value is PackageJson {
  return isRecord(value) && typeof value.name === 'string' && typeof value.version === 'string' && isRecord(value.exports);
}
function componentsPackage(): PackageJson {
  const pkg = readJson(join(PACKAGE_DIR, 'package.json'));
  assert.ok(isPackageJson(pkg));
  return pkg;
}

function committedManifest(): Manifest {
  const manifest = readJson(MANIFEST_FILE);
  assert.ok(isManifest(manifest), 'custom-elements.json has schemaVersion and modules');
  return manifest;
}

/** The attributes Lit observes for an element class: its spec's, the text twins included. */
function litAttributes(element: typeof CydElement): string[] {
  const declarations: Record<string, PropertyDeclaration> = element.properties;
  return Object.values(declarations)
    .map((d) => d.attribute)
    .filter((a): a is string => typeof a === 'string')
    .sort();
}

/** What an attribute's type must say for a prop of this kind. */
function attributeTypeAgrees(def: PropDef, type: string): boolean {
  if (def.values) return JSON.stringify(enumValues(type)) === JSON.stringify(def.values);
  if (def.kind === 'boolean' || def.kind === 'number') return type === def.kind;
  if (def.kind === 'json') return type.startsWith('string (JSON: ');
  return type === 'string';
}

/**
 * Where a manifest and the code disagree about one element: attributes, the
 * props with their attributes, types and defaults.
 */
function disagreements(declaration: ElementDeclaration, spec: PropSpec, litAttributeNames: string[]): string[] {
  const problems: string[] = [];
  const tag = declaration.tagName;
  const attributes = new Map(declaration.attributes.map((a) => [a.name, a]));
  const fields = new Map(declaration.members.filter((m) => m.kind === 'field').map((m) => [m.name, m]));
  const listed = [...attributes.keys()].sort();
  if (JSON.stringify(listed) !== JSON.stringify(litAttributeNames)) {
    problems.push(`<${tag}> attributes: the manifest has ${listed.join(' ')}; the element observes ${litAttributeNames.join(' ')}`);
  }
  for (const [prop, def] of Object.entries(spec)) {
    const name = attributeName(prop, def);
    const field = fields.get(prop);
    const attribute = attributes.get(name);
    if (!field || field.attribute !== name) problems.push(`<${tag}> property ${prop} with attribute ${name}`);
    if (!attribute || attribute.fieldName !== prop) {
      problems.push(`<${tag}> attribute ${name} for ${prop}`);
      continue;
    }
    if (!attributeTypeAgrees(def, attribute.type.text)) problems.push(`<${tag}> ${name} is ${def.kind}, not ${attribute.type.text}`);
    const byDefault = def.default !== undefined ? JSON.stringify(def.default) : def.kind === 'boolean' ? 'false' : undefined;
    if (field?.default !== byDefault) problems.push(`<${tag}> .${prop} defaults to ${byDefault}`);
    // An attribute's default is its value in HTML; a boolean attribute is off by being absent.
    const inHtml =
      def.default === undefined || def.kind === 'boolean' ? undefined : typeof def.default === 'string' ? def.default : JSON.stringify(def.default);
    if (attribute.default !== inHtml) problems.push(`<${tag}> ${name}="${inHtml}" by default`);
    if (def.kind === 'text') {
      if (field?.type?.text !== 'Text | undefined') problems.push(`<${tag}> .${prop} is Text`);
      for (const locale of LOCALES) {
        if (!attributes.get(`${name}-${locale}`)?.description) problems.push(`<${tag}> ${name}-${locale}, described`);
      }
    }
    if (def.kind === 'boolean' && field?.type?.text !== 'boolean') problems.push(`<${tag}> .${prop} is boolean`);
  }
  return problems;
}

function codeDisagreements(manifest: Manifest, specOf: (tag: string) => PropSpec = (tag) => elementClass(tag).definition.props): string[] {
  return elementsOf(manifest).flatMap(({ declaration }) =>
    disagreements(declaration, specOf(declaration.tagName), litAttributes(elementClass(declaration.tagName))),
  );
}

function elementClass(tag: string): typeof CydElement {
  const element = customElements.get(tag);
  assert.ok(isElementClass(element), `<${tag}> is a registered Cydran element`);
  return element;
}

describe('custom-elements manifest', () => {
  it('the committed files are what the code says (npm run generate)', async () => {
    const { files } = await generatedManifestFiles();
    assert.equal(files.length, 3);
    for (const file of files) {
      assert.ok(file.current === file.wanted, `${relative(root, file.path)} is stale: run npm run generate (or node scripts/generate-manifest.js)`);
    }
  });

  it('lists every element the package registers, and nothing else', () => {
    const tags = elementsOf(committedManifest())
      .map((e) => e.declaration.tagName)
      .sort();
    const cydran = registered.filter((tag) => tag.startsWith('cyd-')).sort();
    assert.ok(cydran.length > 30 && cydran.includes('cyd-text-input'), cydran.join(' '));
    assert.deepEqual(tags, cydran);
  });

  it('gives every prop of every spec with its attribute, type and default, and exactly the attributes Lit observes', () => {
    assert.deepEqual(codeDisagreements(committedManifest()), []);
  });

  it('fails when a spec has a prop the manifest lacks, until it is regenerated', async () => {
    const manifest = committedManifest();
    const spec: PropSpec = elementClass('cyd-text-input').definition.props;
    const grown: PropSpec = { ...spec, extraNote: { kind: 'text' } };
    const problems = codeDisagreements(manifest, (tag) => (tag === 'cyd-text-input' ? grown : elementClass(tag).definition.props));
    assert.ok(
      problems.some((p) => p.includes('extra-note')),
      problems.join('\n'),
    );
    // The generator reads the live spec: regenerating now would differ from the committed file.
    Reflect.set(spec, 'extraNote', { kind: 'text' });
    try {
      const { manifest: regenerated } = await buildManifest();
      const input = elementsOf(regenerated).find((e) => e.declaration.tagName === 'cyd-text-input');
      assert.ok(input?.declaration.attributes.some((a) => a.name === 'extra-note-cy'));
      assert.notEqual(`${JSON.stringify(regenerated, null, 2)}\n`, readFileSync(MANIFEST_FILE, 'utf8'));
    } finally {
      Reflect.deleteProperty(spec, 'extraNote');
    }
  });

  it('has the shape of schema 2.0.0: modules, declarations, exports that resolve', () => {
    const manifest = committedManifest();
    assert.equal(manifest.schemaVersion, '2.0.0');
    const paths = new Set(manifest.modules.map((m) => m.path));
    for (const module of manifest.modules) {
      assert.equal(module.kind, 'javascript-module');
      assert.match(module.path, /^dist\/.+\.js$/);
      assert.ok(existsSync(join(PACKAGE_DIR, module.path.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts'))), `${module.path} is built from a source`);
      for (const declaration of module.declarations) {
        assert.equal(declaration.kind, 'class');
        assert.ok(declaration.name && declaration.tagName.startsWith('cyd-') && declaration.customElement === true, declaration.name);
        assert.ok(declaration.description, `<${declaration.tagName}> is described`);
        const attributeNames = declaration.attributes.map((a) => a.name);
        assert.equal(new Set(attributeNames).size, attributeNames.length, `<${declaration.tagName}> names each attribute once`);
        const memberNames = declaration.members.map((m) => m.name);
        assert.equal(new Set(memberNames).size, memberNames.length, `<${declaration.tagName}> names each member once`);
        for (const member of declaration.members) {
          assert.ok(member.kind === 'field' || member.kind === 'method');
          if (member.kind === 'field') assert.ok(member.type?.text, `<${declaration.tagName}> .${member.name} has a type`);
          if (member.inheritedFrom?.module)
            assert.ok(existsSync(join(PACKAGE_DIR, member.inheritedFrom.module.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts'))));
        }
        for (const event of declaration.events ?? []) {
          assert.match(event.name, /^(cyd-[a-z-]+|[a-z]+)$/);
          assert.match(event.type.text, /^(Custom)?Event\b/, `<${declaration.tagName}> ${event.name} has its event's type`);
        }
      }
      for (const exported of module.exports) {
        assert.ok(exported.kind === 'js' || exported.kind === 'custom-element-definition');
        assert.ok(exported.declaration.module && paths.has(exported.declaration.module), `${module.path} exports from a listed module`);
        const target = manifest.modules.find((m) => m.path === exported.declaration.module)?.declarations.find((d) => d.name === exported.declaration.name);
        assert.ok(target, `${exported.name} resolves`);
        if (exported.kind === 'custom-element-definition') assert.equal(target.tagName, exported.name);
      }
    }
  });

  it('finds events in the code: @fires tags and dispatched events', () => {
    const events = new Map(elementsOf(committedManifest()).map(({ declaration }) => [declaration.tagName, (declaration.events ?? []).map((e) => e.name)]));
    assert.ok(events.get('cyd-language-toggle')?.includes('cyd-language-change'));
    assert.ok(events.get('cyd-exit-this-page')?.includes('cyd-exit-this-page'));
    assert.ok(events.get('cyd-text-input')?.includes('invalid'));
  });

  it('reads fallback descriptions from a README attribute table, not from other sections', () => {
    const readme = [
      '## Attributes',
      '',
      '| attribute | values | what it does |',
      '|---|---|---|',
      '| `label`, `label-cy` | text | the question |',
      '| `required`, `optional` | boolean | `optional` shows "(optional)" |',
      '| `pattern` | `a|b` | passed on |',
      '',
      '### From GOV.UK Frontend',
      '| `hint` | the same |',
    ].join('\n');
    const descriptions = readmeDescriptions(readme);
    assert.equal(descriptions.get('label'), 'The question');
    assert.equal(descriptions.get('optional'), '`optional` shows "(optional)"');
    assert.equal(descriptions.has('required'), false);
    assert.equal(descriptions.get('pattern'), 'Passed on');
    assert.equal(descriptions.has('hint'), false);
  });
});

describe('editor data from the manifest', () => {
  const pkg = componentsPackage();
  const info = { name: pkg.name, version: pkg.version };

  it('VS Code custom data (1.1) has every tag and attribute, values for enums, and links to docs that ship', () => {
    const data = committedVscodeData();
    assert.equal(data.version, 1.1);
    const elements = elementsOf(committedManifest());
    assert.deepEqual(
      data.tags.map((t) => t.name),
      elements.map((e) => e.declaration.tagName),
    );
    for (const { declaration, folder } of elements) {
      const tag = data.tags.find((t) => t.name === declaration.tagName);
      assert.ok(tag);
      assert.equal(tag.description.value, declaration.description);
      assert.deepEqual(
        tag.attributes.map((a) => a.name),
        declaration.attributes.map((a) => a.name),
      );
      for (const attribute of declaration.attributes) {
        const entry: VscodeAttribute | undefined = tag.attributes.find((a) => a.name === attribute.name);
        assert.ok(entry);
        assert.ok(entry.description.value.startsWith(attribute.description));
        assert.deepEqual(
          entry.values?.map((v) => v.name),
          enumValues(attribute.type.text),
          `${tag.name} ${attribute.name} values`,
        );
        assert.equal(entry.valueSet === 'v', attribute.type.text === 'boolean', `${tag.name} ${attribute.name} takes no value when boolean`);
      }
      const [reference] = tag.references;
      assert.ok(reference);
      assert.equal(reference.url, docsUrl(folder, info));
      assert.ok(reference.url.endsWith(`/src/${folder}/README.md`) && existsSync(join(PACKAGE_DIR, 'src', folder, 'README.md')), reference.url);
    }
  });

  it('web-types have every element, attribute, property and event, and sources the package exports', () => {
    const data = committedWebTypes();
    assert.equal(data.name, info.name);
    assert.equal(data.version, info.version);
    const elements = elementsOf(committedManifest());
    const exported = Object.keys(pkg.exports);
    assert.deepEqual(
      data.contributions.html.elements.map((e) => e.name),
      elements.map((e) => e.declaration.tagName),
    );
    for (const { declaration, folder } of elements) {
      const element = data.contributions.html.elements.find((e) => e.name === declaration.tagName);
      assert.ok(element);
      assert.equal(element.description, declaration.description);
      assert.equal(element['doc-url'], docsUrl(folder, info));
      assert.ok(exported.includes(`./${folder}`), `${element.source.module} is an entry point`);
      assert.equal(element.source.module, `${info.name}/${folder}`);
      assert.equal(element.source.symbol, declaration.name);
      assert.deepEqual(
        element.attributes.map((a) => a.name),
        declaration.attributes.map((a) => a.name),
      );
      for (const attribute of declaration.attributes) {
        const entry: WebTypesAttribute | undefined = element.attributes.find((a) => a.name === attribute.name);
        assert.ok(entry);
        assert.equal(entry.description, attribute.description);
        const values = enumValues(attribute.type.text);
        assert.equal(entry.value.type, values ? 'enum' : ['boolean', 'number'].includes(attribute.type.text) ? attribute.type.text : 'string');
        assert.deepEqual(
          entry.values?.map((v) => v.name),
          values,
        );
        assert.equal(entry.value.default, attribute.default);
      }
      const fields = declaration.members.filter((m) => m.kind === 'field');
      assert.deepEqual(
        element.js.properties.map((p) => [p.name, p.type, p['read-only'] === true]),
        fields.map((m) => [m.name, m.type?.text, m.readonly === true]),
      );
      assert.deepEqual(
        element.js.events.map((e) => e.name),
        (declaration.events ?? []).map((e) => e.name),
      );
    }
  });
});

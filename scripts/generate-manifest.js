#!/usr/bin/env node
// `npm run generate` (with scripts/generate-components.js): writes what
// editors and tools read about the cyd-* elements, from the code itself:
//   - packages/components/custom-elements.json: the custom-elements manifest
//     (schema 2.0.0): every element, attribute (the `-cy`/`-en` twins of text
//     attributes included), property with its type, event and method;
//   - packages/components/vscode.html-custom-data.json: VS Code HTML custom
//     data (version 1.1), made from the manifest;
//   - packages/components/web-types.json: JetBrains web-types, made from the
//     manifest.
// The props spec is the one source of attributes and properties (ADR 0005):
// each element is imported through its define module and its spec read off
// the registered class. Descriptions come from the JSDoc of the spec and the
// class (read with the TypeScript checker), else from the attribute table of
// the component's README. Events come from `@fires` tags and from the
// `this.dispatchEvent(new …Event('name'))` calls of the class and its bases.
// The files are committed; test/manifest/manifest.node.test.ts regenerates
// them in memory and fails on any difference, as the component lists' test does.
// Usage: node scripts/generate-manifest.js [--check] [--undescribed]
//   --check        write nothing; exit 1 and name the files that are stale
//   --undescribed  list the members that have no description
// See docs/editors.md.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { COMPONENTS_SRC, scanComponents } from './generate-components.js';

const root = fileURLToPath(new URL('..', import.meta.url));
export const PACKAGE_DIR = join(root, 'packages', 'components');
export const MANIFEST_FILE = join(PACKAGE_DIR, 'custom-elements.json');
export const VSCODE_FILE = join(PACKAGE_DIR, 'vscode.html-custom-data.json');
export const WEB_TYPES_FILE = join(PACKAGE_DIR, 'web-types.json');

/** The languages' names in themselves, for the twins' descriptions. */
const LANGUAGE_NAMES = { cy: 'Welsh (Cymraeg)', en: 'English' };

/** Members of the element classes that are Lit's or the DOM's machinery, not the component's API. */
const NOT_API = new Set([
  'connectedCallback',
  'disconnectedCallback',
  'attributeChangedCallback',
  'adoptedCallback',
  'requestUpdate',
  'formAssociatedCallback',
  'formDataCallback',
  'formDisabledCallback',
  'formResetCallback',
  'formStateRestoreCallback',
]);

const packageJson = () => JSON.parse(readFileSync(join(PACKAGE_DIR, 'package.json'), 'utf8'));

/** `src/text-input/text-input.ts` → `dist/text-input/text-input.js`: the module a page imports. */
function distPath(sourceFile) {
  return relative(PACKAGE_DIR, sourceFile)
    .split('\\')
    .join('/')
    .replace(/^src\//, 'dist/')
    .replace(/\.ts$/, '.js');
}

/**
 * Where a component's README is once the package is published (the README
 * ships in `src/<folder>/`): editors link there from their hovers.
 */
export function docsUrl(folder, pkg = packageJson()) {
  return `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/src/${folder}/README.md`;
}

// ---------------------------------------------------------------------------
// The code: registered elements, their classes and specs (imported).

/**
 * Every element a define module registers, with its class, its props spec
 * (off the class's `definition`, as the browser and server use it) and the
 * module the class comes from.
 */
export async function registeredElements(srcDir = COMPONENTS_SRC) {
  const { elements } = scanComponents(srcDir);
  const found = [];
  for (const { folder, tag, reexports } of elements) {
    await import(pathToFileURL(join(srcDir, folder, 'define.ts')).href);
    const element = customElements.get(tag);
    if (!element) throw new Error(`${folder}/define.ts does not register <${tag}>`);
    let classModule;
    let className;
    let definitionModule;
    let definitionName;
    for (const item of reexports.filter((r) => !r.typeOnly)) {
      const file = join(srcDir, item.module.replace(/\.js$/, '.ts'));
      const exported = (await import(pathToFileURL(file).href))[item.imported];
      if (exported === element) [classModule, className] = [file, item.imported];
      if (exported === element.definition) [definitionModule, definitionName] = [file, item.imported];
    }
    if (!classModule) throw new Error(`${folder}/define.ts does not export the class it registers as <${tag}>`);
    found.push({ folder, tag, element, spec: element.definition.props, classModule, className, definitionModule, definitionName });
  }
  return found;
}

// ---------------------------------------------------------------------------
// Descriptions and types (the TypeScript checker over the same modules).

function createChecker(files) {
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    customConditions: ['source'],
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  });
  return { program, checker: program.getTypeChecker() };
}

const TYPE_FLAGS = ts.TypeFormatFlags.NoTruncation;

function docOf(symbol, checker) {
  return ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
}

function exportOf(program, checker, file, name) {
  const source = program.getSourceFile(file);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  let symbol = moduleSymbol && checker.getExportsOfModule(moduleSymbol).find((s) => s.name === name);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  return symbol;
}

/** The JSDoc a class writes on its own member `name` (not one it inherits). */
function ownDoc(declaration, name) {
  return declaration.members
    .filter((m) => m.name && ts.isIdentifier(m.name) && m.name.text === name)
    .flatMap((m) => ts.getJSDocCommentsAndTags(m))
    .map((doc) => (ts.isJSDoc(doc) ? (ts.getTextOfJSDocComment(doc.comment) ?? '') : ''))
    .join('\n')
    .trim();
}

/** `@fires name - what` tags of a class's JSDoc. */
function firesTags(symbol, checker) {
  return symbol
    .getJsDocTags(checker)
    .filter((tag) => tag.name === 'fires' || tag.name === 'event')
    .map((tag) => {
      const text = ts.displayPartsToString(tag.text ?? []).trim();
      const space = text.search(/\s/);
      const name = space < 0 ? text : text.slice(0, space);
      return { name, description: (space < 0 ? '' : text.slice(space)).replace(/^\s*-\s*/, '').trim() };
    });
}

/** `this.dispatchEvent(new CustomEvent<T>('name', …))` calls in a class's body. */
function dispatchedEvents(declaration, checker) {
  const events = [];
  const visit = (node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === 'dispatchEvent' &&
      node.expression.expression.kind === ts.SyntaxKind.ThisKeyword
    ) {
      const [event] = node.arguments;
      if (event && ts.isNewExpression(event) && ts.isIdentifier(event.expression)) {
        const [name] = event.arguments ?? [];
        if (name && ts.isStringLiteralLike(name)) {
          const [detail] = event.typeArguments ?? [];
          const type = detail ? `CustomEvent<${checker.typeToString(checker.getTypeFromTypeNode(detail), undefined, TYPE_FLAGS)}>` : event.expression.text;
          events.push({ name: name.text, type });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(declaration);
  return events;
}

/** The class and its bases declared in this package, nearest first; and the first base that is not (LitElement). */
function classChain(classSymbol, checker) {
  const chain = [];
  let type = checker.getDeclaredTypeOfSymbol(classSymbol);
  let outside;
  while (type?.symbol) {
    const declaration = type.symbol.declarations?.find(ts.isClassDeclaration);
    if (!declaration || !resolve(declaration.getSourceFile().fileName).startsWith(COMPONENTS_SRC)) {
      outside = type.symbol;
      break;
    }
    chain.push({ symbol: type.symbol, declaration, type });
    const [base] = checker.getBaseTypes(type);
    type = base;
  }
  return { chain, outside };
}

function isPublicInstanceMember(member) {
  const flags = ts.getCombinedModifierFlags(member);
  if (flags & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected | ts.ModifierFlags.Static)) return false;
  return member.name && !ts.isPrivateIdentifier(member.name) && ts.isIdentifier(member.name);
}

/** Public members a class in the chain declares itself (getters, setters, fields, methods), documented. */
function classMembers(chain, outsideType, spec, checker) {
  const members = new Map();
  for (const { declaration, symbol } of chain) {
    const from = chain[0].symbol === symbol ? undefined : { name: symbol.name, module: distPath(declaration.getSourceFile().fileName) };
    for (const member of declaration.members) {
      if (!isPublicInstanceMember(member)) continue;
      const name = member.name.text;
      if (members.has(name) || name in spec || NOT_API.has(name)) continue;
      const memberSymbol = checker.getSymbolAtLocation(member.name);
      // An override of Lit's or the DOM's own member is the component's API only when it says what it does here.
      const inherited = Boolean(outsideType?.getProperty(name));
      const description = inherited ? ownDoc(declaration, name) : memberSymbol ? docOf(memberSymbol, checker) : '';
      if (inherited && !description) continue;
      const entry = { name, description };
      if (ts.isMethodDeclaration(member)) {
        const signature = checker.getSignatureFromDeclaration(member);
        entry.kind = 'method';
        entry.parameters = member.parameters.map((p) => ({
          name: p.name.getText(),
          ...(p.questionToken || p.initializer ? { optional: true } : {}),
          type: { text: checker.typeToString(checker.getTypeAtLocation(p), undefined, TYPE_FLAGS) },
        }));
        if (signature) entry.return = { type: { text: checker.typeToString(signature.getReturnType(), undefined, TYPE_FLAGS) } };
      } else {
        entry.kind = 'field';
        const accessors = declaration.members.filter((m) => m.name && ts.isIdentifier(m.name) && m.name.text === name);
        if (ts.isGetAccessor(member) && !accessors.some(ts.isSetAccessor)) entry.readonly = true;
        const type = memberSymbol && checker.getTypeOfSymbol(memberSymbol);
        if (type) entry.type = { text: checker.typeToString(type, undefined, TYPE_FLAGS) };
      }
      if (from) entry.inheritedFrom = from;
      members.set(name, entry);
    }
  }
  return [...members.values()];
}

// ---------------------------------------------------------------------------
// Fallback descriptions: the attribute table of the component's README.

/** Splits a markdown table row into cells, keeping `|` inside code spans. */
function cells(row) {
  const out = [];
  let cell = '';
  let code = false;
  for (const char of row.trim().replace(/^\||\|$/g, '')) {
    if (char === '`') code = !code;
    if (char === '|' && !code) {
      out.push(cell.trim());
      cell = '';
    } else cell += char;
  }
  out.push(cell.trim());
  return out;
}

/** Attribute name → its description in the README's "Attributes" tables. */
export function readmeDescriptions(readme) {
  const descriptions = new Map();
  let inAttributes = false;
  for (const line of readme.split('\n')) {
    // The table under "## Attributes" only: not a later section's, nor a subsection's (a GOV.UK mapping).
    if (line.startsWith('#')) inAttributes = /^## Attributes\b/.test(line);
    if (!inAttributes || !line.trim().startsWith('|')) continue;
    const row = cells(line);
    if (row.length < 2 || row.every((c) => /^:?-*:?$/.test(c))) continue;
    const description = row.at(-1);
    if (!description || /^(what it does|description|)$/i.test(description)) continue;
    const names = [...row[0].matchAll(/`([a-z][a-z0-9-]*)`/g)].map((m) => m[1]);
    // A row of several attributes whose words start with one of them ("`optional` shows…") is about that one.
    const about = /^`([a-z][a-z0-9-]*)`/.exec(description)?.[1];
    for (const name of about && names.includes(about) ? [about] : names) {
      if (!descriptions.has(name)) descriptions.set(name, description.charAt(0).toUpperCase() + description.slice(1));
    }
  }
  return descriptions;
}

// ---------------------------------------------------------------------------
// The manifest.

/**
 * A prop's types: the property's, as the element's interface has it, and the
 * attribute's, as HTML takes it. Kinds other than JSON are written from the
 * spec, so that a union lists its values in the spec's order; a JSON prop's
 * property type is the checker's.
 */
function typesOf(def, symbol, checker) {
  if (def.values) {
    const union = def.values.map((v) => JSON.stringify(v)).join(' | ');
    return { property: union, attribute: union };
  }
  if (def.kind === 'json') {
    const property = symbol ? checker.typeToString(checker.getTypeOfSymbol(symbol), undefined, TYPE_FLAGS) : 'unknown';
    return { property, attribute: `string (JSON: ${property})` };
  }
  const [property, attribute] = { boolean: ['boolean', 'boolean'], number: ['number | undefined', 'number'], text: ['Text | undefined', 'string'] }[
    def.kind
  ] ?? ['string | undefined', 'string'];
  return { property, attribute };
}

/** A prop's default as JavaScript source (`"text"`, `false`), for the property. */
function defaultText(def) {
  if (def.default !== undefined) return JSON.stringify(def.default);
  return def.kind === 'boolean' ? 'false' : undefined;
}

/**
 * A prop's default as the attribute's value (`text`, `2`): the schema's
 * attribute default is the value itself. A boolean attribute is off by
 * being absent, so has none.
 */
function attributeDefault(def) {
  if (def.default === undefined || def.kind === 'boolean') return undefined;
  return typeof def.default === 'string' ? def.default : JSON.stringify(def.default);
}

/**
 * The custom-elements manifest of `@cydran/components`, and the members it
 * found no description for.
 */
export async function buildManifest() {
  const { attributeName } = await import(pathToFileURL(join(COMPONENTS_SRC, 'internal', 'props.ts')).href);
  const { LOCALES } = await import('@cydran/i18n');
  const found = await registeredElements();
  const { program, checker } = createChecker(found.flatMap((e) => [e.classModule, e.definitionModule].filter(Boolean)));
  const undescribed = [];
  const modules = [];
  for (const item of found) {
    const { folder, tag, spec, classModule, className } = item;
    const classSymbol = exportOf(program, checker, classModule, className);
    if (!classSymbol) throw new Error(`${relative(root, classModule)}: no exported class ${className}`);
    const instanceType = checker.getDeclaredTypeOfSymbol(classSymbol);
    const { chain, outside } = classChain(classSymbol, checker);
    const outsideType = outside && checker.getDeclaredTypeOfSymbol(outside);
    // The spec's own symbols carry its JSDoc, through spreads (`...fieldProps`).
    const definitionSymbol = item.definitionModule && exportOf(program, checker, item.definitionModule, item.definitionName);
    const specType = definitionSymbol && checker.getTypeOfSymbol(definitionSymbol).getProperty('props');
    const specSymbols = specType ? checker.getTypeOfSymbol(specType) : undefined;
    const readmePath = join(COMPONENTS_SRC, folder, 'README.md');
    const fromReadme = existsSync(readmePath) ? readmeDescriptions(readFileSync(readmePath, 'utf8')) : new Map();

    const attributes = [];
    const fields = [];
    for (const [prop, def] of Object.entries(spec)) {
      const attribute = attributeName(prop, def);
      const specSymbol = specSymbols?.getProperty(prop);
      const description = (specSymbol && docOf(specSymbol, checker)) || fromReadme.get(attribute) || '';
      if (!description) undescribed.push(`<${tag}> ${attribute}`);
      const types = typesOf(def, instanceType.getProperty(prop), checker);
      const byDefault = defaultText(def);
      const field = { kind: 'field', name: prop, type: { text: types.property }, description, attribute };
      if (byDefault !== undefined) field.default = byDefault;
      if (def.reflect) field.reflects = true;
      fields.push(field);
      const own = { name: attribute, fieldName: prop, type: { text: types.attribute }, description };
      const attributeByDefault = attributeDefault(def);
      if (attributeByDefault !== undefined) own.default = attributeByDefault;
      attributes.push(own);
      if (def.kind === 'text') {
        for (const locale of LOCALES) {
          attributes.push({
            name: `${attribute}-${locale}`,
            type: { text: 'string' },
            description:
              `\`${attribute}\` in ${LANGUAGE_NAMES[locale] ?? locale}: shown when the element's language is \`${locale}\`. ` +
              `A plain \`${attribute}\` is English, and is shown in both languages when no twin is given.`,
          });
        }
      }
    }

    const events = new Map();
    for (const [i, { symbol, declaration }] of chain.entries()) {
      const described = new Map(firesTags(symbol, checker).map((e) => [e.name, e.description]));
      const found = dispatchedEvents(declaration, checker);
      // A `@fires` tag with no dispatch the code shows (an event of the native control that bubbles): a plain Event.
      for (const name of described.keys()) if (!found.some((e) => e.name === name)) found.push({ name, type: 'Event' });
      for (const event of found) {
        if (events.has(event.name)) continue;
        const entry = { name: event.name, type: { text: event.type }, description: described.get(event.name) ?? '' };
        if (i > 0) entry.inheritedFrom = { name: symbol.name, module: distPath(declaration.getSourceFile().fileName) };
        events.set(event.name, entry);
      }
    }
    for (const event of events.values()) if (!event.description) undescribed.push(`<${tag}> event ${event.name}`);

    const members = [...fields, ...classMembers(chain, outsideType, spec, checker)];
    for (const member of members.slice(fields.length)) if (!member.description) undescribed.push(`<${tag}> .${member.name}`);
    const [, base] = chain;
    const superclass = base
      ? { name: base.symbol.name, module: distPath(base.declaration.getSourceFile().fileName) }
      : { name: outside?.name ?? 'LitElement', package: 'lit' };
    const description = docOf(classSymbol, checker);
    if (!description) undescribed.push(`<${tag}>`);
    const path = distPath(classModule);
    modules.push({
      kind: 'javascript-module',
      path,
      declarations: [
        {
          kind: 'class',
          name: className,
          description,
          tagName: tag,
          customElement: true,
          superclass,
          attributes,
          members,
          ...(events.size ? { events: [...events.values()] } : {}),
        },
      ],
      exports: [{ kind: 'js', name: className, declaration: { name: className, module: path } }],
    });
    const definePath = distPath(join(COMPONENTS_SRC, folder, 'define.ts'));
    modules.push({
      kind: 'javascript-module',
      path: definePath,
      declarations: [],
      exports: [
        { kind: 'custom-element-definition', name: tag, declaration: { name: className, module: path } },
        { kind: 'js', name: className, declaration: { name: className, module: path } },
      ],
    });
  }
  modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { manifest: { schemaVersion: '2.0.0', modules }, undescribed };
}

// ---------------------------------------------------------------------------
// Editor data, from the manifest only.

/** Every custom element declaration of a manifest, with the folder its module is in. */
export function elementsOf(manifest) {
  return manifest.modules.flatMap((module) =>
    module.declarations.filter((d) => d.customElement).map((declaration) => ({ declaration, module, folder: module.path.split('/')[1] })),
  );
}

/** The string values of an attribute type written as a union of string literals (`"a" | "b"`), else none. */
export function enumValues(typeText) {
  const parts = typeText.split(' | ');
  const values = [];
  for (const part of parts) {
    if (!part.startsWith('"')) return undefined;
    const value = JSON.parse(part);
    if (typeof value !== 'string') return undefined;
    values.push(value);
  }
  return values;
}

const markdown = (value) => ({ kind: 'markdown', value });

/** VS Code HTML custom data (version 1.1) for the manifest's elements. */
export function vscodeData(manifest, pkg = packageJson()) {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elementsOf(manifest).map(({ declaration, folder }) => ({
      name: declaration.tagName,
      description: markdown(declaration.description),
      attributes: declaration.attributes.map((attribute) => {
        const values = enumValues(attribute.type.text);
        return {
          name: attribute.name,
          description: markdown(attribute.description + (attribute.default !== undefined ? `\n\nDefault: \`${attribute.default}\`` : '')),
          ...(attribute.type.text === 'boolean' ? { valueSet: 'v' } : {}),
          ...(values ? { values: values.map((name) => ({ name })) } : {}),
        };
      }),
      references: [{ name: `<${declaration.tagName}> documentation`, url: docsUrl(folder, pkg) }],
    })),
  };
}

/** JetBrains web-types for the manifest's elements. */
export function webTypes(manifest, pkg = packageJson()) {
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: elementsOf(manifest).map(({ declaration, folder }) => ({
          name: declaration.tagName,
          description: declaration.description,
          'doc-url': docsUrl(folder, pkg),
          source: { module: `${pkg.name}/${folder}`, symbol: declaration.name },
          attributes: declaration.attributes.map((attribute) => {
            const values = enumValues(attribute.type.text);
            const value = { type: values ? 'enum' : attribute.type.text === 'boolean' ? 'boolean' : attribute.type.text === 'number' ? 'number' : 'string' };
            if (attribute.type.text === 'boolean') value.kind = 'no-value';
            if (attribute.default !== undefined) value.default = attribute.default;
            return {
              name: attribute.name,
              description: attribute.description,
              value,
              ...(values ? { values: values.map((name) => ({ name })) } : {}),
            };
          }),
          js: {
            properties: declaration.members
              .filter((m) => m.kind === 'field')
              .map((m) => ({
                name: m.name,
                description: m.description,
                ...(m.type ? { type: m.type.text } : {}),
                ...(m.readonly ? { 'read-only': true } : {}),
              })),
            events: (declaration.events ?? []).map((e) => ({ name: e.name, description: e.description })),
          },
        })),
      },
    },
  };
}

// ---------------------------------------------------------------------------
// Files.

const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

/** Every generated file, with its current and wanted text, and the members without a description. */
export async function generatedManifestFiles() {
  const { manifest, undescribed } = await buildManifest();
  const files = [
    [MANIFEST_FILE, json(manifest)],
    [VSCODE_FILE, json(vscodeData(manifest))],
    [WEB_TYPES_FILE, json(webTypes(manifest))],
  ].map(([path, wanted]) => ({ path, wanted, current: existsSync(path) ? readFileSync(path, 'utf8') : undefined }));
  return { files, undescribed };
}

async function main(argv) {
  const { files, undescribed } = await generatedManifestFiles();
  if (argv.includes('--undescribed')) console.log(undescribed.join('\n'));
  const stale = files.filter((f) => f.current !== f.wanted);
  if (argv.includes('--check')) {
    if (stale.length) {
      console.error(
        `Stale generated files (run npm run generate, or node scripts/generate-manifest.js):\n${stale.map((f) => `  ${relative(root, f.path)}`).join('\n')}`,
      );
      process.exit(1);
    }
    return;
  }
  for (const { path, wanted } of stale) writeFileSync(path, wanted);
  if (stale.length) console.log(`generate-manifest: wrote ${stale.map((f) => relative(root, f.path)).join(', ')}`);
}

/** Whether this process reads TypeScript sources with the `source` condition (as the tests run). */
function readsSources() {
  const args = process.execArgv.join(' ');
  return args.includes('--conditions=source') && /--import[= ]tsx/.test(args);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!readsSources()) {
    // The specs are TypeScript: run again the way the repository runs TypeScript.
    const run = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', ...process.argv.slice(1)], { stdio: 'inherit', cwd: root });
    process.exit(run.status ?? 1);
  }
  try {
    await main(process.argv.slice(2));
  } catch (error) {
    console.error(`generate-manifest: ${error instanceof Error ? error.stack : error}`);
    process.exit(1);
  }
}

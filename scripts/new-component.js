#!/usr/bin/env node
// `npm run new-component NAME`: a new component in its own folder,
// packages/components/src/NAME/, on the project's architecture — props spec
// and template (NAME.template.ts), element (NAME.ts), define module
// (define.ts), English and Welsh messages, stylesheet, browser test with axe
// in both languages, stories and README — from scripts/templates/component/.
// Then the stylesheet joins src/cydran.css and the generator
// (scripts/generate-components.js) adds the component to every list.
// Usage: node scripts/new-component.js NAME [--dir <src>]
//   NAME   kebab-case, without the `cyd-` prefix: `info-panel` makes <cyd-info-panel>
//   --dir  another src folder (the tests use a copy)
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMPONENTS_SRC, packageFields, writeGenerated } from './generate-components.js';

const TEMPLATES = fileURLToPath(new URL('./templates/component/', import.meta.url));

/** Template file → the file it becomes in the component folder. */
const FILES = {
  'template.ts.tmpl': (name) => `${name}.template.ts`,
  'element.ts.tmpl': (name) => `${name}.ts`,
  'define.ts.tmpl': () => 'define.ts',
  'messages.ts.tmpl': (name) => `${name}.messages.ts`,
  'css.tmpl': (name) => `${name}.css`,
  'test.ts.tmpl': (name) => `${name}.test.ts`,
  'stories.ts.tmpl': (name) => `${name}.stories.ts`,
  'README.md.tmpl': () => 'README.md',
};

const KEBAB_CASE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** Why `name` cannot be a new component in `srcDir`, or undefined when it can. */
export function nameProblem(name, srcDir = COMPONENTS_SRC) {
  if (!name) return 'Name the component: npm run new-component info-panel';
  if (name.startsWith('cyd-')) return `Leave out the cyd- prefix: npm run new-component ${name.slice(4)} makes <${name}>.`;
  if (!KEBAB_CASE.test(name)) {
    return `"${name}" is not kebab-case: lower-case letters and digits in words joined by hyphens, starting with a letter (info-panel, not InfoPanel or info_panel).`;
  }
  if (existsSync(join(srcDir, name))) return `src/${name}/ already exists: choose another name, or edit that component.`;
  const taken = Object.keys(packageFields(srcDir).exports).map((subpath) => subpath.replace(/^\.\/?/, ''));
  if (taken.includes(name) || ['internal', 'index'].includes(name)) {
    return `"${name}" is already an entry point of @cydran/components (@cydran/components/${name}): choose another name.`;
  }
  return undefined;
}

const pascal = (name) =>
  name
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
const camel = (name) => pascal(name).charAt(0).toLowerCase() + pascal(name).slice(1);
const title = (name) => {
  const words = name.split('-').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

function fill(template, name) {
  return template.replaceAll('__NAME__', name).replaceAll('__Pascal__', pascal(name)).replaceAll('__camel__', camel(name)).replaceAll('__Title__', title(name));
}

/**
 * Adds `@import './NAME/NAME.css';` to src/cydran.css among the component
 * stylesheets, in name order, so dist/cydran.css styles the new component.
 */
function addStylesheet(srcDir, name) {
  const path = join(srcDir, 'cydran.css');
  if (!existsSync(path)) return;
  const lines = readFileSync(path, 'utf8').split('\n');
  const line = `@import './${name}/${name}.css';`;
  if (lines.includes(line)) return;
  const isComponentImport = (l) => l.startsWith("@import './") && !l.startsWith("@import './internal/");
  const after = lines.findIndex((l) => isComponentImport(l) && l > line);
  const lastImport = lines.findLastIndex((l) => l.startsWith('@import '));
  lines.splice(after >= 0 ? after : lastImport + 1, 0, line);
  writeFileSync(path, lines.join('\n'));
}

/** Writes the component folder and regenerates the lists; returns the files written. */
export function newComponent(name, srcDir = COMPONENTS_SRC) {
  const problem = nameProblem(name, srcDir);
  if (problem) throw new Error(problem);
  const folder = join(srcDir, name);
  mkdirSync(folder);
  const written = [];
  for (const template of readdirSync(TEMPLATES).sort()) {
    const target = FILES[template];
    if (!target) continue;
    const path = join(folder, target(name));
    writeFileSync(path, fill(readFileSync(join(TEMPLATES, template), 'utf8'), name));
    written.push(path);
  }
  addStylesheet(srcDir, name);
  return [...written, ...writeGenerated({ srcDir })];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const dirAt = args.indexOf('--dir');
  const srcDir = dirAt >= 0 ? resolve(args[dirAt + 1] ?? '') : COMPONENTS_SRC;
  const names = args.filter((a, i) => !a.startsWith('--') && (dirAt < 0 || i !== dirAt + 1));
  try {
    if (names.length > 1) throw new Error(`One component at a time: got ${names.join(', ')}.`);
    const [name] = names;
    const written = newComponent(name, srcDir);
    console.log(`<cyd-${name}> is ready in ${join(srcDir, name)}:\n${written.map((p) => `  ${p}`).join('\n')}`);
    console.log('Next: fill in README.md and the element comment, then run its test:');
    console.log(`  npx web-test-runner "packages/components/src/${name}/${name}.test.ts" --static-logging`);
  } catch (error) {
    console.error(`new-component: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}

// `npm run new-component NAME` (scripts/new-component.js) on a copy of this
// package's src: the folder it writes is a component that compiles, and
// every generated list has it. Bad names are refused before anything is written.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { scanComponents } from '../../../scripts/generate-components.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const script = join(root, 'scripts', 'new-component.js');

/** `node scripts/new-component.js ...args` as a developer runs it. */
function run(...args: string[]) {
  return spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });
}

/**
 * Type errors in `files`, checked with the repository's tsconfig. Errors in
 * the modules they import are the concern of those modules' own checks.
 */
function typeErrors(files: string[]): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, 'tsconfig.json'),
    { noEmit: true },
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => assert.fail(ts.flattenDiagnosticMessageText(d.messageText, '\n')),
    },
  );
  assert.ok(config);
  const program = ts.createProgram(files, config.options);
  const checked = files.map((f) => f.split('\\').join('/'));
  const inChecked = (d: ts.Diagnostic) => !d.file || checked.includes(d.file.fileName);
  return ts
    .getPreEmitDiagnostics(program)
    .filter(inChecked)
    .map((d) => {
      const where = d.file ? `${d.file.fileName}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}: ` : '';
      return where + ts.flattenDiagnosticMessageText(d.messageText, '\n');
    });
}

describe('npm run new-component', () => {
  // Inside the repository (node_modules/.cache) so lit, @cydran/* and the test
  // helpers resolve as they do for a real component; test/ is linked in at
  // the same depth, for the new test's `../../../../test/support/helpers.js`.
  let workspace: string;
  let src: string;
  before(() => {
    mkdirSync(join(root, 'node_modules', '.cache'), { recursive: true });
    workspace = mkdtempSync(join(root, 'node_modules', '.cache', 'new-component-'));
    src = join(workspace, 'packages', 'components', 'src');
    cpSync(join(root, 'packages', 'components', 'src'), src, { recursive: true });
    cpSync(join(root, 'packages', 'components', 'package.json'), join(workspace, 'packages', 'components', 'package.json'));
    symlinkSync(join(root, 'test'), join(workspace, 'test'));
  });
  after(() => rmSync(workspace, { recursive: true, force: true }));

  it('writes a component folder on the architecture that compiles', () => {
    const result = run('info-panel', '--dir', src);
    assert.equal(result.status, 0, result.stderr);
    const folder = join(src, 'info-panel');
    const files = [
      'define.ts',
      'info-panel.template.ts',
      'info-panel.ts',
      'info-panel.messages.ts',
      'info-panel.css',
      'info-panel.test.ts',
      'info-panel.stories.ts',
      'README.md',
    ];
    for (const file of files) assert.ok(existsSync(join(folder, file)), `wrote ${file}`);

    const template = readFileSync(join(folder, 'info-panel.template.ts'), 'utf8');
    assert.match(template, /export const infoPanelDefinition = defineComponent\(\{\n {2}tag: 'cyd-info-panel'/);
    assert.match(readFileSync(join(folder, 'info-panel.ts'), 'utf8'), /export class CydInfoPanel extends CydElement</);
    assert.match(readFileSync(join(folder, 'info-panel.messages.ts'), 'utf8'), /\} satisfies CatalogueOf<typeof en>;/);
    const test = readFileSync(join(folder, 'info-panel.test.ts'), 'utf8');
    assert.ok(test.includes('expectAccessibleInBothLanguages'), 'the test runs axe in English and Welsh');
    const readme = readFileSync(join(folder, 'README.md'), 'utf8');
    assert.ok(readme.includes('## When to use') && readme.includes('## When not to use'));

    const typeScript = files.filter((f) => f.endsWith('.ts')).map((f) => join(folder, f));
    assert.deepEqual(typeErrors([...typeScript, join(src, 'index.ts'), join(src, 'catalogues.fixture.ts')]), []);
  });

  it('adds it to every generated list, the package entry points and the stylesheet', () => {
    const scan = scanComponents(src);
    assert.ok(scan.elements.some((e) => e.tag === 'cyd-info-panel' && e.folder === 'info-panel'));
    assert.ok(scan.definitions.some((d) => d.name === 'infoPanelDefinition'));
    assert.ok(scan.catalogues.includes('info-panel/info-panel.messages.ts'));
    const read = (file: string) => readFileSync(join(src, file), 'utf8');
    assert.ok(read('all.ts').includes("import './info-panel/define.js';"));
    assert.ok(read('index.ts').includes("export { CydInfoPanel } from './info-panel/info-panel.js';"));
    assert.ok(read('index.ts').includes("export { infoPanelDefinition } from './info-panel/info-panel.template.js';"));
    assert.ok(read('internal/definitions.ts').includes('  infoPanelDefinition,'));
    assert.ok(read('catalogues.fixture.ts').includes("'info-panel/info-panel.messages.ts': infoPanelMessages,"));
    assert.ok(read('cydran.css').includes("@import './info-panel/info-panel.css';"));
    const manifest = JSON.parse(readFileSync(join(src, '..', 'package.json'), 'utf8'));
    assert.deepEqual(manifest.exports['./info-panel'], {
      source: './src/info-panel/define.ts',
      types: './dist/info-panel/define.d.ts',
      default: './dist/info-panel/define.js',
    });
    assert.ok(manifest.sideEffects.includes('./dist/info-panel/define.js'));
    assert.ok(manifest.sideEffects.includes('./src/info-panel/define.ts'));
  });

  for (const [name, why] of [
    ['InfoPanel', 'is not kebab-case'],
    ['info_panel', 'is not kebab-case'],
    ['2fa-code', 'is not kebab-case'],
    ['cyd-info-box', 'Leave out the cyd- prefix'],
    ['text-input', 'src/text-input/ already exists'],
    ['schema-phone', 'already an entry point'],
    ['all', 'already an entry point'],
    ['dev-mode', 'already an entry point'],
  ] as const) {
    it(`refuses "${name}": ${why}`, () => {
      const result = run(name, '--dir', src);
      assert.equal(result.status, 1);
      assert.ok(result.stderr.includes(why), result.stderr);
      if (name !== 'text-input') assert.equal(existsSync(join(src, name)), false, 'wrote nothing');
    });
  }

  it('refuses to run with no name, saying how to call it', () => {
    const result = run('--dir', src);
    assert.equal(result.status, 1);
    assert.ok(result.stderr.includes('npm run new-component info-panel'), result.stderr);
  });
});

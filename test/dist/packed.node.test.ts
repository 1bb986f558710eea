// The packages as an application outside this repository gets them: every
// workspace package is `npm pack`ed, the tarballs are installed together into
// a fresh application in a temporary folder (nothing from the monorepo on its
// path; third-party dependencies such as lit and zod come from the npm
// registry), and that application then bundles a page from per-component
// entry points with esbuild, server-renders in Node, type-checks a consumer
// .ts file with tsc, validates with @cydran/data-model and checks a packed
// example form with the cydran-forms command, writes a sign-in page with
// @cydran/auth and server-renders a React page with @cydran/react's
// wrappers then expandHTML. The application's files are in
// test/packaging/consumer/.
//
// With publint and @arethetypeswrong/cli in node_modules/.bin (or in
// CYDRAN_LINTERS_BIN), every tarball must pass them too; without, those two
// checks are skipped, saying so.
//
// Runs after the build (scripts/test.js): builds dist/ first if it is missing.
// Skipped, saying so, when the npm registry cannot be reached.
import assert from 'node:assert/strict';
import { type SpawnSyncReturns, execFile, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';
import { getLanguageService, newHTMLDataProvider, type HTMLDataV1 } from 'vscode-html-languageservice';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { deadLinks } from '../packaging/markdown-links.js';
import { launchChromium, serve } from '../progressive-enhancement/support.js';

const execFileAsync = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const consumerFixture = join(root, 'test', 'packaging', 'consumer');
const PACKAGES = ['i18n', 'tokens', 'data-model', 'components', 'forms', 'auth', 'react'] as const;
/** What the build writes that the packages' exports point at; the build runs if any is missing. */
const BUILT = [
  ...PACKAGES.map((name) => (name === 'react' ? 'packages/react/dist/generated/index.js' : `packages/${name}/dist/index.js`)),
  'packages/components/dist/cydran.js',
  'packages/components/dist/cydran.css',
];
/** What the application installs beside the tarballs: the peers the READMEs name (React for @cydran/react, react-dom to render with it, React's types for a TypeScript app). */
const APPLICATION_DEPENDENCIES = ['react@^19', 'react-dom@^19', '@types/react@^19'];

/** The package linters, once they are the repository's devDependencies; their checks are skipped until then. */
const binDirectory = process.env.CYDRAN_LINTERS_BIN ?? join(root, 'node_modules', '.bin');
const PUBLINT = join(binDirectory, 'publint');
const ATTW = join(binDirectory, 'attw');
const notInstalled = (bin: string, name: string): string | false => (existsSync(bin) ? false : `${name} is not installed (npm install --save-dev ${name})`);
/**
 * attw's options per package: every package is ES modules only (no CommonJS
 * build, by design), and stylesheet entry points are not modules.
 */
const ATTW_OPTIONS: Record<(typeof PACKAGES)[number], string[]> = {
  i18n: [],
  tokens: ['--exclude-entrypoints', './tokens.css'],
  'data-model': [],
  components: ['--exclude-entrypoints', './cydran.css'],
  forms: [],
  auth: [],
  react: [],
};

/** A page loading only what esbuild bundled from the installed packages. */
const BUNDLED_PAGE = `<!doctype html>
<html lang="cy">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Gwneud cais</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="/page.css">
  <script type="module" src="/page.js"></script>
</head>
<body>
  <form method="post" novalidate>
    <cyd-text-input name="email" type="email" label="Email address" label-cy="Cyfeiriad e-bost"></cyd-text-input>
    <cyd-button text="Continue" text-cy="Parhau"></cyd-button>
  </form>
</body>
</html>`;

/** What `npm run` sets that would point the application's npm at this repository (its folder, its package, its script). */
const REPOSITORY_SETTINGS = /^npm_(package_|lifecycle_|command$|config_(local_|global_)?prefix$)/i;

/**
 * The environment for the application's commands: none of this repository's
 * npm or Node settings, but the machine's npm configuration (its registry,
 * proxy and certificates) kept.
 */
function cleanEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !REPOSITORY_SETTINGS.test(name) && name !== 'NODE_OPTIONS' && name !== 'NODE_PATH'));
}

/** Runs a command to its end (or for `timeout` ms at the most). */
function run(command: string, args: string[], cwd: string, timeout = 120_000): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, env: cleanEnvironment(), encoding: 'utf8', timeout });
}

function succeed(command: string, args: string[], cwd: string, timeout?: number): string {
  const result = run(command, args, cwd, timeout);
  assert.equal(result.status, 0, `${command} ${args.join(' ')} failed in ${cwd}:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

function buildIfMissing(): void {
  if (BUILT.every((path) => existsSync(join(root, path)))) return;
  // The lock keeps two builds from writing dist/ at once on a shared machine.
  succeed('flock', ['/tmp/cydran-build.lock', 'npm', 'run', 'build'], root);
}

/** Every file path an `exports` map names (wildcard patterns left out), with the entry point it is for. */
function exportTargets(exports: unknown, entry = '.'): Array<{ entry: string; target: string }> {
  if (typeof exports === 'string') return exports.includes('*') ? [] : [{ entry, target: exports }];
  if (exports === null || typeof exports !== 'object') return [];
  return Object.entries(exports).flatMap(([key, value]) => exportTargets(value, key.startsWith('.') ? key : entry));
}

function isInside(parent: string, path: string): boolean {
  const rel = relative(parent, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** Why the registry cannot be used (`npm ping`'s own reason), or false when it answers. */
function registryUnreachable(): string | false {
  const ping = run('npm', ['ping', '--fetch-retries=0'], tmpdir(), 30_000);
  if (ping.status === 0) return false;
  const reason = ping.error ? ping.error.message : (ping.stderr.split('\n').find((line) => line.includes('FetchError')) ?? ping.stderr.trim());
  return `the npm registry cannot be reached (npm ping: ${reason.replace(/^npm error\s*/, '')})`;
}

const skipReason = registryUnreachable();
if (skipReason) console.log(`# packed packages: skipped, ${skipReason}`);

describe('the packed packages, installed into a fresh application', { skip: skipReason }, () => {
  let work = '';
  let app = '';
  /** Each package's tarball, by its short name. */
  const tarballOf = new Map<string, string>();
  const installed = (name: string): string => join(app, 'node_modules', '@cydran', name);

  before(() => {
    buildIfMissing();
    work = mkdtempSync(join(tmpdir(), 'cydran-packed-'));
    assert.ok(!isInside(root, work), `the temporary folder ${work} is inside the repository`);
    const tarballs = join(work, 'tarballs');
    app = join(work, 'app');
    mkdirSync(tarballs);
    cpSync(consumerFixture, app, { recursive: true });

    const packed = JSON.parse(succeed('npm', ['pack', '--workspaces', '--pack-destination', tarballs, '--json', '--silent'], root)) as Array<{
      name: string;
      filename: string;
    }>;
    assert.deepEqual(packed.map((entry) => entry.name).sort(), PACKAGES.map((name) => `@cydran/${name}`).sort());
    for (const entry of packed) tarballOf.set(entry.name.replace('@cydran/', ''), join(tarballs, entry.filename));

    // The server renderer's optional peers, as the components README says.
    const peers = JSON.parse(readFileSync(join(root, 'packages', 'components', 'package.json'), 'utf8')) as { peerDependencies: Record<string, string> };
    const peerSpecs = Object.entries(peers.peerDependencies).map(([name, range]) => `${name}@${range}`);
    succeed(
      'npm',
      [
        'install',
        '--prefer-offline',
        '--no-audit',
        '--no-fund',
        '--loglevel=error',
        ...packed.map((entry) => join(tarballs, entry.filename)),
        ...peerSpecs,
        ...APPLICATION_DEPENDENCIES,
      ],
      app,
      // With an empty npm cache this fetches PGlite, pg, lit, zod and the rest (95 MB): 14 s here, longer on a slow line.
      600_000,
    );
  });

  after(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('installs every package from its tarball, with no missing or wrong dependency', () => {
    for (const name of PACKAGES) {
      const manifest = JSON.parse(readFileSync(join(installed(name), 'package.json'), 'utf8')) as { name: string };
      assert.equal(manifest.name, `@cydran/${name}`);
    }
    // Each @cydran dependency is the one installed package, not a second copy fetched from elsewhere.
    const nested = PACKAGES.flatMap((name) => (existsSync(join(installed(name), 'node_modules', '@cydran')) ? [name] : []));
    assert.deepEqual(nested, []);
    succeed('npm', ['ls', '--all', '--silent'], app);
  });

  it('holds every file its exports and bin name', () => {
    const missing = PACKAGES.flatMap((name) => {
      const manifest = JSON.parse(readFileSync(join(installed(name), 'package.json'), 'utf8')) as { exports: unknown; bin?: Record<string, string> };
      const targets = [...exportTargets(manifest.exports), ...Object.entries(manifest.bin ?? {}).map(([entry, target]) => ({ entry: `bin ${entry}`, target }))];
      return targets.filter(({ target }) => !existsSync(join(installed(name), target))).map(({ entry, target }) => `@cydran/${name} ${entry}: ${target}`);
    });
    assert.deepEqual(missing, [], 'files missing from the tarballs (a dist/ older than the sources? run npm run build)');
  });

  it('bundles a page from per-component entry points with esbuild, from the installed packages only, and the page works in Chromium', async () => {
    const result = await build({
      absWorkingDir: app,
      entryPoints: ['page.js'],
      bundle: true,
      format: 'esm',
      outdir: 'out',
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    assert.deepEqual(
      inputs.filter((path) => !isInside(app, join(app, path))),
      [],
      'every module comes from the application folder',
    );
    assert.deepEqual(
      inputs.filter((path) => path.endsWith('.ts')),
      [],
      'no TypeScript source is bundled',
    );
    for (const entry of ['text-input', 'button']) assert.ok(inputs.includes(`node_modules/@cydran/components/dist/${entry}/define.js`), `${entry} is bundled`);
    const otherComponents = inputs.filter((path) => /components\/dist\/(radios|checkboxes|date-input|table|header)\//.test(path));
    assert.deepEqual(otherComponents, [], 'only the imported components are bundled');
    assert.ok(
      inputs.some((path) => path.startsWith('node_modules/lit')),
      'lit comes from the application',
    );
    const outputs = Object.keys(result.metafile.outputs);
    assert.ok(outputs.includes('out/page.css'), `the stylesheet is bundled (outputs: ${outputs.join(', ')})`);

    // The bundle on a page in Chromium: the two imported elements upgrade, in the page's language.
    const files: Record<string, { type: string; body: Buffer }> = {
      '/page.js': { type: 'text/javascript', body: readFileSync(join(app, 'out', 'page.js')) },
      '/page.css': { type: 'text/css', body: readFileSync(join(app, 'out', 'page.css')) },
    };
    const server = await serve((request) => (request.path === '/' ? { body: BUNDLED_PAGE } : files[request.path]));
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.goto(server.origin, { waitUntil: 'load' });
      const upgraded = await page.evaluate(async () => {
        await Promise.all(['cyd-text-input', 'cyd-button'].map((tag) => customElements.whenDefined(tag)));
        const field = document.querySelector('cyd-text-input');
        if (field && 'updateComplete' in field) await field.updateComplete;
        return {
          label: document.querySelector('cyd-text-input label')?.textContent?.trim(),
          input: document.querySelector('cyd-text-input input')?.getAttribute('name'),
          button: document.querySelector('cyd-button button')?.textContent?.trim(),
          radiosDefined: customElements.get('cyd-radios') !== undefined,
        };
      });
      assert.deepEqual(upgraded, { label: 'Cyfeiriad e-bost', input: 'email', button: 'Parhau', radiosDefined: false });
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it('server-renders from @cydran/components/server in Node, in Welsh and English', () => {
    const rendered = JSON.parse(succeed(process.execPath, ['render.js'], app)) as Record<string, unknown>;
    assert.equal(rendered.resolved, `file://${installed('components')}/dist/server.js`);
    assert.deepEqual(rendered.cy, {
      tags: ['cyd-text-input'],
      label: 'Cyfeiriad e-bost',
      labelFor: 'email',
      input: { class: 'cyd-input', id: 'email', name: 'email', type: 'email' },
    });
    assert.deepEqual(rendered.en, {
      tags: ['cyd-text-input'],
      label: 'Email address',
      labelFor: 'email',
      input: { class: 'cyd-input', id: 'email', name: 'email', type: 'email' },
    });
    assert.deepEqual(
      rendered.page,
      {
        tags: ['cyd-button', 'cyd-text-input'],
        label: 'Cyfeiriad e-bost',
        labelFor: 'email',
        input: { class: 'cyd-input', id: 'email', name: 'email', type: 'text' },
      },
      'expandHTML renders every element of the page, in the language of the page',
    );
  });

  it('type-checks a consumer .ts file against the installed packages’ declarations', () => {
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    const typescriptLib = join(root, 'node_modules', 'typescript', 'lib');
    const files = succeed(process.execPath, [tsc, '-p', 'tsconfig.json', '--listFilesOnly'], app).split('\n').filter(Boolean);
    assert.deepEqual(
      files.filter((path) => !isInside(app, path) && dirname(path) !== typescriptLib),
      [],
      'every declaration comes from the application folder (or is one of TypeScript’s own libraries)',
    );
    for (const name of ['components', 'data-model', 'i18n', 'forms', 'auth', 'react'])
      assert.ok(
        files.some((path) => isInside(join(installed(name), 'dist'), path)),
        `@cydran/${name}'s declarations are read`,
      );
    succeed(process.execPath, [tsc, '-p', 'tsconfig.json'], app);
  });

  it('validates with @cydran/data-model in Node, in Welsh and English', () => {
    const validated = JSON.parse(succeed(process.execPath, ['validate.js'], app)) as Record<string, unknown>;
    assert.equal(validated.resolved, `file://${installed('data-model')}/dist/index.js`);
    assert.deepEqual(validated.valid, { success: true, data: '9434765919' });
    assert.deepEqual(validated.cy, { success: false, errors: [{ path: [], code: 'nhsNumberChecksum', message: 'Rhowch rif GIG go iawn' }] });
    assert.deepEqual(validated.en, { success: false, errors: [{ path: [], code: 'nhsNumberChecksum', message: 'Enter a real NHS number' }] });
    assert.deepEqual(validated.postcode, { success: true, data: 'CF10 1AA' });
  });

  it('checks a packed example form with `npx cydran-forms check`, and rejects a broken one', () => {
    const example = join('node_modules', '@cydran', 'forms', 'examples', 'blue-badge.json');
    const output = succeed('npx', ['--no-install', 'cydran-forms', 'check', example], app);
    assert.match(output, /form 'blue-badge' version 1 is valid/);

    const broken = JSON.parse(readFileSync(join(app, example), 'utf8')) as { pages: Array<{ questions: Array<{ label: Record<string, string> }> }> };
    delete broken.pages[0]!.questions[0]!.label.cy;
    writeFileSync(join(app, 'broken.json'), JSON.stringify(broken));
    const rejected = run('npx', ['--no-install', 'cydran-forms', 'check', 'broken.json'], app);
    assert.equal(rejected.status, 1, `a form with a question missing its Welsh label passed:\n${rejected.stdout}${rejected.stderr}`);
    assert.match(rejected.stderr, /is not a valid form definition/);
  });

  it('writes a sign-in page from @cydran/auth/patterns in Node, in Welsh, and in English with an error', () => {
    const written = JSON.parse(succeed(process.execPath, ['auth.js'], app)) as Record<string, unknown>;
    assert.equal(written.resolved, `file://${installed('auth')}/dist/patterns/index.js`);
    const cy = written.cy as Record<string, unknown>;
    assert.equal(cy.lang, 'cy');
    assert.equal(cy.form, '/sign-in');
    assert.deepEqual(cy.email, { name: 'email', value: null });
    assert.ok(String(cy.title).includes(String(cy.h1)) && String(cy.h1).length > 0, `the title carries the heading: ${JSON.stringify(cy)}`);
    const en = written.enWithError as Record<string, unknown>;
    assert.equal(en.lang, 'en');
    assert.ok(String(en.title).startsWith('Error: '), `the title says there is an error: ${String(en.title)}`);
    assert.deepEqual(en.email, { name: 'email', value: 'not an email' }, 'what was typed is kept');
    assert.equal(en.errorSummaryLinks, 1, 'the error summary links to the field');
    assert.ok(typeof written.wrongMessage === 'string' && written.wrongMessage.length > 0);
    const usage = run('npx', ['--no-install', 'cydran-auth', '--help'], app);
    assert.equal(usage.status, 0, `npx cydran-auth --help failed:\n${usage.stdout}${usage.stderr}`);
    assert.match(usage.stdout, /provider/);
  });

  it('server-renders a React page with @cydran/react, expanded by @cydran/components/server into a real label and input', () => {
    const rendered = JSON.parse(succeed(process.execPath, ['react.js'], app)) as Record<string, unknown>;
    assert.equal(rendered.resolved, `file://${installed('react')}/dist/generated/text-input.js`);
    assert.deepEqual({ label: rendered.label, input: rendered.input }, { label: 'Cyfeiriad e-bost', input: { name: 'email', type: 'email' } });
  });

  it("gives VS Code's HTML completions the cyd- tags, their attributes and values from the installed package", () => {
    // The language service VS Code's HTML support is built on, given the file
    // docs/editors.md tells a developer to name in "html.customData".
    const data = JSON.parse(readFileSync(join(installed('components'), 'vscode.html-custom-data.json'), 'utf8')) as HTMLDataV1;
    const service = getLanguageService({ customDataProviders: [newHTMLDataProvider('cydran', data)] });
    const complete = (text: string) => {
      const document = TextDocument.create('file:///page.html', 'html', 1, text);
      return service.doComplete(document, document.positionAt(text.length), service.parseHTMLDocument(document)).items;
    };
    const documentation = (item: { documentation?: string | { value: string } }) =>
      typeof item.documentation === 'string' ? item.documentation : (item.documentation?.value ?? '');

    const tags = complete('<form><cyd-');
    const textInput = tags.find((item) => item.label === 'cyd-text-input');
    assert.ok(textInput, `no cyd-text-input among ${tags.length} tag completions`);
    assert.ok(documentation(textInput).length > 20, 'the tag completion carries its description');
    assert.ok(tags.filter((item) => item.label.startsWith('cyd-')).length >= 40, 'every element is offered');

    const attributes = complete('<cyd-text-input ').map((item) => item.label);
    for (const name of ['label', 'label-cy', 'hint-cy', 'name', 'type', 'autocomplete'])
      assert.ok(attributes.includes(name), `no ${name} among <cyd-text-input> attributes`);
    const labelCy = complete('<cyd-text-input ').find((item) => item.label === 'label-cy');
    assert.match(documentation(labelCy ?? {}), /Welsh|Cymraeg/, 'the -cy twin says it is the Welsh text');

    const types = complete('<cyd-text-input type="').map((item) => item.label);
    assert.ok(types.includes('email') && types.includes('tel'), `type values offered: ${types.join(', ')}`);
  });

  it('has no dead relative link in a packed README or other markdown file', () => {
    const dead = PACKAGES.flatMap((name) => deadLinks(installed(name)).map(({ file, target }) => `@cydran/${name} ${file} ${target}`));
    assert.deepEqual(
      dead,
      [],
      'links in packed markdown must point at a file inside the package, or at the repository by its public address (test/packaging/repository.node.test.ts)',
    );
  });

  it('passes publint --strict, every tarball', { skip: notInstalled(PUBLINT, 'publint') }, () => {
    const failures = PACKAGES.flatMap((name) => {
      const result = run(PUBLINT, ['--strict', tarballOf.get(name)!], work);
      return result.status === 0 ? [] : [`@cydran/${name}:\n${result.stdout}${result.stderr}`];
    });
    assert.deepEqual(failures, []);
  });

  it('passes @arethetypeswrong/cli as ES-module-only packages, every tarball', { skip: notInstalled(ATTW, '@arethetypeswrong/cli') }, async () => {
    const results = await Promise.all(
      PACKAGES.map(async (name) => {
        const args = [tarballOf.get(name)!, '--profile', 'esm-only', '--format', 'ascii', '--no-color', ...ATTW_OPTIONS[name]];
        try {
          await execFileAsync(ATTW, args, { cwd: work, env: cleanEnvironment() });
          return [];
        } catch (error) {
          // Only the problems: not the entry points that pass, nor the resolutions the profile ignores.
          const output = error instanceof Error && 'stdout' in error ? String(error.stdout) : String(error);
          const problems = output.split(/^\*+$/m).flatMap((section) => {
            const lines = section.trim().split('\n');
            const failed = lines.filter((line) => /❌|💀|⚠️/.test(line) && !line.includes('(ignored'));
            return lines[0]?.startsWith('"') && failed.length > 0 ? [`${lines[0]} ${failed.join('; ')}`] : [];
          });
          return [`@cydran/${name}: ${problems.length > 0 ? problems.join('\n') : output}`];
        }
      }),
    );
    assert.deepEqual(results.flat(), []);
  });

  it('finds dead links where there are some (the check itself works)', () => {
    const readme = join(work, 'links', 'README.md');
    mkdirSync(join(work, 'links'));
    cpSync(join(installed('tokens'), 'package.json'), join(work, 'links', 'package.json'));
    writeFileSync(
      readme,
      '[here](package.json) [gone](docs/gone.md) [out](../app/page.js) [web](https://example.com/x.md) [top](#install)\n\n```md\n[code](nowhere.md)\n```\n',
    );
    assert.deepEqual(
      deadLinks(join(work, 'links')).map(({ target }) => target),
      ['docs/gone.md', '../app/page.js'],
    );
  });
});

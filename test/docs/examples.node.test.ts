// Every example in README.md, docs/ and the packages' READMEs runs as
// printed, so none can rot. The html, js and ts code blocks are taken from
// the markdown (test/docs/code-blocks.ts) and:
//   - html: loaded in Chromium, served next to the built bundle (dist/cydran.js
//     at dist/…, /assets/… and the page's own folder); a block that loads no
//     script itself is put in a minimal page that loads the bundle. No error,
//     no warning, no failed request, and every cyd-* element defined and
//     rendered.
//   - js/ts for the browser: bundled with esbuild (the sources, as a bundler
//     would) and run in a page; for Node: run with tsx. No exception, nothing
//     on stderr.
// A block that is not an example (a fragment, an output) says so with
// `<!-- not-run: why -->` just before it; see CONTRIBUTING.md.
//
// Builds dist/ first if cydran.js is missing.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';
import type { Browser } from 'puppeteer-core';
import { launchChromium, repositoryRoot, serve, type TestServer } from '../progressive-enhancement/support.js';
import { type CodeBlock, RUNNABLE, allCodeBlocks, runsIn } from './code-blocks.js';

const dist = join(repositoryRoot, 'packages', 'components', 'dist');
const scratch = join(repositoryRoot, 'node_modules', '.cache', 'cydran-docs-examples');

function buildIfMissing(): void {
  if (existsSync(join(dist, 'cydran.js')) && existsSync(join(dist, 'cydran.css'))) return;
  execFileSync('flock', ['/tmp/cydran-build.lock', 'npm', 'run', 'build'], { cwd: repositoryRoot, stdio: 'inherit' });
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.html': 'text/html; charset=utf-8',
};

/** The page the test is showing, and the script bundled for it. */
let current: { html: string; script?: string; stylesheet?: string } = { html: '' };

/**
 * Where the examples' pages find the bundle: `dist/…` next to the page (as the
 * README says to copy it), `/assets/…` (as the guides serve it) and
 * `/node_modules/…` (the tokens README).
 */
function fileFor(path: string): string | undefined {
  const inside = (base: string, rest: string) => {
    const file = normalize(join(base, rest));
    return file.startsWith(base + sep) ? file : undefined;
  };
  if (path.startsWith('/dist/')) return inside(dist, path.slice('/dist/'.length));
  if (path.startsWith('/assets/')) return inside(dist, path.slice('/assets/'.length));
  if (path.startsWith('/node_modules/')) return inside(join(repositoryRoot, 'node_modules'), path.slice('/node_modules/'.length));
  return undefined;
}

/** A block that loads nothing itself goes in this page, which loads the bundle. */
function pageAround(markup: string, lang: 'en' | 'cy', head = ''): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Example</title>
  ${head}
</head>
<body>
${markup}
</body>
</html>`;
}

const BUNDLE_HEAD = '<link rel="stylesheet" href="/dist/cydran.css"><script type="module" src="/dist/cydran.js"></script>';

function isWholePage(html: string): boolean {
  return /<script\b|<link\b[^>]*rel="stylesheet"/i.test(html);
}

/** Bundles a browser script block from the sources, as an application's bundler would. */
async function bundleScript(block: CodeBlock): Promise<{ script: string; stylesheet?: string }> {
  const result = await build({
    stdin: { contents: block.code, resolveDir: repositoryRoot, loader: block.info === 'ts' ? 'ts' : 'js', sourcefile: `${block.file}:${block.line}` },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['source', 'browser'],
    tsconfig: join(repositoryRoot, 'tsconfig.json'),
    write: false,
    outdir: 'out',
    logLevel: 'silent',
  });
  const script = result.outputFiles.find((file) => file.path.endsWith('.js'))!.text;
  const stylesheet = result.outputFiles.find((file) => file.path.endsWith('.css'))?.text;
  return { script, stylesheet };
}

interface PageReport {
  problems: string[];
  elements: number;
}

/**
 * Every cyd-* element in the page is defined, upgraded and has rendered
 * (Lit's hasUpdated) with something in it. Passed as a string: a function
 * written here would be compiled with helpers the page lacks.
 */
const CHECK_ELEMENTS = `(async () => {
  const problems = [];
  const elements = [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('cyd-'));
  for (const element of elements) {
    const name = element.localName;
    const definition = customElements.get(name);
    if (!definition) { problems.push('<' + name + '> is not defined'); continue; }
    if (!(element instanceof definition)) { problems.push('<' + name + '> was not upgraded'); continue; }
    await element.updateComplete;
    if (element.hasUpdated !== true) problems.push('<' + name + '> has not rendered');
    else if (element.childElementCount === 0 && !(element.shadowRoot && element.shadowRoot.childElementCount > 0))
      problems.push('<' + name + '> rendered nothing');
  }
  return { problems, elements: elements.length };
})()`;

function isPageReport(value: unknown): value is PageReport {
  return (
    typeof value === 'object' &&
    value !== null &&
    'problems' in value &&
    Array.isArray(value.problems) &&
    value.problems.every((problem) => typeof problem === 'string') &&
    'elements' in value &&
    typeof value.elements === 'number'
  );
}

async function runInPage(browser: Browser, server: TestServer, path: string): Promise<PageReport> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error instanceof Error ? error.message : String(error)}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} for ${response.url()}`);
  });
  try {
    await page.goto(server.origin + path, { waitUntil: 'load' });
    const report: unknown = await page.evaluate(CHECK_ELEMENTS);
    assert.ok(isPageReport(report), `the page check returned ${JSON.stringify(report)}`);
    return { problems: [...problems, ...report.problems], elements: report.elements };
  } finally {
    await page.close();
  }
}

/** A Node block, written where `@cydran/*` and the tools resolve, run with tsx. */
function runInNode(block: CodeBlock, code: string): { status: number | null; stdout: string; stderr: string } {
  mkdirSync(scratch, { recursive: true });
  const file = join(scratch, `${block.file.replace(/[\\/.]/g, '-')}-${block.line}.mts`);
  writeFileSync(file, code);
  const result = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', file], {
    cwd: repositoryRoot,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const blocks = allCodeBlocks(repositoryRoot);
const runnable = blocks.filter((block) => RUNNABLE.includes(block.info) && block.notRun === undefined);

describe('examples in the documentation', () => {
  let browser: Browser;
  let server: TestServer;

  before(async () => {
    buildIfMissing();
    browser = await launchChromium();
    server = await serve((request) => {
      if (request.path === '/page.html') return { body: current.html };
      if (request.path === '/example.js' && current.script) return { body: current.script, type: TYPES['.js'] };
      if (request.path === '/example.css' && current.stylesheet) return { body: current.stylesheet, type: TYPES['.css'] };
      if (request.path === '/favicon.ico') return { status: 204, body: '' };
      const file = fileFor(request.path);
      if (!file || !existsSync(file)) return undefined;
      return { body: readFileSync(file), type: TYPES[extname(file)] ?? 'application/octet-stream' };
    });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('finds the examples, and every not-run block says why', () => {
    assert.ok(runnable.length > 20, `only ${runnable.length} runnable blocks`);
    assert.deepEqual(
      blocks.filter((block) => block.notRun === '').map((block) => `${block.file}:${block.line}`),
      [],
      'a <!-- not-run: … --> comment needs its reason',
    );
    const orphans = runnable.filter((block) => block.runWithPrevious && previousRunnable(block) === undefined);
    assert.deepEqual(
      orphans.map((block) => `${block.file}:${block.line}`),
      [],
      'run-with-previous needs a runnable block before it',
    );
  });

  for (const block of runnable) {
    const where = block.info === 'html' ? 'browser' : runsIn(block);
    it(`${block.file}:${block.line} (${block.info}, ${where})`, async () => {
      const chain = chainOf(block);
      const page = chain.find((part) => part.info === 'html');
      const scripts = chain.filter((part) => part.info !== 'html');
      if (where === 'node') {
        const { status, stdout, stderr } = runInNode(block, scripts.map((part) => part.code).join('\n'));
        assert.equal(status, 0, `${block.file}:${block.line} failed in Node:\n${stdout}${stderr}`);
        assert.equal(stderr, '', `${block.file}:${block.line} printed to stderr`);
        return;
      }
      const bundled = scripts.length ? await bundleScript({ ...block, code: scripts.map((part) => part.code).join('\n') }) : undefined;
      const extraHead =
        (bundled?.stylesheet ? '<link rel="stylesheet" href="/example.css">' : '') + (bundled ? '<script type="module" src="/example.js"></script>' : '');
      const languages: ('en' | 'cy')[] = page && isWholePage(page.code) ? ['en'] : ['en', 'cy'];
      for (const lang of languages) {
        if (page && isWholePage(page.code)) {
          current = { html: extraHead ? page.code.replace(/<\/head>|<body\b|$/i, (found) => extraHead + found) : page.code, ...bundled };
        } else {
          current = { html: pageAround(page?.code ?? '', lang, bundled ? extraHead : BUNDLE_HEAD), ...bundled };
        }
        const report = await runInPage(browser, server, '/page.html');
        assert.deepEqual(report.problems, [], `${block.file}:${block.line} in ${lang}`);
        if (page && /<cyd-/.test(page.code)) assert.ok(report.elements > 0, `${block.file}:${block.line}: no cyd-* element in the page`);
      }
    });
  }
});

function previousRunnable(block: CodeBlock): CodeBlock | undefined {
  const before = runnable.filter((other) => other.file === block.file && other.line < block.line);
  return before.at(-1);
}

/** The block and the blocks it continues, first first. */
function chainOf(block: CodeBlock): CodeBlock[] {
  const chain = [block];
  let part = block;
  while (part.runWithPrevious) {
    const previous = previousRunnable(part);
    if (!previous) break;
    chain.unshift(previous);
    part = previous;
  }
  return chain;
}

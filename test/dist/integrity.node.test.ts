// dist/integrity.json, written by `npm run build`, gives the Subresource
// Integrity hash a page puts on <script integrity="…"> and <link integrity="…">
// when it loads the bundle from a CDN. A stale or wrong hash makes the
// browser refuse the file and the page shows nothing, so: each hash is the
// sha384 of the file as built (computed here, not by the build's code), and
// a page carrying the hashes loads and defines the elements in Chromium,
// while one with a hash of other bytes is refused.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'puppeteer-core';
import { launchChromium, repositoryRoot, serve, type TestServer } from '../progressive-enhancement/support.js';

const dist = join(repositoryRoot, 'packages', 'components', 'dist');
const integrityPath = join(dist, 'integrity.json');
const FILES = ['cydran.js', 'cydran.dev.js', 'cydran-schemas.js', 'cydran.css'];

function buildIfMissing(): void {
  if (existsSync(integrityPath)) return;
  execFileSync('flock', ['/tmp/cydran-build.lock', 'npm', 'run', 'build'], { cwd: repositoryRoot, stdio: 'inherit' });
}

function sha384(file: string): string {
  return `sha384-${createHash('sha384')
    .update(readFileSync(join(dist, file)))
    .digest('base64')}`;
}

function readIntegrity(): Record<string, string> {
  const parsed: unknown = JSON.parse(readFileSync(integrityPath, 'utf8'));
  assert.ok(typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed), 'integrity.json is an object of file: hash');
  return Object.fromEntries(Object.entries(parsed).map(([file, hash]) => [file, String(hash)]));
}

function page(scriptIntegrity: string, stylesheetIntegrity: string): string {
  return `<!doctype html>
<html lang="cy"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>SRI</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="/cydran.css" integrity="${stylesheetIntegrity}" crossorigin="anonymous">
<script type="module" src="/cydran.js" integrity="${scriptIntegrity}" crossorigin="anonymous"></script>
<main><cyd-button text="Continue" text-cy="Parhau"></cyd-button></main>`;
}

describe('dist/integrity.json', () => {
  let browser: Browser;
  let server: TestServer;
  let html = '';

  before(async () => {
    buildIfMissing();
    browser = await launchChromium();
    server = await serve((request) => {
      if (request.path === '/') return { body: html };
      const file = request.path.slice(1);
      if (!FILES.includes(file)) return undefined;
      return { body: readFileSync(join(dist, file)), type: file.endsWith('.css') ? 'text/css' : 'text/javascript' };
    });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('gives the sha384 of each bundle and the stylesheet, as built', () => {
    const integrity = readIntegrity();
    assert.deepEqual(Object.keys(integrity).sort(), [...FILES].sort());
    for (const file of FILES) assert.equal(integrity[file], sha384(file), `${file}: integrity.json is not the hash of the file; run npm run build`);
  });

  it('lets a page with those hashes load the bundle, and a wrong hash is refused', async () => {
    const integrity = readIntegrity();
    const load = async (scriptHash: string) => {
      html = page(scriptHash, integrity['cydran.css']!);
      const tab = await browser.newPage();
      const errors: string[] = [];
      tab.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      try {
        await tab.goto(`${server.origin}/`, { waitUntil: 'load' });
        const state = await tab.evaluate(
          `({ defined: customElements.get('cyd-button') !== undefined, text: document.querySelector('cyd-button').textContent.trim(),
              brand: getComputedStyle(document.documentElement).getPropertyValue('--cyd-colour-brand').trim() })`,
        );
        return { state, errors };
      } finally {
        await tab.close();
      }
    };
    const good = await load(integrity['cydran.js']!);
    assert.deepEqual(good.errors, []);
    assert.deepEqual(good.state, { defined: true, text: 'Parhau', brand: '#0b4f6c' });

    const wrong = await load(sha384('cydran.dev.js'));
    assert.deepEqual(wrong.state, { defined: false, text: '', brand: '#0b4f6c' });
    assert.ok(
      wrong.errors.some((error) => error.includes('integrity')),
      `no integrity error: ${wrong.errors.join('\n')}`,
    );
  });
});

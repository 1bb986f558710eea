// A page from the page template, loaded with JavaScript off and then on:
// when cydran.js upgrades the server-rendered components, nothing on the page
// moves (no layout jump), in English and Welsh, on a phone and a desktop.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { type TestServer, bundleElements, bundleStylesheet, launchChromium, serve } from '../progressive-enhancement/support.js';
import { CONTENT_ADDRESSES, QUESTION_ADDRESSES, contentPage, questionPage } from './pages.js';

/** The parts of the page whose place a person would see move. */
const PARTS = [
  '.cyd-skip-link',
  '.cyd-header',
  '.cyd-phase-banner',
  '.cyd-back-link',
  'cyd-breadcrumbs nav',
  '.cyd-service-navigation',
  'main',
  'main h1, main legend',
  'main input',
  '.cyd-footer',
];

type Boxes = Record<string, [number, number, number, number] | null>;

async function boxes(page: Page): Promise<Boxes> {
  return page.evaluate((parts: string[]) => {
    const out: Record<string, [number, number, number, number] | null> = {};
    for (const selector of parts) {
      const box = document.querySelector(selector)?.getBoundingClientRect();
      out[selector] = box ? [Math.round(box.x), Math.round(box.y), Math.round(box.width), Math.round(box.height)] : null;
    }
    return out;
  }, PARTS);
}

describe('the page template upgrading in Chromium', () => {
  let server: TestServer;
  let browser: Browser;

  before(async () => {
    const [stylesheet, elements] = await Promise.all([bundleStylesheet(), bundleElements()]);
    const scripts = { scripts: ['/cydran.js'] };
    const pages = new Map<string, () => string>();
    for (const lang of ['en', 'cy'] as const) {
      pages.set(QUESTION_ADDRESSES[lang], () => questionPage(lang, true, scripts));
      pages.set(CONTENT_ADDRESSES[lang], () => contentPage(lang, scripts));
    }
    [server, browser] = await Promise.all([
      serve((request) => {
        if (request.path === '/cydran.css') return { type: 'text/css', body: stylesheet };
        if (request.path === '/cydran.js') return { type: 'text/javascript', body: elements };
        const page = pages.get(request.path);
        return page ? { body: page() } : undefined;
      }),
      launchChromium(),
    ]);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function layout(path: string, width: number, javaScript: boolean): Promise<Boxes> {
    const page = await browser.newPage();
    try {
      await page.setViewport({ width, height: 900 });
      await page.setJavaScriptEnabled(javaScript);
      await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
      if (javaScript) {
        await page.evaluate(async () => {
          await customElements.whenDefined('cyd-header');
          const elements = [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('cyd-'));
          await Promise.all(elements.map((element) => (element as unknown as { updateComplete?: Promise<unknown> }).updateComplete));
          await new Promise((resolve) => setTimeout(resolve, 0));
        });
        assert.equal(await page.evaluate(() => typeof customElements.get('cyd-phase-banner')), 'function', 'the script ran');
      }
      return await boxes(page);
    } finally {
      await page.close();
    }
  }

  for (const lang of ['en', 'cy'] as const) {
    for (const width of [320, 1024]) {
      it(`moves nothing when the question page upgrades (${lang}, ${width}px)`, async () => {
        const before = await layout(QUESTION_ADDRESSES[lang], width, false);
        assert.ok(before['main'] && before['.cyd-phase-banner'] && before['.cyd-back-link'], 'the parts are on the page');
        assert.deepEqual(await layout(QUESTION_ADDRESSES[lang], width, true), before);
      });
    }

    it(`moves nothing when the content page upgrades (${lang}, 1024px)`, async () => {
      const before = await layout(CONTENT_ADDRESSES[lang], 1024, false);
      assert.ok(before['cyd-breadcrumbs nav'] && before['.cyd-service-navigation'], 'the parts are on the page');
      assert.deepEqual(await layout(CONTENT_ADDRESSES[lang], 1024, true), before);
    });
  }
});

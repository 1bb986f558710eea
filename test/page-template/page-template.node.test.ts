// Pages built with the page template (renderPage), served over HTTP and
// opened in Chromium with JavaScript disabled: the accessibility tree has
// the page's landmarks, its title follows "Page – Service – Organisation"
// (with "Error: " / "Gwall: " when the page shows errors), the document
// carries its language and the other language's address, and the skip link
// is the first thing Tab reaches and takes the next Tab into main.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page, SerializedAXNode } from 'puppeteer-core';
import type { Locale } from '@cydran/i18n';
import { type TestServer, bundleStylesheet, launchChromium, serve } from '../progressive-enhancement/support.js';
import { CONTENT_ADDRESSES, ORGANISATION, QUESTION_ADDRESSES, SERVICE, contentPage, questionPage } from './pages.js';

const WORDS: Record<Locale, { error: string; skip: string; breadcrumb: string; other: Locale }> = {
  en: { error: 'Error:', skip: 'Skip to main content', breadcrumb: 'Breadcrumb', other: 'cy' },
  cy: { error: 'Gwall:', skip: 'Neidio i’r prif gynnwys', breadcrumb: 'Briwsion bara', other: 'en' },
};

const QUESTION_TITLE = { en: 'What is your address?', cy: 'Beth yw eich cyfeiriad?' };

/** Every node of an accessibility tree, depth first. */
function nodes(tree: SerializedAXNode | null): SerializedAXNode[] {
  if (!tree) return [];
  return [tree, ...(tree.children ?? []).flatMap(nodes)];
}

function landmarks(tree: SerializedAXNode | null): string[] {
  const roles = new Set(['banner', 'navigation', 'main', 'contentinfo', 'complementary', 'region', 'search', 'form']);
  return nodes(tree)
    .filter((node) => roles.has(node.role))
    .map((node) => (node.role === 'navigation' ? `navigation: ${node.name}` : node.role));
}

describe('the page template in Chromium, JavaScript off', () => {
  let server: TestServer;
  let browser: Browser;

  before(async () => {
    const stylesheet = await bundleStylesheet();
    const pages = new Map<string, () => string>();
    for (const lang of ['en', 'cy'] as const) {
      pages.set(QUESTION_ADDRESSES[lang], () => questionPage(lang, false));
      pages.set(`${QUESTION_ADDRESSES[lang]}/errors`, () => questionPage(lang, true));
      pages.set(CONTENT_ADDRESSES[lang], () => contentPage(lang));
    }
    [server, browser] = await Promise.all([
      serve((request) => {
        if (request.path === '/cydran.css') return { type: 'text/css', body: stylesheet };
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

  async function open(path: string): Promise<Page> {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.goto(`${server.origin}${path}`);
    return page;
  }

  for (const lang of ['en', 'cy'] as const) {
    const words = WORDS[lang];

    it(`has the banner, navigation, main and contentinfo landmarks, and the title pattern (${lang})`, async () => {
      const page = await open(CONTENT_ADDRESSES[lang]);
      try {
        const tree = await page.accessibility.snapshot({ interestingOnly: false });
        assert.equal(tree?.role, 'RootWebArea');
        assert.equal(tree?.name, `${lang === 'cy' ? 'Trwyddedau parcio' : 'Parking permits'} – ${SERVICE[lang]} – ${ORGANISATION[lang]}`);
        const found = landmarks(tree);
        assert.deepEqual(
          found.filter((l) => l === 'banner'),
          ['banner'],
          'one banner',
        );
        assert.deepEqual(
          found.filter((l) => l === 'main'),
          ['main'],
          'one main',
        );
        assert.deepEqual(
          found.filter((l) => l === 'contentinfo'),
          ['contentinfo'],
          'one contentinfo',
        );
        assert.ok(found.includes(`navigation: ${words.breadcrumb}`), `breadcrumbs named in the page's language: ${found.join(', ')}`);
        assert.ok(
          found.some((l) => l.startsWith('navigation: ') && l !== `navigation: ${words.breadcrumb}`),
          'the service navigation',
        );
        assert.equal(await page.evaluate(() => typeof customElements.get('cyd-header')), 'undefined', 'no script ran');
      } finally {
        await page.close();
      }
    });

    it(`carries lang, and hreflang links to the page in the other language (${lang})`, async () => {
      const page = await open(QUESTION_ADDRESSES[lang]);
      try {
        const state = await page.evaluate(() => ({
          lang: document.documentElement.lang,
          alternates: [...document.querySelectorAll('link[rel="alternate"]')].map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]),
          mainLangs: [...document.querySelectorAll('main [lang]')].map((element) => element.getAttribute('lang')),
        }));
        assert.equal(state.lang, lang);
        assert.deepEqual(state.alternates, [
          ['en', QUESTION_ADDRESSES.en],
          ['cy', QUESTION_ADDRESSES.cy],
        ]);
        assert.deepEqual(state.mainLangs, [], 'nothing in main is marked as another language');
        // The language toggle in the header is in the tree, in its own language, linking to the other page.
        const tree = await page.accessibility.snapshot({ interestingOnly: true });
        const other = words.other;
        const toggle = nodes(tree).find((node) => node.role === 'link' && node.name?.startsWith(other === 'cy' ? 'Cymraeg' : 'English'));
        assert.ok(toggle, 'the language toggle link');
        const href = await page.$eval(`a[hreflang="${other}"]`, (a) => [a.getAttribute('href'), a.getAttribute('lang')]);
        assert.deepEqual(href, [QUESTION_ADDRESSES[other], other]);
      } finally {
        await page.close();
      }
    });

    it(`puts "${words.error}" before the title when the page shows errors (${lang})`, async () => {
      const page = await open(`${QUESTION_ADDRESSES[lang]}/errors`);
      try {
        const tree = await page.accessibility.snapshot();
        assert.equal(tree?.name, `${words.error} ${QUESTION_TITLE[lang]} – ${SERVICE[lang]} – ${ORGANISATION[lang]}`);
      } finally {
        await page.close();
      }
      const plain = await open(QUESTION_ADDRESSES[lang]);
      try {
        assert.equal((await plain.accessibility.snapshot())?.name, `${QUESTION_TITLE[lang]} – ${SERVICE[lang]} – ${ORGANISATION[lang]}`);
      } finally {
        await plain.close();
      }
    });

    it(`makes the skip link the first Tab stop, and following it takes the next Tab into main (${lang})`, async () => {
      const page = await open(QUESTION_ADDRESSES[lang]);
      try {
        await page.keyboard.press('Tab');
        const focused = nodes(await page.accessibility.snapshot({ interestingOnly: false })).find((node) => node.focused);
        assert.deepEqual([focused?.role, focused?.name], ['link', words.skip]);
        const box = await page.$eval('.cyd-skip-link', (link) => link.getBoundingClientRect().toJSON() as { width: number; height: number });
        assert.ok(box.width > 50 && box.height > 10, `the focused skip link is visible (${box.width}×${box.height})`);
        await page.keyboard.press('Enter');
        assert.equal(await page.evaluate(() => location.hash), '#main-content');
        await page.keyboard.press('Tab');
        const next = await page.evaluate(() => {
          const active = document.activeElement;
          return { inMain: !!active?.closest('main#main-content'), tag: active?.localName, id: active?.id };
        });
        assert.deepEqual(next, { inMain: true, tag: 'input', id: 'postcode' });
      } finally {
        await page.close();
      }
    });
  }
});

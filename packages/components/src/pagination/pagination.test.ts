import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, findAccessibilityNode, sendKeys, setViewport } from '@web/test-runner-commands';
import { catalogueProblems } from '@cydran/i18n';
import '../pagination/define.js';
import type { CydPagination } from './pagination.js';
import { paginationMessages } from './pagination.messages.js';
import { consoleErrorsDuring, expectAccessibleInBothLanguages, serverRender, settled, switchLanguage } from '../../../../test/support/helpers.js';
import { outline } from '../../../../test/support/markup.js';

interface AccessibilityNode {
  role: string;
  name?: string;
  children?: AccessibilityNode[];
}

const numbered = '<div lang="en"><cyd-pagination current="2" total="6" href-pattern="#results-page-{page}"></cyd-pagination></div>';
const block = `<div lang="en"><cyd-pagination previous-href="#part-1" previous-label="Applying for a licence" previous-label-cy="Gwneud cais am drwydded"
  next-href="#part-3" next-label="Paying the fee" next-label-cy="Talu’r ffi"></cyd-pagination></div>`;

async function place(source: string) {
  const wrapper = await fixture<HTMLDivElement>(source);
  await settled(wrapper);
  return { wrapper, element: wrapper.querySelector<CydPagination>('cyd-pagination')!, nav: wrapper.querySelector('nav')! };
}

async function accessibilityNode(predicate: (node: AccessibilityNode) => boolean): Promise<AccessibilityNode | null> {
  const tree = await executeServerCommand<AccessibilityNode, undefined>('cydran-accessibility-tree');
  return findAccessibilityNode<AccessibilityNode>(tree as never, predicate);
}

describe('cyd-pagination', () => {
  it('has every message in both languages', () => {
    expect(catalogueProblems(paginationMessages, { page: [[1], [3]], pageOf: [[2, 5]] })).to.deep.equal([]);
  });

  it('is a navigation landmark named “Pagination” / “Tudalennu”, the current page “Page 2 of 6” / “Tudalen 2 o 6”', async () => {
    const { wrapper, nav } = await place(numbered);
    expect(nav.getAttribute('aria-label')).to.equal('Pagination');
    expect(await accessibilityNode((node) => node.role === 'navigation' && node.name === 'Pagination')).to.not.equal(null);
    const current = nav.querySelector('[aria-current="page"]')!;
    expect([current.textContent, current.getAttribute('aria-label')]).to.deep.equal(['2', 'Page 2 of 6']);
    expect(await accessibilityNode((node) => node.role === 'link' && node.name === 'Page 3')).to.not.equal(null);
    await switchLanguage(wrapper, 'cy');
    const welshNav = wrapper.querySelector('nav')!;
    expect(welshNav.getAttribute('aria-label')).to.equal('Tudalennu');
    expect(await accessibilityNode((node) => node.role === 'navigation' && node.name === 'Tudalennu')).to.not.equal(null);
    expect(welshNav.querySelector('[aria-current="page"]')!.getAttribute('aria-label')).to.equal('Tudalen 2 o 6');
    expect([...welshNav.querySelectorAll('a[rel]')].map((a) => a.textContent!.trim())).to.deep.equal(['Blaenorol', 'Nesaf']);
  });

  it('says “Previous page” and “Next page” in English, showing “Previous” and “Next”', async () => {
    const { nav } = await place(numbered);
    const [previous, next] = [...nav.querySelectorAll<HTMLAnchorElement>('a[rel]')];
    expect([previous!.rel, previous!.getAttribute('href'), previous!.textContent!.trim()]).to.deep.equal(['prev', '#results-page-1', 'Previous page']);
    expect(previous!.querySelector('.cyd-visually-hidden')!.textContent).to.equal(' page');
    expect([next!.rel, next!.getAttribute('href')]).to.deep.equal(['next', '#results-page-3']);
    expect(await accessibilityNode((node) => node.role === 'link' && node.name === 'Next page')).to.not.equal(null);
  });

  it('goes link by link with Tab, each with a visible focus highlight', async () => {
    const { nav } = await place(numbered);
    const links = [...nav.querySelectorAll<HTMLAnchorElement>('a')];
    expect(links.map((a) => a.textContent!.trim())).to.deep.equal(['Previous page', '1', '2', '3', '6', 'Next page']);
    links[0]!.focus();
    for (const link of links.slice(1)) {
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement === link, `Tab reaches ${link.textContent!.trim()}`).to.equal(true);
      expect(getComputedStyle(link).backgroundColor, 'the focus highlight').to.equal('rgb(255, 221, 0)');
    }
    expect(nav.querySelector('.cyd-pagination__item--ellipsis')!.textContent).to.equal('⋯');
  });

  it('shows previous and next with page titles in the block style for content pages', async () => {
    const { wrapper, nav } = await place(block);
    expect(nav.classList.contains('cyd-pagination--block')).to.equal(true);
    expect(nav.querySelector('ul')).to.equal(null);
    const link = await accessibilityNode((node) => node.role === 'link' && (node.name ?? '').includes('Paying'));
    expect(link?.name).to.equal('Next page: Paying the fee');
    await switchLanguage(wrapper, 'cy');
    // The hidden ":" after the visible word is read as a pause (Chromium's name puts a space before it).
    const welsh = await accessibilityNode((node) => node.role === 'link' && (node.name ?? '').includes('Talu'));
    expect(welsh?.name).to.match(/^Nesaf ?: Talu’r ffi$/);
  });

  it('takes items as data and its own link words', async () => {
    const items = JSON.stringify([{ number: 1, href: '#p1' }, { ellipsis: true }, { number: 7, href: '#p7', current: true }, { number: 8, href: '#p8' }]);
    const { nav } = await place(
      `<div lang="cy"><cyd-pagination items='${items}' previous-href="#p6" previous-text="Earlier results" previous-text-cy="Canlyniadau cynharach"></cyd-pagination></div>`,
    );
    expect(nav.querySelector('[aria-current="page"]')!.getAttribute('aria-label')).to.equal('Tudalen 7 o 8');
    expect(nav.querySelector('a[rel="prev"]')!.textContent!.trim()).to.equal('Canlyniadau cynharach');
    expect(nav.querySelector('a[rel="next"]'), 'no next-href, so no next link').to.equal(null);
  });

  it('renders on the server what the browser renders, and adopts it', async () => {
    for (const source of [numbered, block]) {
      const server = await serverRender(source.replace('lang="en"', 'lang="cy"'), 'cy');
      expect(server.problems).to.deep.equal([]);
      const fromServer = await fixture<HTMLElement>(server.html);
      const serverNav = fromServer.querySelector('nav')!;
      await settled(fromServer);
      expect(fromServer.querySelector('nav'), 'the server’s node is kept').to.equal(serverNav);
      const fromBrowser = await fixture<HTMLElement>(source.replace('lang="en"', 'lang="cy"'));
      await settled(fromBrowser);
      expect(outline(serverNav)).to.equal(outline(fromBrowser.querySelector('nav')!));
    }
  });

  it('reports a missing href-pattern', async () => {
    const errors = await consoleErrorsDuring(() => fixture(html`<cyd-pagination current="1" total="3"></cyd-pagination>`));
    expect(errors.some((e) => e.includes('give href-pattern'))).to.equal(true);
  });

  it('wraps on a 320px screen with long Welsh titles, accessible in both languages', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      for (const source of [
        '<div lang="cy"><cyd-pagination current="50" total="120" href-pattern="#page-{page}"></cyd-pagination></div>',
        block
          .replace('lang="en"', 'lang="cy"')
          .replace('Gwneud cais am drwydded', 'Gwneud cais am drwydded barcio i breswylwyr yn Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch'),
      ]) {
        const { wrapper } = await place(source);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        await expectAccessibleInBothLanguages(wrapper);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

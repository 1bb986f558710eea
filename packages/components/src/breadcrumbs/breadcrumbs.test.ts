import { expect, fixture } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { catalogueProblems } from '@cydran/i18n';
import '../breadcrumbs/define.js';
import type { CydBreadcrumbs } from './breadcrumbs.js';
import { breadcrumbsMessages } from './breadcrumbs.messages.js';
import { consoleErrorsDuring, expectAccessibleInBothLanguages, serverRender, settled, switchLanguage } from '../../../../test/support/helpers.js';
import { outline } from '../../../../test/support/markup.js';

const trail =
  '<a href="/" data-text-cy="Hafan">Home</a>' +
  '<a href="/services" data-href-cy="/gwasanaethau" data-text-cy="Gwasanaethau’r cyngor">Council services</a>' +
  '<span data-text-cy="Trwyddedau parcio">Parking permits</span>';

async function place(markup = `<cyd-breadcrumbs>${trail}</cyd-breadcrumbs>`, lang: 'en' | 'cy' = 'en') {
  const wrapper = await fixture<HTMLDivElement>(`<div lang="${lang}">${markup}</div>`);
  await settled(wrapper);
  const element = wrapper.querySelector<CydBreadcrumbs>('cyd-breadcrumbs')!;
  const nav = () => element.querySelector('nav')!;
  const texts = () => [...element.querySelectorAll('li')].map((li) => li.textContent!.trim());
  return { wrapper, element, nav, texts };
}

describe('cyd-breadcrumbs', () => {
  it('has every message in both languages', () => {
    expect(catalogueProblems(breadcrumbsMessages)).to.deep.equal([]);
  });

  it('is a navigation landmark named in the page’s language, and re-words itself on a switch', async () => {
    const { wrapper, nav, texts, element } = await place();
    expect(nav().getAttribute('aria-label')).to.equal('Breadcrumb');
    expect(texts()).to.deep.equal(['Home', 'Council services', 'Parking permits']);
    await switchLanguage(wrapper, 'cy');
    expect(nav().getAttribute('aria-label')).to.equal('Briwsion bara');
    expect(texts()).to.deep.equal(['Hafan', 'Gwasanaethau’r cyngor', 'Trwyddedau parcio']);
    expect([...element.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['/', '/gwasanaethau']);
  });

  it('marks the last item, with no link, as the current page', async () => {
    const { element } = await place();
    const items = [...element.querySelectorAll('li')];
    expect(items.map((li) => li.getAttribute('aria-current'))).to.deep.equal([null, null, 'page']);
    expect(items[2]!.querySelector('a')).to.equal(null);
  });

  it('moves through its links with Tab, with a visible focus style', async () => {
    const { element } = await place();
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Tab' });
    const links = [...element.querySelectorAll('a')];
    expect(document.activeElement === links[0]).to.equal(true);
    expect(getComputedStyle(links[0]!).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement === links[1]).to.equal(true);
  });

  it('collapses to the first and last item on a small screen with collapse-on-mobile', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const { element } = await place(`<cyd-breadcrumbs collapse-on-mobile>${trail}</cyd-breadcrumbs>`);
      const shown = [...element.querySelectorAll('li')].map((li) => getComputedStyle(li).display !== 'none');
      expect(shown).to.deep.equal([true, false, true]);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
    const { element } = await place(`<cyd-breadcrumbs collapse-on-mobile>${trail}</cyd-breadcrumbs>`);
    expect(
      [...element.querySelectorAll('li')].every((li) => getComputedStyle(li).display !== 'none'),
      'all shown on a wide screen',
    ).to.equal(true);
  });

  it('fits long Welsh on a 320px screen', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const { wrapper } = await place(undefined, 'cy');
      expect(wrapper.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('server render is what the browser renders, and upgrading keeps both languages', async () => {
    const rendered = await serverRender(`<div lang="en"><cyd-breadcrumbs>${trail}</cyd-breadcrumbs></div>`, 'en');
    expect(rendered.problems).to.deep.equal([]);
    const server = await fixture<HTMLDivElement>(rendered.html);
    await settled(server);
    const client = await place();
    expect(outline(server.querySelector('cyd-breadcrumbs')!)).to.equal(outline(client.element));
    await switchLanguage(server, 'cy');
    expect([...server.querySelectorAll('li')].map((li) => li.textContent!.trim())).to.deep.equal(['Hafan', 'Gwasanaethau’r cyngor', 'Trwyddedau parcio']);
  });

  it('reports an unlinked item that is not the last', async () => {
    const errors = await consoleErrorsDuring(async () => {
      await place('<cyd-breadcrumbs><span>Home</span><a href="/x">X</a></cyd-breadcrumbs>');
    });
    expect(errors.some((e) => e.includes('item 1 ("Home") has no href'))).to.equal(true);
  });

  it('is accessible (axe) in English and Welsh', async () => {
    const { wrapper } = await place();
    await expectAccessibleInBothLanguages(wrapper);
  });
});

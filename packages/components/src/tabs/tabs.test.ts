import { expect, fixture } from '@open-wc/testing';
import { executeServerCommand, findAccessibilityNode, sendKeys, setViewport } from '@web/test-runner-commands';
import { catalogueProblems } from '@cydran/i18n';
import '../tabs/define.js';
import type { CydTabs } from './tabs.js';
import { tabsMessages } from './tabs.messages.js';
import { expectAccessibleInBothLanguages, serverRender, settled, switchLanguage, consoleErrorsDuring } from '../../../../test/support/helpers.js';

const markup = (lang = 'en', attributes = '') => `<div lang="${lang}"><cyd-tabs ${attributes}>
  <div id="past-day" data-label="Past day" data-label-cy="Y diwrnod diwethaf"><p>3 cases</p></div>
  <div id="past-week" data-label="Past week" data-label-cy="Yr wythnos ddiwethaf"><p>25 cases</p></div>
  <div id="past-month" data-label="Past month" data-label-cy="Y mis diwethaf"><p>89 cases <a href="#x">details</a></p></div>
</cyd-tabs></div>`;

async function place(lang?: string, attributes?: string) {
  const wrapper = await fixture<HTMLDivElement>(markup(lang, attributes));
  await settled(wrapper);
  return tabsIn(wrapper);
}

function tabsIn(wrapper: HTMLElement) {
  const element = wrapper.querySelector<CydTabs>('cyd-tabs')!;
  const tabs = () => [...element.querySelectorAll<HTMLAnchorElement>('.cyd-tabs__tab')];
  const tab = (id: string) => element.querySelector<HTMLAnchorElement>(`#tab_${id}`)!;
  const panel = (id: string) => element.querySelector<HTMLElement>(`#${id}`)!;
  const shown = () => ['past-day', 'past-week', 'past-month'].filter((id) => !panel(id).hidden);
  return { wrapper, element, tabs, tab, panel, shown };
}

interface AccessibilityNode {
  role?: string;
  name?: string;
  selected?: boolean;
  children?: AccessibilityNode[];
}

describe('cyd-tabs', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('has every message in both languages', () => {
    expect(catalogueProblems(tabsMessages)).to.deep.equal([]);
  });

  it('has the WAI-ARIA tab roles, states and one tab stop, the first panel showing', async () => {
    const { element, tabs, panel, shown } = await place();
    const list = element.querySelector('.cyd-tabs__list')!;
    expect(list.getAttribute('role')).to.equal('tablist');
    expect(document.getElementById(list.getAttribute('aria-labelledby')!)!.textContent).to.equal('Contents');
    expect(
      tabs().map((t) => [t.getAttribute('role'), t.getAttribute('aria-selected'), t.getAttribute('tabindex'), t.getAttribute('aria-controls')]),
    ).to.deep.equal([
      ['tab', 'true', '0', 'past-day'],
      ['tab', 'false', '-1', 'past-week'],
      ['tab', 'false', '-1', 'past-month'],
    ]);
    expect([...list.children].map((li) => li.getAttribute('role'))).to.deep.equal(['presentation', 'presentation', 'presentation']);
    expect(panel('past-day').getAttribute('role')).to.equal('tabpanel');
    expect(panel('past-day').getAttribute('aria-labelledby')).to.equal('tab_past-day');
    expect(shown()).to.deep.equal(['past-day']);
  });

  it('is a tab list named “Cynnwys” with selected tabs and a named panel in the accessibility tree', async () => {
    const { wrapper, tab } = await place('cy');
    tab('past-week').click();
    await settled(wrapper);
    const tree = await executeServerCommand<AccessibilityNode, undefined>('cydran-accessibility-tree');
    const find = (role: string, name: string) => findAccessibilityNode<AccessibilityNode>(tree as never, (node) => node.role === role && node.name === name);
    expect(find('tablist', 'Cynnwys'), 'tab list').to.not.equal(null);
    expect(find('tab', 'Yr wythnos ddiwethaf')?.selected, 'selected tab').to.equal(true);
    expect(find('tab', 'Y diwrnod diwethaf')?.selected ?? false, 'other tab').to.equal(false);
    expect(find('tabpanel', 'Yr wythnos ddiwethaf'), 'the panel is named by its tab').to.not.equal(null);
  });

  it('moves with the arrow keys (wrapping), Home and End, selecting as focus moves and updating the fragment', async () => {
    const { wrapper, tab, shown } = await place();
    tab('past-day').focus();
    const scrolled = window.scrollY;
    await sendKeys({ press: 'ArrowRight' });
    await settled(wrapper);
    expect(document.activeElement).to.equal(tab('past-week'));
    expect(shown()).to.deep.equal(['past-week']);
    expect(tab('past-week').getAttribute('aria-selected')).to.equal('true');
    expect(tab('past-day').getAttribute('tabindex')).to.equal('-1');
    expect(location.hash).to.equal('#past-week');
    expect(window.scrollY, 'no scroll').to.equal(scrolled);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await settled(wrapper);
    expect(document.activeElement, 'right from the last wraps to the first').to.equal(tab('past-day'));
    await sendKeys({ press: 'ArrowLeft' });
    await settled(wrapper);
    expect(document.activeElement, 'left from the first wraps to the last').to.equal(tab('past-month'));
    await sendKeys({ press: 'Home' });
    await settled(wrapper);
    expect([document.activeElement, shown()]).to.deep.equal([tab('past-day'), ['past-day']]);
    await sendKeys({ press: 'End' });
    await settled(wrapper);
    expect([document.activeElement, shown()]).to.deep.equal([tab('past-month'), ['past-month']]);
    // Tab leaves the tab list for the panel.
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.id).to.equal('past-month');
  });

  it('selects on click without adding a history entry, with visible focus on the tab', async () => {
    const { wrapper, tab, shown } = await place();
    const entries = history.length;
    tab('past-month').click();
    await settled(wrapper);
    expect(shown()).to.deep.equal(['past-month']);
    expect(location.hash).to.equal('#past-month');
    expect(history.length).to.equal(entries);
    tab('past-month').focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(getComputedStyle(tab('past-week')).backgroundColor, 'the focus colour shows').to.equal('rgb(255, 221, 0)');
  });

  it('selects the tab the URL fragment names, on load and on hashchange', async () => {
    history.replaceState(null, '', '#past-week');
    const loaded = await place();
    expect(loaded.shown()).to.deep.equal(['past-week']);
    loaded.wrapper.remove();
    history.replaceState(null, '', location.pathname);
    const later = await place();
    const changed = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    location.hash = 'past-month';
    await changed;
    await settled(later.wrapper);
    expect(later.shown()).to.deep.equal(['past-month']);
    expect(document.activeElement).to.equal(later.tab('past-month'));
  });

  it('switches language live', async () => {
    const { wrapper, tabs, element } = await place();
    await switchLanguage(wrapper, 'cy');
    expect(tabs().map((t) => t.textContent!.trim())).to.deep.equal(['Y diwrnod diwethaf', 'Yr wythnos ddiwethaf', 'Y mis diwethaf']);
    expect(element.querySelector('.cyd-tabs__title')!.textContent).to.equal('Cynnwys');
  });

  it('is a contents list of links with every panel showing when rendered on the server, and upgrades to the same markup', async () => {
    const rendered = await serverRender(markup('cy'));
    expect(rendered.problems).to.deep.equal([]);
    const holder = document.createElement('div');
    holder.innerHTML = rendered.html;
    expect(holder.querySelector('h2')!.textContent).to.equal('Cynnwys');
    expect([...holder.querySelectorAll('li a')].map((a) => [a.getAttribute('href'), a.textContent!.trim()])).to.deep.equal([
      ['#past-day', 'Y diwrnod diwethaf'],
      ['#past-week', 'Yr wythnos ddiwethaf'],
      ['#past-month', 'Y mis diwethaf'],
    ]);
    expect(holder.querySelectorAll('[role], [hidden]').length, 'no tab roles, nothing hidden').to.equal(0);
    const upgraded = await fixture<HTMLDivElement>(rendered.html);
    await settled(upgraded);
    const fromAuthor = await fixture<HTMLDivElement>(markup('cy'));
    await settled(fromAuthor);
    expect(upgraded.querySelector('cyd-tabs')!.innerHTML).to.equal(fromAuthor.querySelector('cyd-tabs')!.innerHTML);
  });

  it('takes a panel a framework adds after upgrade', async () => {
    const { wrapper, element, tab, panel, tabs } = await place();
    const late = document.createElement('div');
    late.id = 'past-year';
    late.dataset.label = 'Past year';
    late.innerHTML = '<p>900 cases</p>';
    element.append(late);
    await settled(wrapper);
    expect(tabs().length).to.equal(4);
    expect(panel('past-year').closest('.cyd-tabs__panels'), 'in the panels container').to.not.equal(null);
    tab('past-year').click();
    await settled(wrapper);
    expect(panel('past-year').hidden).to.equal(false);
    expect(panel('past-year').getAttribute('role')).to.equal('tabpanel');
  });

  it('places a panel a framework adds to a Welsh page, in both languages, and other late content with the panels', async () => {
    const { wrapper, element, tab, panel, tabs } = await place('cy');
    const late = document.createElement('div');
    late.id = 'past-year';
    late.dataset.label = 'Past year';
    late.dataset.labelCy = 'Y flwyddyn ddiwethaf';
    late.innerHTML = '<p>900 achos</p>';
    const note = document.createElement('p');
    note.textContent = 'Ffigurau dros dro';
    element.append(late, note);
    await settled(wrapper);
    expect(
      tabs()
        .map((t) => t.textContent!.trim())
        .at(-1),
    ).to.equal('Y flwyddyn ddiwethaf');
    expect(panel('past-year') === late, 'the author’s own node').to.equal(true);
    expect(late.parentElement!.classList.contains('cyd-tabs__panels'), 'in the panels container').to.equal(true);
    expect(note.parentElement === late.parentElement, 'content that is not a panel goes with the panels, as it does on upgrade').to.equal(true);
    expect(late.hidden, 'not the selected panel').to.equal(true);
    await switchLanguage(wrapper, 'en');
    expect(tab('past-year').textContent!.trim()).to.equal('Past year');
    tab('past-year').click();
    await settled(wrapper);
    expect(late.hidden).to.equal(false);
    expect(late.getAttribute('aria-labelledby')).to.equal('tab_past-year');
  });

  it('takes its title from contents-title', async () => {
    const { element } = await place('cy', 'contents-title="Figures" contents-title-cy="Ffigurau"');
    expect(element.querySelector('.cyd-tabs__title')!.textContent).to.equal('Ffigurau');
  });

  it('reports panels with no id and no panels at all', async () => {
    const errors = await consoleErrorsDuring(async () => {
      await fixture(`<cyd-tabs><div data-label="Past day"></div></cyd-tabs>`);
      await fixture(`<cyd-tabs></cyd-tabs>`);
    });
    expect(errors.some((e) => e.includes('labelled "Past day" has no id'))).to.equal(true);
    expect(errors.some((e) => e.includes('<cyd-tabs> has no panels'))).to.equal(true);
  });

  it('fits long Welsh labels on a 320px screen', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const wrapper = await fixture<HTMLDivElement>(`<div lang="cy"><cyd-tabs>
        <div id="a" data-label="A" data-label-cy="Gwasanaethau cymdeithasol i oedolion"><p>Un</p></div>
        <div id="b" data-label="B" data-label-cy="Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch"><p>Dau</p></div>
      </cyd-tabs></div>`);
      await settled(wrapper);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      expect(wrapper.scrollWidth).to.be.at.most(wrapper.clientWidth);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('has no accessibility problems in English or Welsh', async () => {
    const { wrapper, tab } = await place();
    await expectAccessibleInBothLanguages(wrapper);
    tab('past-week').click();
    await settled(wrapper);
    await expectAccessibleInBothLanguages(wrapper);
  });
});

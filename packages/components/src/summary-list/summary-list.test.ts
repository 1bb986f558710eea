import { expect, fixture } from '@open-wc/testing';
import { executeServerCommand, findAccessibilityNode, sendKeys, setViewport } from '@web/test-runner-commands';
import { catalogueProblems } from '@cydran/i18n';
import '../summary-list/define.js';
import type { CydSummaryList } from './summary-list.js';
import { summaryListMessages } from './summary-list.messages.js';
import { outline } from '../../../../test/support/markup.js';
import { expectAccessibleInBothLanguages, serverRender, settled, switchLanguage, consoleErrorsDuring } from '../../../../test/support/helpers.js';

const answers = `
  <div data-row="name" data-key="Name" data-key-cy="Enw" data-change-href="/name" data-hidden="name" data-hidden-cy="enw">Sarah Philips</div>
  <div data-row="address" data-key="Address" data-key-cy="Cyfeiriad" data-actions='[{"href": "/address", "visuallyHiddenText": {"en": "address", "cy": "cyfeiriad"}},
    {"href": "/address/remove", "text": {"en": "Remove", "cy": "Dileu"}, "visuallyHiddenText": {"en": "address", "cy": "cyfeiriad"}}]'>72 Heol y Frenhines<br>Caerdydd<br>CF10 2BQ</div>
  <div data-row="contact" data-key="Contact by phone" data-key-cy="Cysylltu dros y ffôn" data-value="Yes" data-value-cy="Ydw"></div>
  <div data-row="email" data-key="Email" data-key-cy="E-bost" data-missing-href="/email" data-missing-text="Enter email address" data-missing-text-cy="Rhowch gyfeiriad e-bost"></div>`;

async function place(markup = `<cyd-summary-list>${answers}</cyd-summary-list>`, lang: 'en' | 'cy' = 'en') {
  const wrapper = await fixture<HTMLDivElement>(`<div lang="${lang}">${markup}</div>`);
  await settled(wrapper);
  return { wrapper, element: wrapper.querySelector<CydSummaryList>('cyd-summary-list')! };
}

const rows = (el: Element) => [...el.querySelectorAll('.cyd-summary-list__row')];
const cellText = (row: Element, cls: string) => row.querySelector(cls)?.textContent!.replace(/\s+/g, ' ').trim();

/** A row element as a framework creates it, after the list has rendered: its value is markup. */
function lateRow(): HTMLElement {
  const row = document.createElement('div');
  Object.assign(row.dataset, { row: 'phone', key: 'Phone', keyCy: 'Ffôn', changeHref: '/phone', hidden: 'phone number', hiddenCy: 'rhif ffôn' });
  row.innerHTML = '<strong>029 2087 1234</strong>';
  return row;
}

interface AccessibilityNode {
  role: string;
  name: string;
  children?: AccessibilityNode[];
}

async function linkNamed(name: string): Promise<AccessibilityNode | null> {
  const tree = await executeServerCommand<AccessibilityNode, undefined>('cydran-accessibility-tree');
  return findAccessibilityNode<AccessibilityNode>(tree as never, (node) => node.role === 'link' && node.name === name);
}

describe('cyd-summary-list', () => {
  it('has every message in both languages', () => {
    expect(catalogueProblems(summaryListMessages)).to.deep.equal([]);
  });

  it('renders each row as <div class=row><dt><dd> in a <dl>, the author’s markup as the value', async () => {
    const { element } = await place();
    const dl = element.querySelector('dl.cyd-summary-list')!;
    expect(rows(element).every((row) => row.parentElement === dl && row.localName === 'div')).to.equal(true);
    expect(rows(element).map((row) => [...row.children].map((c) => c.localName))).to.deep.equal([
      ['dt', 'dd', 'dd'],
      ['dt', 'dd', 'dd'],
      ['dt', 'dd'],
      ['dt', 'dd'],
    ]);
    expect(rows(element).map((row) => cellText(row, '.cyd-summary-list__key'))).to.deep.equal(['Name', 'Address', 'Contact by phone', 'Email']);
    const address = rows(element)[1]!.querySelector('.cyd-summary-list__value')!;
    expect(address.querySelectorAll('br').length, 'the value keeps its markup').to.equal(2);
    expect(cellText(rows(element)[2]!, '.cyd-summary-list__value')).to.equal('Yes');
  });

  it('gives each action link hidden context, in the page’s language, and lists several actions', async () => {
    const { wrapper, element } = await place();
    const change = rows(element)[0]!.querySelector('a')!;
    expect(change.textContent).to.equal('Change name');
    expect(change.querySelector('.cyd-visually-hidden')!.textContent).to.equal(' name');
    expect(await linkNamed('Change name'), 'the link’s accessible name carries the context').to.not.equal(null);
    const list = rows(element)[1]!.querySelectorAll('.cyd-summary-list__actions-list-item a');
    expect([...list].map((a) => a.textContent)).to.deep.equal(['Change address', 'Remove address']);
    await switchLanguage(wrapper, 'cy');
    expect(change.textContent).to.equal('Newid enw');
    expect([...list].map((a) => a.textContent)).to.deep.equal(['Newid cyfeiriad', 'Dileu cyfeiriad']);
    expect(cellText(rows(element)[2]!, '.cyd-summary-list__value')).to.equal('Ydw');
  });

  it('marks rows without actions in a list that has some, and shows no actions cell for them', async () => {
    const { element } = await place();
    expect(rows(element).map((row) => row.classList.contains('cyd-summary-list__row--no-actions'))).to.deep.equal([false, false, true, true]);
    const only = await place(`<cyd-summary-list rows='[{"key": "Name", "value": "Sarah"}]'></cyd-summary-list>`);
    expect(rows(only.element)[0]!.classList.contains('cyd-summary-list__row--no-actions'), 'no row has actions: nothing to line up').to.equal(false);
  });

  it('shows a missing answer as a link to give it, in the author’s words', async () => {
    const { wrapper, element } = await place();
    const link = rows(element)[3]!.querySelector<HTMLAnchorElement>('.cyd-summary-list__value a')!;
    expect([link.getAttribute('href'), link.textContent]).to.deep.equal(['/email', 'Enter email address']);
    await switchLanguage(wrapper, 'cy');
    expect(link.textContent).to.equal('Rhowch gyfeiriad e-bost');
    const fallback = await place(`<cyd-summary-list rows='[{"key": {"en": "Name", "cy": "Enw"}, "missing": {"href": "/name"}}]'></cyd-summary-list>`, 'cy');
    expect(fallback.element.querySelector('.cyd-summary-list__value a')!.textContent).to.equal('Rhowch ateb (Enw)');
  });

  it('has a borderless variant', async () => {
    const { element } = await place(`<cyd-summary-list borderless>${answers}</cyd-summary-list>`);
    expect(element.querySelector('dl')!.classList.contains('cyd-summary-list--no-border')).to.equal(true);
    expect(getComputedStyle(rows(element)[0]!).borderBottomStyle).to.equal('none');
  });

  it('reaches each action from the keyboard, with visible focus', async () => {
    const { element } = await place(`<button id="before">Before</button><cyd-summary-list>${answers}</cyd-summary-list>`);
    document.querySelector<HTMLButtonElement>('#before')!.focus();
    const links = [...element.querySelectorAll<HTMLAnchorElement>('a')];
    for (const link of links) {
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement === link, `${link.textContent} is the next Tab stop`).to.equal(true);
    }
    expect(getComputedStyle(links.at(-1)!).backgroundColor, 'focus is visible').to.equal('rgb(255, 221, 0)');
  });

  it('renders the same markup on the server, and upgrading keeps the author’s value nodes and both languages', async () => {
    const rendered = await serverRender(`<div lang="en"><cyd-summary-list>${answers}</cyd-summary-list></div>`, 'en');
    expect(rendered.problems).to.deep.equal([]);
    const server = await fixture<HTMLDivElement>(rendered.html);
    await settled(server);
    const { element } = await place();
    expect(outline(server.querySelector('cyd-summary-list')!)).to.equal(outline(element));
    const value = server.querySelector('[data-row="address"]')!;
    await switchLanguage(server, 'cy');
    expect(server.querySelector('[data-row="address"]') === value, 'the same node, moved into the new render').to.equal(true);
    expect(server.querySelector('dt')!.textContent!.trim()).to.equal('Enw');
    expect(server.querySelector('a')!.textContent).to.equal('Newid enw');
  });

  it('takes a row a framework adds after upgrade with its value’s markup, in both languages', async () => {
    const { wrapper, element } = await place(undefined, 'cy');
    const late = lateRow();
    element.append(late);
    await settled(wrapper);
    const row = rows(element).at(-1)!;
    expect(cellText(row, '.cyd-summary-list__key')).to.equal('Ffôn');
    expect(row.querySelector('.cyd-summary-list__value')!.contains(late), 'the author’s own node, in the value cell').to.equal(true);
    expect(late.querySelector('strong'), 'its markup kept').to.not.equal(null);
    expect(row.querySelector('.cyd-summary-list__actions a')!.textContent).to.equal('Newid rhif ffôn');
    await switchLanguage(wrapper, 'en');
    expect(cellText(rows(element).at(-1)!, '.cyd-summary-list__key')).to.equal('Phone');
    expect(rows(element).at(-1)!.querySelector('.cyd-summary-list__value')!.contains(late)).to.equal(true);
  });

  it('takes a late row into a server-rendered list it has adopted, keeping the server’s values too', async () => {
    const rendered = await serverRender(`<div lang="en"><cyd-summary-list>${answers}</cyd-summary-list></div>`, 'en');
    const server = await fixture<HTMLDivElement>(rendered.html);
    await settled(server);
    const element = server.querySelector<CydSummaryList>('cyd-summary-list')!;
    const address = element.querySelector('[data-row="address"]')!;
    const late = lateRow();
    const errors = await consoleErrorsDuring(async () => {
      element.append(late);
      await settled(server);
    });
    expect(errors, 'the text values and missing-answer links the server wrote are not taken for content').to.deep.equal([]);
    expect(rows(element).map((row) => cellText(row, '.cyd-summary-list__key'))).to.deep.equal(['Name', 'Address', 'Contact by phone', 'Email', 'Phone']);
    expect(
      rows(element)
        .map((row) => cellText(row, '.cyd-summary-list__value'))
        .slice(2, 4),
    ).to.deep.equal(['Yes', 'Enter email address']);
    expect(rows(element).at(-1)!.querySelector('.cyd-summary-list__value')!.contains(late)).to.equal(true);
    expect(element.querySelector('[data-row="address"]') === address, 'the server’s value nodes are kept').to.equal(true);
    expect(address.closest('.cyd-summary-list__value')).to.not.equal(null);
  });

  it('reports an action with no hidden context and a row with no name', async () => {
    const errors = await consoleErrorsDuring(async () => {
      await place('<cyd-summary-list><div data-row="a" data-key="Name" data-change-href="/a">A</div><div data-row data-key="B">B</div></cyd-summary-list>');
    });
    expect(errors.some((e) => e.includes('row 1 has no hidden context') || e.includes('action of row 1 has no hidden context'))).to.equal(true);
    expect(errors.some((e) => e.includes('row 2 has data-row with no value'))).to.equal(true);
  });

  it('fits a 320px screen with long Welsh, and is accessible in both languages', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const { wrapper } = await place(
        `<cyd-summary-list>${answers}
        <div data-row="long" data-key="Long" data-key-cy="Rhif cyfeirnod eich cais blaenorol am drwydded barcio i breswylwyr" data-value="ABC" data-change-href="/long" data-hidden="reference" data-hidden-cy="cyfeirnod"></div></cyd-summary-list>`,
        'cy',
      );
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      await expectAccessibleInBothLanguages(wrapper);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

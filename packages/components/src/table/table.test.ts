import { expect, fixture } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { catalogueProblems } from '@cydran/i18n';
import '../table/define.js';
import type { CydTable } from './table.js';
import { tableMessages } from './table.messages.js';
import { outline } from '../../../../test/support/markup.js';
import { consoleErrorsDuring, expectAccessibleInBothLanguages, serverRender, settled, switchLanguage } from '../../../../test/support/helpers.js';

/** Places in Wales, in no order: English and Welsh alphabetical order differ on "ch" and "ll". */
const places = `<table>
  <caption data-text-cy="Lleoedd yng Nghymru">Places in Wales</caption>
  <thead><tr><th data-text-cy="Lle">Place</th><th data-format="numeric" data-text-cy="Poblogaeth">Population</th></tr></thead>
  <tbody>
    <tr><td>Llanelli</td><td>25,168</td></tr>
    <tr><td>Lydstep</td><td>250</td></tr>
    <tr><td>Chwilog</td><td>1,100</td></tr>
    <tr><td>Cwmbrân</td><td>46,915</td></tr>
    <tr><td>Caerdydd</td><td>372,089</td></tr>
  </tbody>
</table>`;

async function place(markup: string, lang: 'en' | 'cy' = 'en') {
  const wrapper = await fixture<HTMLDivElement>(`<div lang="${lang}">${markup}</div>`);
  await settled(wrapper);
  const element = wrapper.querySelector<CydTable>('cyd-table')!;
  return { wrapper, element };
}

const column = (el: Element, index = 0) => [...el.querySelectorAll('tbody tr')].map((tr) => tr.children[index]!.textContent!.trim());
const button = (el: Element, index: number) => el.querySelectorAll<HTMLButtonElement>('th button.cyd-table__sort-button')[index]!;
const live = (el: Element) => el.querySelector('[aria-live="polite"]')!.textContent!.trim();

describe('cyd-table', () => {
  it('has every message in both languages', () => {
    expect(catalogueProblems(tableMessages, { sortedBy: [['Name', 'ascending']] })).to.deep.equal([]);
  });

  it('reads the <table> inside: caption, column headers with scope, numeric cells right-aligned in tabular figures', async () => {
    const { wrapper, element } = await place(`<cyd-table caption-size="m">${places}</cyd-table>`);
    expect(element.querySelectorAll('table').length, 'one table: the author’s was read, not kept beside it').to.equal(1);
    const caption = element.querySelector('caption')!;
    expect(caption.textContent!.trim()).to.equal('Places in Wales');
    expect(caption.classList.contains('cyd-table__caption--m')).to.equal(true);
    expect([...element.querySelectorAll('thead th')].map((th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col']);
    const number = element.querySelector('tbody tr td:nth-child(2)')!;
    expect(number.classList.contains('cyd-table__cell--numeric')).to.equal(true);
    expect(getComputedStyle(number).textAlign).to.equal('right');
    expect(getComputedStyle(number).fontVariantNumeric).to.equal('tabular-nums');
    expect(column(element)).to.deep.equal(['Llanelli', 'Lydstep', 'Chwilog', 'Cwmbrân', 'Caerdydd']);
    await switchLanguage(wrapper, 'cy');
    expect(caption.textContent!.trim()).to.equal('Lleoedd yng Nghymru');
    expect(element.querySelector('thead th')!.textContent!.trim()).to.equal('Lle');
  });

  it('takes head and rows as JSON, with the first cell of each row as its header', async () => {
    const { element } = await place(`<cyd-table caption="Bins" first-cell-is-header
      head='["Day", {"text": "Bags", "format": "numeric"}]' rows='[["Monday", "2"], [{"text": {"en": "Tuesday", "cy": "Dydd Mawrth"}}, "3"]]'></cyd-table>`);
    const rowHeaders = [...element.querySelectorAll('tbody th')];
    expect(rowHeaders.map((th) => [th.getAttribute('scope'), th.textContent!.trim()])).to.deep.equal([
      ['row', 'Monday'],
      ['row', 'Tuesday'],
    ]);
    expect(element.querySelector('tbody td')!.classList.contains('cyd-table__cell--numeric')).to.equal(true);
  });

  it('sorts with the header buttons: aria-sort, ascending then descending, and a polite announcement', async () => {
    const { element } = await place(`<cyd-table sortable>${places}</cyd-table>`);
    const headers = [...element.querySelectorAll('thead th')];
    expect(headers.map((th) => th.getAttribute('aria-sort'))).to.deep.equal(['none', 'none']);
    expect(live(element), 'silent before a person sorts').to.equal('');
    button(element, 0).click();
    await settled(element);
    expect(column(element)).to.deep.equal(['Caerdydd', 'Chwilog', 'Cwmbrân', 'Llanelli', 'Lydstep']);
    expect(headers.map((th) => th.getAttribute('aria-sort'))).to.deep.equal(['ascending', 'none']);
    expect(live(element)).to.equal('Sorted by Place, ascending');
    button(element, 0).click();
    await settled(element);
    expect(column(element)).to.deep.equal(['Lydstep', 'Llanelli', 'Cwmbrân', 'Chwilog', 'Caerdydd']);
    expect(headers[0]!.getAttribute('aria-sort')).to.equal('descending');
    expect(live(element)).to.equal('Sorted by Place, descending');
  });

  it('sorts in Welsh alphabetical order on a Welsh page: ch after c, ll after l', async () => {
    const { wrapper, element } = await place(`<cyd-table sortable>${places}</cyd-table>`, 'cy');
    button(element, 0).click();
    await settled(element);
    expect(column(element)).to.deep.equal(['Caerdydd', 'Cwmbrân', 'Chwilog', 'Lydstep', 'Llanelli']);
    expect(live(element)).to.equal('Wedi’i drefnu yn ôl Lle, esgynnol');
    // A live switch re-sorts in the other language's order and re-words the announcement.
    await switchLanguage(wrapper, 'en');
    expect(column(element)).to.deep.equal(['Caerdydd', 'Chwilog', 'Cwmbrân', 'Llanelli', 'Lydstep']);
    expect(live(element)).to.equal('Sorted by Place, ascending');
  });

  it('sorts numeric columns as numbers, not as words', async () => {
    const { element } = await place(`<cyd-table sortable>${places}</cyd-table>`);
    button(element, 1).click();
    await settled(element);
    expect(column(element, 1)).to.deep.equal(['250', '1,100', '25,168', '46,915', '372,089']);
  });

  it('sorts by data-sort-value, leaves a data-sortable="false" column alone, and fires cyd-sort', async () => {
    const { element } = await place(`<cyd-table sortable><table><caption>Payments</caption>
      <thead><tr><th>Date</th><th data-sortable="false">Reference</th></tr></thead>
      <tbody><tr><td data-sort-value="2026-03-01">1 March 2026</td><td>B</td></tr><tr><td data-sort-value="2025-12-24">24 December 2025</td><td>A</td></tr></tbody></table></cyd-table>`);
    expect(element.querySelectorAll('thead button').length, 'only the sortable column has a button').to.equal(1);
    expect(element.querySelectorAll('thead th')[1]!.hasAttribute('aria-sort')).to.equal(false);
    const sorted = new Promise<CustomEvent>((resolve) => element.addEventListener('cyd-sort', (e) => resolve(e as CustomEvent), { once: true }));
    button(element, 0).click();
    expect((await sorted).detail).to.deep.equal({ column: 0, direction: 'ascending' });
    await settled(element);
    expect(column(element)).to.deep.equal(['24 December 2025', '1 March 2026']);
    element.sortBy(0, 'descending');
    await settled(element);
    expect(column(element)).to.deep.equal(['1 March 2026', '24 December 2025']);
  });

  it('works from the keyboard, with visible focus that stays on the button after sorting', async () => {
    const { element } = await place(`<button id="before">Before</button><cyd-table sortable>${places}</cyd-table>`);
    document.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement === button(element, 0), 'the first header button is the next Tab stop').to.equal(true);
    expect(getComputedStyle(button(element, 0)).backgroundColor, 'focus is visible').to.equal('rgb(255, 221, 0)');
    await sendKeys({ press: 'Enter' });
    await settled(element);
    expect(column(element)[0]).to.equal('Caerdydd');
    expect(document.activeElement === button(element, 0)).to.equal(true);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await settled(element);
    expect(element.querySelectorAll('thead th')[1]!.getAttribute('aria-sort')).to.equal('ascending');
  });

  it('renders the same markup on the server, and a sortable one gains its buttons on upgrade', async () => {
    const rendered = await serverRender(`<div lang="cy"><cyd-table>${places}</cyd-table></div>`, 'cy');
    expect(rendered.problems).to.deep.equal([]);
    const server = await fixture<HTMLDivElement>(rendered.html);
    await settled(server);
    const { element } = await place(`<cyd-table>${places}</cyd-table>`, 'cy');
    expect(outline(server.querySelector('cyd-table')!)).to.equal(outline(element));
    await switchLanguage(server, 'en');
    expect(server.querySelector('caption')!.textContent!.trim(), 'both languages survive the server render').to.equal('Places in Wales');

    const sortable = await serverRender(`<div lang="en"><cyd-table sortable sort-column="1" sort-direction="descending">${places}</cyd-table></div>`, 'en');
    expect(sortable.html.includes('<button'), 'no buttons without JavaScript').to.equal(false);
    const upgraded = await fixture<HTMLDivElement>(sortable.html);
    await settled(upgraded);
    const table = upgraded.querySelector('cyd-table')!;
    expect(column(table)).to.deep.equal(['Caerdydd', 'Cwmbrân', 'Llanelli', 'Chwilog', 'Lydstep']);
    expect(table.querySelectorAll('button.cyd-table__sort-button').length).to.equal(2);
    expect(table.querySelectorAll('table').length).to.equal(1);
  });

  it('reports a missing caption and a sort column that does not exist', async () => {
    const errors = await consoleErrorsDuring(async () => {
      await place(`<cyd-table sortable sort-column="4" head='["A"]' rows='[["1"]]'></cyd-table>`);
    });
    expect(errors.some((e) => e.includes('<cyd-table> has no caption') && e.includes('caption-cy'))).to.equal(true);
    expect(errors.some((e) => e.includes('sort-column="4" is not a column'))).to.equal(true);
  });

  it('scrolls a table too wide for a 320px screen inside its own box, not the page, accessibly', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const cells = Array.from({ length: 8 }, (_, i) => `"Gwerth ${i + 1} yn y golofn hir"`).join(', ');
      const { wrapper, element } = await place(`<cyd-table caption="Wide" caption-cy="Llydan" head='[${cells}]' rows='[[${cells}]]'></cyd-table>`, 'cy');
      const container = element.querySelector<HTMLElement>('.cyd-table-container')!;
      expect(container.scrollWidth, 'the table is wider than the screen').to.be.greaterThan(320);
      expect(document.documentElement.scrollWidth, 'the page is not').to.be.at.most(320);
      // After the resize observer has run (before the next frames' paint).
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      expect([container.tabIndex, container.getAttribute('role'), container.getAttribute('aria-label')], 'a scrolling box is a named Tab stop').to.deep.equal([
        0,
        'region',
        'Llydan',
      ]);
      await expectAccessibleInBothLanguages(wrapper);
      await setViewport({ width: 1600, height: 600 });
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      expect(container.hasAttribute('tabindex'), 'no Tab stop once the table fits').to.equal(false);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('fits a 320px screen with long Welsh headers, and is accessible in both languages', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const { wrapper } = await place(
        `<cyd-table sortable caption="Council tax bands" caption-cy="Bandiau treth gyngor ar gyfer eiddo preswyl yng Nghyngor Bwrdeistref Sirol Rhondda Cynon Taf"
        head='[{"text": {"en": "Band", "cy": "Band prisio’r eiddo"}}, {"text": {"en": "Yearly", "cy": "Swm blynyddol i’w dalu"}, "format": "numeric"}]'
        rows='[["A", "£1,234.56"], ["B", "£1,440.32"]]'></cyd-table>`,
        'cy',
      );
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      await expectAccessibleInBothLanguages(wrapper);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

import { expect } from 'chai';
import { expandHTML, renderElement } from '../server.js';
import { attr, byTag, oneByTag, parseHTML, textOf } from '../../../../test/support/html.js';

const places = `<table><caption data-text-cy="Lleoedd">Places</caption>
  <thead><tr><th data-text-cy="Lle">Place</th><th data-format="numeric" data-text-cy="Poblogaeth">Population</th></tr></thead>
  <tbody><tr><td>Llanelli</td><td>25,168</td></tr><tr><td>Lydstep</td><td>250</td></tr><tr><td>Chwilog</td><td>1,100</td></tr><tr><td>Cwmbrân</td><td>46,915</td></tr></tbody></table>`;

const firstColumn = (html: string) => byTag(oneByTag(parseHTML(html), 'tbody'), 'tr').map((tr) => textOf(byTag(tr, 'td')[0]!));

describe('cyd-table on the server', () => {
  it('renders the author’s table in each language: caption, scoped headers, numeric cells', () => {
    for (const [lang, caption, header] of [
      ['en', 'Places', 'Place'],
      ['cy', 'Lleoedd', 'Lle'],
    ] as const) {
      const tree = parseHTML(expandHTML(`<div lang="${lang}"><cyd-table>${places}</cyd-table></div>`));
      expect(byTag(tree, 'table').length, 'the author’s table is read, not copied beside ours').to.equal(1);
      expect(textOf(oneByTag(tree, 'caption'))).to.equal(caption);
      const headers = byTag(oneByTag(tree, 'thead'), 'th');
      expect(headers.map((th) => [attr(th, 'scope'), textOf(th)])).to.deep.equal([
        ['col', header],
        ['col', lang === 'en' ? 'Population' : 'Poblogaeth'],
      ]);
      expect(attr(byTag(oneByTag(tree, 'tbody'), 'td')[1]!, 'class')).to.equal('cyd-table__cell cyd-table__cell--numeric');
    }
  });

  it('reads head, rows, first-cell-is-header and caption-size from attributes', () => {
    const tree = parseHTML(
      renderElement('cyd-table', { caption: 'Bins', 'caption-size': 'l', 'first-cell-is-header': true, head: '["Day", "Bags"]', rows: '[["Monday", "2"]]' }),
    );
    expect(attr(oneByTag(tree, 'caption'), 'class')).to.equal('cyd-table__caption cyd-table__caption--l');
    const rowHeader = oneByTag(oneByTag(tree, 'tbody'), 'th');
    expect([attr(rowHeader, 'scope'), textOf(rowHeader)]).to.deep.equal(['row', 'Monday']);
  });

  it('sends the rows sorted by sort-column, in the page language’s alphabetical order, with aria-sort and no buttons', () => {
    const english = expandHTML(`<div lang="en"><cyd-table sortable sort-column="0">${places}</cyd-table></div>`);
    expect(firstColumn(english)).to.deep.equal(['Chwilog', 'Cwmbrân', 'Llanelli', 'Lydstep']);
    const welsh = expandHTML(`<div lang="cy"><cyd-table sortable sort-column="0">${places}</cyd-table></div>`);
    expect(firstColumn(welsh)).to.deep.equal(['Cwmbrân', 'Chwilog', 'Lydstep', 'Llanelli']);
    const tree = parseHTML(welsh);
    expect(byTag(oneByTag(tree, 'thead'), 'th').map((th) => attr(th, 'aria-sort'))).to.deep.equal(['ascending', 'none']);
    expect(byTag(tree, 'button')).to.deep.equal([]);
    const numeric = expandHTML(`<cyd-table sortable sort-column="1" sort-direction="descending">${places}</cyd-table>`);
    expect(byTag(oneByTag(parseHTML(numeric), 'tbody'), 'tr').map((tr) => textOf(byTag(tr, 'td')[1]!))).to.deep.equal(['46,915', '25,168', '1,100', '250']);
  });

  it('reports a missing caption, no rows and a sort direction not allowed', () => {
    const problems: string[] = [];
    renderElement('cyd-table', { 'sort-direction': 'up' }, { onProblem: (p) => problems.push(p) });
    expect(problems.some((p) => p.includes('<cyd-table> has no caption'))).to.equal(true);
    expect(problems.some((p) => p.includes('<cyd-table> has no rows'))).to.equal(true);
    expect(problems.some((p) => p.includes('sort-direction'))).to.equal(true);
  });
});

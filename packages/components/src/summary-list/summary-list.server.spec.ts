import { expect } from 'chai';
import { expandHTML, renderElement } from '../server.js';
import { attr, byClass, byTag, oneByClass, oneByTag, parseHTML, textOf } from '../../../../test/support/html.js';

const answers = `<div data-row="name" data-key="Name" data-key-cy="Enw" data-change-href="/name" data-hidden="name" data-hidden-cy="enw">Sarah <strong>Philips</strong></div>
  <div data-row="email" data-key="Email" data-key-cy="E-bost" data-missing-href="/email" data-missing-text="Enter email address" data-missing-text-cy="Rhowch gyfeiriad e-bost"></div>`;

describe('cyd-summary-list on the server', () => {
  it('renders rows in a <dl> in each language, the author’s markup as the value', () => {
    for (const [lang, key, change, missing] of [
      ['en', 'Name', 'Change name', 'Enter email address'],
      ['cy', 'Enw', 'Newid enw', 'Rhowch gyfeiriad e-bost'],
    ] as const) {
      const tree = parseHTML(expandHTML(`<div lang="${lang}"><cyd-summary-list>${answers}</cyd-summary-list></div>`));
      const dl = oneByTag(tree, 'dl');
      const rows = byClass(dl, 'cyd-summary-list__row');
      expect(rows.length).to.equal(2);
      expect(textOf(byTag(rows[0]!, 'dt')[0]!)).to.equal(key);
      expect(textOf(oneByTag(oneByClass(rows[0]!, 'cyd-summary-list__value'), 'strong')), 'markup in the value is kept').to.equal('Philips');
      expect(textOf(oneByTag(oneByClass(rows[0]!, 'cyd-summary-list__actions'), 'a'))).to.equal(change);
      expect(textOf(oneByClass(rows[0]!, 'cyd-visually-hidden'))).to.equal(change.split(' ')[1]);
      const link = oneByTag(oneByClass(rows[1]!, 'cyd-summary-list__value'), 'a');
      expect([attr(link, 'href'), textOf(link)]).to.deep.equal(['/email', missing]);
    }
  });

  it('reads rows, borderless and card-title from attributes', () => {
    const html = renderElement('cyd-summary-list', {
      borderless: true,
      'card-title': 'Sarah Philips',
      rows: JSON.stringify([
        {
          key: 'Name',
          value: 'Sarah',
          actions: [
            { href: '/a', visuallyHiddenText: 'name' },
            { href: '/b', text: 'Remove', visuallyHiddenText: 'name' },
          ],
        },
      ]),
    });
    const tree = parseHTML(html);
    expect(attr(oneByTag(tree, 'dl'), 'class')).to.equal('cyd-summary-list cyd-summary-list--no-border');
    expect(byTag(oneByClass(tree, 'cyd-summary-list__actions-list'), 'a').map(textOf)).to.deep.equal([
      'Change name (Sarah Philips)',
      'Remove name (Sarah Philips)',
    ]);
  });

  it('reports no rows, and an action without hidden context', () => {
    const problems: string[] = [];
    renderElement('cyd-summary-list', {}, { onProblem: (p) => problems.push(p) });
    renderElement('cyd-summary-list', {}, { content: '<div data-row="a" data-key="A" data-change-href="/a">x</div>', onProblem: (p) => problems.push(p) });
    expect(problems.some((p) => p.includes('<cyd-summary-list> has no rows'))).to.equal(true);
    expect(problems.some((p) => p.includes('no hidden context'))).to.equal(true);
  });
});

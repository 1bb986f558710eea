import { expect } from 'chai';
import { expandHTML, renderElement } from '../server.js';
import { byTag, oneByClass, oneByTag, parseHTML, textOf } from '../../../../test/support/html.js';

const list = `<cyd-summary-list card-title="Sarah Philips"><div data-row="name" data-key="Name" data-key-cy="Enw" data-value="Sarah Philips"></div></cyd-summary-list>`;

describe('cyd-summary-card on the server', () => {
  it('renders the title, the card actions and the summary list inside, in each language', () => {
    for (const [lang, change, remove, key] of [
      ['en', 'Change', 'Delete', 'Name'],
      ['cy', 'Newid', 'Dileu', 'Enw'],
    ] as const) {
      const tree = parseHTML(
        expandHTML(`<div lang="${lang}"><cyd-summary-card card-title="Sarah Philips" change-href="/a" delete-href="/b">${list}</cyd-summary-card></div>`),
      );
      expect(textOf(oneByTag(tree, 'h2'))).to.equal('Sarah Philips');
      expect(byTag(oneByClass(tree, 'cyd-summary-card__actions'), 'a').map(textOf)).to.deep.equal([`${change} (Sarah Philips)`, `${remove} (Sarah Philips)`]);
      expect(textOf(oneByTag(oneByClass(tree, 'cyd-summary-card__content'), 'dt')), 'the list is rendered inside').to.equal(key);
    }
  });

  it('reads heading-level and actions', () => {
    const tree = parseHTML(renderElement('cyd-summary-card', { 'card-title': 'A', 'heading-level': 3, actions: '[{"href": "/w", "text": "Withdraw"}]' }));
    expect(textOf(oneByTag(tree, 'h3'))).to.equal('A');
    expect(textOf(oneByTag(oneByClass(tree, 'cyd-summary-card__actions'), 'a'))).to.equal('Withdraw (A)');
  });

  it('reports a missing title and a heading level that is not one', () => {
    const problems: string[] = [];
    renderElement('cyd-summary-card', { 'heading-level': 9 }, { onProblem: (p) => problems.push(p) });
    expect(problems.some((p) => p.includes('has no card-title'))).to.equal(true);
    expect(problems.some((p) => p.includes('heading-level="9"'))).to.equal(true);
  });
});

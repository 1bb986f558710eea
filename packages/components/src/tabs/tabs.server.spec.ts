import { expect } from 'chai';
import { expandHTML, renderElement } from '../server.js';
import { attrs, byTag, oneByTag, parseHTML, textOf } from '../../../../test/support/html.js';

const panels = `<div id="past-day" data-label="Past day" data-label-cy="Y diwrnod diwethaf"><p>3</p></div>
  <div id="past-week" data-label="Past week" data-label-cy="Yr wythnos ddiwethaf"><p>25</p></div>`;

describe('cyd-tabs on the server', () => {
  it('renders a titled contents list of links to the panels, every panel showing, in each language', () => {
    for (const [lang, title, labels] of [
      ['en', 'Contents', ['Past day', 'Past week']],
      ['cy', 'Cynnwys', ['Y diwrnod diwethaf', 'Yr wythnos ddiwethaf']],
    ] as const) {
      const root = parseHTML(expandHTML(`<div lang="${lang}"><cyd-tabs>${panels}</cyd-tabs></div>`, { onProblem: (p) => expect.fail(p) }));
      expect(textOf(oneByTag(root, 'h2'))).to.equal(title);
      const links = byTag(oneByTag(root, 'ul'), 'a');
      expect(links.map((a) => [attrs(a).href, textOf(a)])).to.deep.equal([
        ['#past-day', labels[0]],
        ['#past-week', labels[1]],
      ]);
      expect(
        links.every((a) => attrs(a).role === undefined && attrs(a)['aria-selected'] === undefined),
        'no tab roles without JavaScript',
      ).to.equal(true);
      const container = oneByTag(root, 'div', { class: 'cyd-tabs__panels' });
      expect(byTag(container, 'div').map((d) => [attrs(d).id, attrs(d).hidden])).to.deep.equal([
        ['past-day', undefined],
        ['past-week', undefined],
      ]);
    }
  });

  it('reads contents-title and the id, and panels given as JSON', () => {
    const root = parseHTML(
      renderElement(
        'cyd-tabs',
        {
          id: 'figures',
          'contents-title': 'Figures',
          'contents-title-cy': 'Ffigurau',
          panels: JSON.stringify([{ id: 'a', label: { en: 'A', cy: 'Ah' } }]),
        },
        { locale: 'cy' },
      ),
    );
    expect(attrs(oneByTag(root, 'h2'))).to.include({ id: 'figures-title' });
    expect(textOf(oneByTag(root, 'h2'))).to.equal('Ffigurau');
    expect(textOf(oneByTag(root, 'a'))).to.equal('Ah');
  });

  it('reports no panels, a panel with no id and two panels with one id', () => {
    const problems: string[] = [];
    renderElement('cyd-tabs', {}, { onProblem: (p) => problems.push(p) });
    renderElement(
      'cyd-tabs',
      {},
      { content: '<div data-label="Day"></div><div id="x" data-label="X"></div><div id="x" data-label="Y"></div>', onProblem: (p) => problems.push(p) },
    );
    expect(problems.some((p) => p.includes('<cyd-tabs> has no panels'))).to.equal(true);
    expect(problems.some((p) => p.includes('labelled "Day" has no id'))).to.equal(true);
    expect(problems.some((p) => p.includes('two panels have id="x"'))).to.equal(true);
  });
});

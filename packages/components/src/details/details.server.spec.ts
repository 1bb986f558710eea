import { expect } from 'chai';
import { expandHTML, renderElement } from '../server.js';
import { attrs, elementChildren, oneByClass, oneByTag, parseHTML, textOf } from '../../../../test/support/html.js';

describe('cyd-details on the server', () => {
  it('renders a native details, closed, with the summary and text in each language', () => {
    const markup =
      '<cyd-details summary-text="Help with nationality" summary-text-cy="Help gyda chenedligrwydd" text="We need to know." text-cy="Mae angen i ni wybod."></cyd-details>';
    const english = parseHTML(expandHTML(`<div lang="en">${markup}</div>`));
    const details = oneByTag(english, 'details');
    expect(attrs(details)).to.deep.equal({ class: 'cyd-details', 'data-cyd-root': '' });
    expect(textOf(oneByTag(details, 'summary'))).to.equal('Help with nationality');
    expect(textOf(oneByClass(details, 'cyd-details__paragraph'))).to.equal('We need to know.');
    const welsh = parseHTML(expandHTML(`<div lang="cy">${markup}</div>`));
    expect(textOf(oneByTag(welsh, 'summary'))).to.equal('Help gyda chenedligrwydd');
    expect(textOf(oneByClass(welsh, 'cyd-details__paragraph'))).to.equal('Mae angen i ni wybod.');
  });

  it('renders open, and the author’s HTML inside', () => {
    const root = parseHTML(expandHTML('<cyd-details open summary-text="More" summary-text-cy="Mwy"><ul><li>One</li></ul></cyd-details>'));
    expect(attrs(oneByTag(root, 'details'))).to.include({ open: '' });
    expect(elementChildren(oneByClass(root, 'cyd-details__content')).map((e) => e.tag)).to.deep.equal(['ul']);
  });

  it('reports a missing summary-text', () => {
    const problems: string[] = [];
    renderElement('cyd-details', { text: 'Hidden' }, { onProblem: (p) => problems.push(p) });
    expect(problems.some((p) => p.includes('<cyd-details> has no summary-text') && p.includes('summary-text-cy'))).to.equal(true);
  });
});

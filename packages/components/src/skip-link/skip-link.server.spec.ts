import { expect } from 'chai';
import { expandHTML, renderElement } from '../server.js';
import { attrs, oneByTag, parseHTML, textOf } from '../../../../test/support/html.js';

describe('cyd-skip-link on the server', () => {
  it('renders a link to #main-content in each language', () => {
    const english = oneByTag(parseHTML(renderElement('cyd-skip-link')), 'a');
    expect([attrs(english), textOf(english)]).to.deep.equal([{ class: 'cyd-skip-link', href: '#main-content', 'data-cyd-root': '' }, 'Skip to main content']);
    const welsh = oneByTag(parseHTML(expandHTML('<html lang="cy"><body><cyd-skip-link></cyd-skip-link></body></html>')), 'a');
    expect([attrs(welsh), textOf(welsh)]).to.deep.equal([{ class: 'cyd-skip-link', href: '#main-content', 'data-cyd-root': '' }, 'Neidio i’r prif gynnwys']);
  });

  it('reports an href that leaves the page', () => {
    const problems: string[] = [];
    renderElement('cyd-skip-link', { href: '/main' }, { onProblem: (p) => problems.push(p) });
    expect(problems.some((p) => p.includes('must be a link within the page'))).to.equal(true);
  });
});

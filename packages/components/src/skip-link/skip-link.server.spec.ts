import { expect } from 'chai';
import { expandHTML, renderElement } from '../server.js';

describe('cyd-skip-link on the server', () => {
  it('renders a link to #main-content in each language', () => {
    expect(renderElement('cyd-skip-link')).to.contain('<a class="cyd-skip-link" href="#main-content" data-cyd-root>Skip to main content</a>');
    expect(expandHTML('<html lang="cy"><body><cyd-skip-link></cyd-skip-link></body></html>')).to.contain('>Neidio i’r prif gynnwys</a>');
  });

  it('reports an href that leaves the page', () => {
    const problems: string[] = [];
    renderElement('cyd-skip-link', { href: '/main' }, { onProblem: (p) => problems.push(p) });
    expect(problems.some((p) => p.includes('must be a link within the page'))).to.equal(true);
  });
});

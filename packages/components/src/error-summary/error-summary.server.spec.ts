import { expect } from 'chai';
import { expandHTML, renderElement } from '../server.js';

const errors = JSON.stringify([
  { href: '#full-name', text: { en: 'Enter your full name', cy: 'Rhowch eich enw llawn' } },
  { href: '#email', text: 'Enter your email address', 'text-cy': 'Rhowch eich cyfeiriad e-bost' },
]);

describe('cyd-error-summary on the server', () => {
  it('renders the errors as plain fragment links under a labelling h2 (works with JavaScript off)', () => {
    const html = renderElement('cyd-error-summary', { errors }, { locale: 'en' });
    expect(html).to.match(/<div class="cyd-error-summary" data-cyd-root role="region" aria-labelledby="cyd-error-summary-title" tabindex="-1">/);
    expect(html).to.contain('<h2 class="cyd-error-summary__title" id="cyd-error-summary-title">There is a problem</h2>');
    expect(html).to.contain('<a class="cyd-error-summary__link" href="#full-name">Enter your full name</a>');
    expect(html).to.contain('<a class="cyd-error-summary__link" href="#email">Enter your email address</a>');
    expect(html).not.to.contain('role="alert"');
  });

  it('renders in Welsh with no English', () => {
    const html = expandHTML(`<div lang="cy"><cyd-error-summary errors='${errors}'></cyd-error-summary></div>`);
    expect(html).to.contain('Mae problem wedi codi');
    expect(html).to.contain('>Rhowch eich enw llawn</a>');
    expect(html).to.contain('>Rhowch eich cyfeiriad e-bost</a>');
    const rendered = html.slice(html.indexOf('data-cyd-root'));
    expect(rendered).not.to.match(/Enter|There is/);
  });

  it('renders hidden with no errors', () => {
    expect(renderElement('cyd-error-summary')).to.contain('<div class="cyd-error-summary" data-cyd-root hidden></div>');
  });

  it('shows an error with no href as text, and reports none as a problem', () => {
    const problems: string[] = [];
    const html = renderElement('cyd-error-summary', { errors: '[{"text":"Your email address or password is wrong"}]' }, { onProblem: (p) => problems.push(p) });
    expect(problems).to.deep.equal([]);
    expect(html).to.contain('<li class="cyd-error-summary__item">Your email address or password is wrong</li>');
    expect(html).to.not.contain(' hidden');
  });
});

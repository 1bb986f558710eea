import { expect } from 'chai';
import { expandHTML, renderElement } from '../server.js';
import { attr, attrs, byTag, descendants, oneByTag, parseHTML, queryAll, queryOne, textOf, type HtmlRoot } from '../../../../test/support/html.js';

const errors = JSON.stringify([
  { href: '#full-name', text: { en: 'Enter your full name', cy: 'Rhowch eich enw llawn' } },
  { href: '#email', text: 'Enter your email address', 'text-cy': 'Rhowch eich cyfeiriad e-bost' },
]);

const summaryIn = (root: HtmlRoot) => queryOne(root, (element) => element.attributes.has('data-cyd-root'), 'rendered summary');

describe('cyd-error-summary on the server', () => {
  it('renders the errors as plain fragment links under a labelling h2 (works with JavaScript off)', () => {
    const root = parseHTML(renderElement('cyd-error-summary', { errors }, { locale: 'en' }));
    const summary = summaryIn(root);
    expect([summary.tag, attrs(summary)]).to.deep.equal([
      'div',
      { class: 'cyd-error-summary', 'data-cyd-root': '', role: 'region', 'aria-labelledby': 'cyd-error-summary-title', tabindex: '-1' },
    ]);
    const title = oneByTag(summary, 'h2');
    expect([attrs(title), textOf(title)]).to.deep.equal([{ class: 'cyd-error-summary__title', id: 'cyd-error-summary-title' }, 'There is a problem']);
    expect(byTag(summary, 'a').map((link) => [attrs(link), textOf(link)])).to.deep.equal([
      [{ class: 'cyd-error-summary__link', href: '#full-name' }, 'Enter your full name'],
      [{ class: 'cyd-error-summary__link', href: '#email' }, 'Enter your email address'],
    ]);
    expect(queryAll(root, (element) => attr(element, 'role') === 'alert')).to.deep.equal([]);
  });

  it('renders in Welsh with no English', () => {
    const summary = summaryIn(parseHTML(expandHTML(`<div lang="cy"><cyd-error-summary errors='${errors}'></cyd-error-summary></div>`)));
    expect(textOf(oneByTag(summary, 'h2'))).to.equal('Mae problem wedi codi');
    expect(byTag(summary, 'a').map(textOf)).to.deep.equal(['Rhowch eich enw llawn', 'Rhowch eich cyfeiriad e-bost']);
    const attributeValues = descendants(summary).flatMap((node) => (node.kind === 'element' ? [...node.attributes.values()] : []));
    for (const written of [textOf(summary), ...attributeValues]) expect(written).not.to.match(/Enter|There is/);
  });

  it('renders hidden with no errors', () => {
    const summary = summaryIn(parseHTML(renderElement('cyd-error-summary')));
    expect([summary.tag, attrs(summary), summary.children]).to.deep.equal(['div', { class: 'cyd-error-summary', 'data-cyd-root': '', hidden: '' }, []]);
  });

  it('shows an error with no href as text, and reports none as a problem', () => {
    const problems: string[] = [];
    const root = parseHTML(
      renderElement('cyd-error-summary', { errors: '[{"text":"Your email address or password is wrong"}]' }, { onProblem: (p) => problems.push(p) }),
    );
    expect(problems).to.deep.equal([]);
    const item = oneByTag(root, 'li');
    expect([attrs(item), textOf(item), byTag(item, 'a')]).to.deep.equal([{ class: 'cyd-error-summary__item' }, 'Your email address or password is wrong', []]);
    expect(queryAll(root, (element) => element.attributes.has('hidden'))).to.deep.equal([]);
  });
});

import { expect } from 'chai';
import { expandHTML, renderElement } from '../server.js';
import { attr, byTag, oneByClass, oneByTag, parseHTML, textOf } from '../../../../test/support/html.js';

const attributes = {
  'expires-at': '2026-12-03T10:15:00Z',
  'keep-alive-href': '/session/keep-alive',
  'sign-out-href': '/sign-out',
  'timed-out-href': '/signed-out',
};

describe('cyd-timeout-warning server render', () => {
  it('renders a closed dialog, so nothing shows with JavaScript off, in the page’s language', () => {
    const problems: string[] = [];
    const root = parseHTML(renderElement('cyd-timeout-warning', attributes, { locale: 'cy', onProblem: (problem: string) => problems.push(problem) }));
    expect(problems).to.deep.equal([]);
    const dialog = oneByTag(root, 'dialog');
    expect(dialog.attributes.has('open'), 'closed').to.equal(false);
    expect(textOf(oneByTag(dialog, 'h2'))).to.equal('Rydych ar fin cael eich allgofnodi');
    expect(attr(dialog, 'aria-labelledby')).to.equal(attr(oneByTag(dialog, 'h2'), 'id'));
    expect(textOf(oneByClass(root, 'cyd-timeout-warning__text'))).to.equal('Er eich diogelwch, byddwn yn eich allgofnodi cyn pen 2 funud.');
    expect(attr(dialog, 'aria-describedby')).to.equal(attr(oneByClass(root, 'cyd-timeout-warning__text'), 'id'));
    expect(textOf(oneByTag(dialog, 'button'))).to.equal('Aros wedi’ch mewngofnodi');
    expect(attr(oneByTag(dialog, 'a'), 'href')).to.equal('/sign-out');
    expect(attr(oneByClass(root, 'cyd-timeout-warning__status'), 'aria-live')).to.equal('polite');
  });

  it('makes its ids from the element’s id, so two on a page do not clash', () => {
    const root = parseHTML(
      expandHTML(`<div lang="en"><cyd-timeout-warning id="one" expires-at="2026-12-03T10:15:00Z" keep-alive-href="/k" timed-out-href="/t"></cyd-timeout-warning>
      <cyd-timeout-warning id="two" expires-at="2026-12-03T10:15:00Z" keep-alive-href="/k" timed-out-href="/t"></cyd-timeout-warning></div>`),
    );
    expect(byTag(root, 'h2').map((heading) => attr(heading, 'id'))).to.deep.equal(['one-dialog-heading', 'two-dialog-heading']);
  });

  it('refuses unsafe links and reports them', () => {
    const problems: string[] = [];
    const root = parseHTML(
      renderElement(
        'cyd-timeout-warning',
        { ...attributes, 'sign-out-href': 'javascript:alert(1)' },
        { onProblem: (problem: string) => problems.push(problem) },
      ),
    );
    expect(attr(oneByTag(root, 'a'), 'href')).to.equal('#');
    expect(problems.some((problem) => problem.includes('sign-out-href') && problem.includes('not a safe link'))).to.equal(true);
  });
});

import { expect } from 'chai';
import { expandHTML, renderElement } from '../server.js';
import { attrs, byTag, oneByTag, parseHTML, textOf } from '../../../../test/support/html.js';

const SAFE = 'https://www.bbc.co.uk/weather';

describe('cyd-exit-this-page on the server', () => {
  it('renders a plain link to the safe page, with the hidden “Emergency”, in each language', () => {
    for (const [lang, words] of [
      ['en', 'Emergency Exit this page'],
      ['cy', 'Argyfwng Gadael y dudalen hon'],
    ] as const) {
      const root = parseHTML(
        expandHTML(`<div lang="${lang}"><cyd-exit-this-page href="${SAFE}"></cyd-exit-this-page></div>`, { onProblem: (p) => expect.fail(p) }),
      );
      const link = oneByTag(root, 'a');
      expect(attrs(link)).to.deep.equal({ class: 'cyd-button cyd-button--warning cyd-exit-this-page__button', href: SAFE, rel: 'nofollow noreferrer' });
      expect(textOf(link).replace(/\s+/g, ' ').trim()).to.equal(words);
      expect(byTag(root, 'dialog'), 'no overlay or live region without JavaScript').to.deep.equal([]);
    }
  });

  it('reads text, hidden-text and their Welsh twins', () => {
    const link = oneByTag(
      parseHTML(
        renderElement(
          'cyd-exit-this-page',
          { href: SAFE, text: 'Leave', 'text-cy': 'Gadael', 'hidden-text': 'Quick', 'hidden-text-cy': 'Cyflym' },
          { locale: 'cy' },
        ),
      ),
      'a',
    );
    expect(textOf(link).replace(/\s+/g, ' ').trim()).to.equal('Cyflym Gadael');
  });

  it('reports a missing href, and one that stays on the page', () => {
    const problems: string[] = [];
    renderElement('cyd-exit-this-page', {}, { onProblem: (p) => problems.push(p) });
    renderElement('cyd-exit-this-page', { href: '#top' }, { onProblem: (p) => problems.push(p) });
    expect(problems.some((p) => p.includes('<cyd-exit-this-page> has no href'))).to.equal(true);
    expect(problems.some((p) => p.includes('href="#top" stays on this page'))).to.equal(true);
  });
});

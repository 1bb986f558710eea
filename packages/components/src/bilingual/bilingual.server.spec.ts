import { expect } from 'chai';
import { expandHTML, renderElement } from '../server.js';
import { attrs, byClass, byTag, oneByTag, parseHTML, textOf } from '../../../../test/support/html.js';

const CONTENT =
  '<p lang="en">Closed on Monday. <cyd-button text="Continue" text-cy="Parhau"></cyd-button></p><p lang="cy">Ar gau ddydd Llun. <cyd-button text="Continue" text-cy="Parhau"></cyd-button></p>';

describe('cyd-bilingual on the server', () => {
  it('renders Welsh first, each column with its lang, and nested components in their column’s language', () => {
    for (const page of ['en', 'cy']) {
      const root = parseHTML(expandHTML(`<div lang="${page}"><cyd-bilingual heading-cy="Hysbysiad" heading-en="Notice">${CONTENT}</cyd-bilingual></div>`));
      const columns = byClass(root, 'cyd-bilingual__column');
      expect(
        columns.map((c) => attrs(c).lang),
        `page in ${page}`,
      ).to.deep.equal(['cy', 'en']);
      expect(columns.map((c) => textOf(oneByTag(c, 'h2')))).to.deep.equal(['Hysbysiad', 'Notice']);
      expect(columns.map((c) => textOf(oneByTag(c, 'button')))).to.deep.equal(['Parhau', 'Continue']);
      expect(columns.map((c) => attrs(oneByTag(c, 'div', { class: 'cyd-bilingual__content' }))['data-cyd-content'])).to.deep.equal(['cy', 'en']);
    }
  });

  it('reads first and heading-level', () => {
    const root = parseHTML(
      renderElement('cyd-bilingual', { first: 'en', 'heading-level': '3', 'heading-cy': 'Hysbysiad', 'heading-en': 'Notice' }, { content: CONTENT }),
    );
    expect(byClass(root, 'cyd-bilingual__column').map((c) => attrs(c).lang)).to.deep.equal(['en', 'cy']);
    expect(byTag(root, 'h3').map(textOf)).to.deep.equal(['Notice', 'Hysbysiad']);
  });

  it('reports content with no lang, a heading for no column, and an unknown first', () => {
    const problems: string[] = [];
    renderElement('cyd-bilingual', { heading: 'Notice', first: 'fr' }, { content: '<p>Hello</p>', onProblem: (p) => problems.push(p) });
    expect(problems.some((p) => p.includes('some content has no place') && p.includes('lang'))).to.equal(true);
    expect(problems.some((p) => p.includes('heading="Notice" does not say which column'))).to.equal(true);
    expect(problems.some((p) => p.includes('first') && p.includes('fr'))).to.equal(true);
  });
});

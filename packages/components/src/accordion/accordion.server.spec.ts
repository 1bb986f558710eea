import { expect } from 'chai';
import { expandHTML, renderElement } from '../server.js';
import { attrs, byClass, byTag, oneByTag, parseHTML, textOf } from '../../../../test/support/html.js';

const sections = `<div data-section="writing" data-heading="Writing well" data-heading-cy="Ysgrifennu’n dda" data-summary="For the web" data-summary-cy="Ar gyfer y we"><p>Writing.</p></div>
  <div data-section="reading" data-heading="How people read" data-heading-cy="Sut mae pobl yn darllen"><p>Reading.</p></div>`;

describe('cyd-accordion on the server', () => {
  it('renders each section as a plain heading and its content, in each language', () => {
    for (const [lang, headings, summary] of [
      ['en', ['Writing well', 'How people read'], 'For the web'],
      ['cy', ['Ysgrifennu’n dda', 'Sut mae pobl yn darllen'], 'Ar gyfer y we'],
    ] as const) {
      const root = parseHTML(
        expandHTML(`<div lang="${lang}"><cyd-accordion id="guide">${sections}</cyd-accordion></div>`, { onProblem: (p) => expect.fail(p) }),
      );
      expect(byTag(root, 'h2').map(textOf)).to.deep.equal(headings);
      expect(textOf(byClass(root, 'cyd-accordion__section-summary')[0]!)).to.equal(summary);
      expect(byTag(root, 'button'), 'no buttons with JavaScript off').to.deep.equal([]);
      expect(byClass(root, 'cyd-accordion__show-all')).to.deep.equal([]);
      const content = oneByTag(root, 'div', { id: 'guide-content-writing' });
      expect(attrs(content)).to.deep.equal({ class: 'cyd-accordion__section-content', id: 'guide-content-writing', 'data-cyd-content': 'writing' });
      expect(textOf(content)).to.equal('Writing.');
    }
  });

  it('reads the heading level, and the sections given as JSON', () => {
    const html = renderElement(
      'cyd-accordion',
      {
        id: 'faq',
        'heading-level': 3,
        sections: JSON.stringify([{ key: 'one', heading: { en: 'One', cy: 'Un' } }]),
      },
      { locale: 'cy' },
    );
    const heading = oneByTag(parseHTML(html), 'h3');
    expect(textOf(heading)).to.equal('Un');
    expect(attrs(oneByTag(heading, 'span'))).to.deep.equal({ class: 'cyd-accordion__section-heading-text', id: 'faq-heading-one' });
  });

  it('reports a missing id, a bad heading level, a section with no heading and content with no section', () => {
    const problems: string[] = [];
    renderElement(
      'cyd-accordion',
      { 'heading-level': 7 },
      { content: '<div data-section="a"><p>A</p></div><div data-section="b c" data-heading="B"></div><p>Loose</p>', onProblem: (p) => problems.push(p) },
    );
    expect(problems.some((p) => p.includes('data-section="b c" has a space in it'))).to.equal(true);
    expect(problems.some((p) => p.includes('<cyd-accordion> has no id'))).to.equal(true);
    expect(problems.some((p) => p.includes('heading-level="7"'))).to.equal(true);
    expect(problems.some((p) => p.includes('data-section="a" has no heading'))).to.equal(true);
    expect(problems.some((p) => p.includes('some content has no place'))).to.equal(true);
  });
});

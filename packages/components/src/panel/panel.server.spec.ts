import { expect } from 'chai';
import { expandHTML, renderElement } from '../server.js';
import { attrs, byTag, oneByClass, oneByTag, parseHTML, textOf } from '../../../../test/support/html.js';

describe('cyd-panel on the server', () => {
  const markup = '<cyd-panel title-text="Application complete" title-text-cy="Cais wedi’i gwblhau" reference="HDJ2123F"></cyd-panel>';

  it('renders the title as the h1 and the reference after its label, in each language', () => {
    const english = parseHTML(expandHTML(`<main lang="en">${markup}</main>`));
    expect(attrs(oneByClass(english, 'cyd-panel'))).to.deep.equal({ class: 'cyd-panel cyd-panel--confirmation', 'data-cyd-root': '' });
    expect(textOf(oneByTag(english, 'h1'))).to.equal('Application complete');
    expect(textOf(oneByClass(english, 'cyd-panel__reference-line'))).to.equal('Your reference numberHDJ2123F');
    expect(textOf(oneByTag(english, 'strong'))).to.equal('HDJ2123F');
    const welsh = parseHTML(expandHTML(`<main lang="cy">${markup}</main>`));
    expect(textOf(oneByTag(welsh, 'h1'))).to.equal('Cais wedi’i gwblhau');
    expect(textOf(oneByClass(welsh, 'cyd-panel__reference-line'))).to.equal('Eich rhif cyfeirnodHDJ2123F');
  });

  it('reads heading-level and reference-label', () => {
    const root = parseHTML(
      renderElement(
        'cyd-panel',
        { 'title-text': 'Done', 'heading-level': 2, reference: 'A1', 'reference-label': 'Your case number', 'reference-label-cy': 'Rhif eich achos' },
        { locale: 'cy' },
      ),
    );
    expect([byTag(root, 'h1').length, textOf(oneByTag(root, 'h2'))]).to.deep.equal([0, 'Done']);
    expect(textOf(oneByClass(root, 'cyd-panel__reference-line'))).to.equal('Rhif eich achosA1');
  });

  it('reports a missing title and a heading level out of range', () => {
    const problems: string[] = [];
    renderElement('cyd-panel', { 'heading-level': 7 }, { onProblem: (p) => problems.push(p) });
    expect(problems.some((p) => p.includes('<cyd-panel> has no title-text'))).to.equal(true);
    expect(problems.some((p) => p.includes('heading-level="7"'))).to.equal(true);
  });
});

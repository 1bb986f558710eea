import { expect } from 'chai';
import { expandHTML, renderElement } from '../server.js';
import { attr, attrs, classes, oneByClass, oneByTag, parseHTML, textOf } from '../../../../test/support/html.js';

describe('cyd-phase-banner on the server', () => {
  it('renders the tag and the feedback sentence in each language', () => {
    const english = parseHTML(renderElement('cyd-phase-banner', { phase: 'alpha', 'feedback-href': '/feedback' }));
    expect(textOf(oneByClass(english, 'cyd-phase-banner__tag'))).to.equal('Alpha');
    expect(textOf(oneByClass(english, 'cyd-phase-banner__text'))).to.equal('This is a new service – your feedback will help us to improve it.');
    expect([attrs(oneByTag(english, 'a')), textOf(oneByTag(english, 'a'))]).to.deep.equal([{ class: 'cyd-link', href: '/feedback' }, 'feedback']);
    const welsh = parseHTML(expandHTML('<div lang="cy"><cyd-phase-banner phase="alpha" feedback-href="/adborth"></cyd-phase-banner></div>'));
    expect(textOf(oneByClass(welsh, 'cyd-phase-banner__tag'))).to.equal('Alffa');
    expect(textOf(oneByClass(welsh, 'cyd-phase-banner__text'))).to.equal('Mae hwn yn wasanaeth newydd – bydd eich adborth yn ein helpu i’w wella.');
    expect(attr(oneByTag(welsh, 'a'), 'href')).to.equal('/adborth');
  });

  it('is beta by default, and takes its own tag words', () => {
    const root = parseHTML(renderElement('cyd-phase-banner', { 'feedback-href': '/f' }));
    expect(classes(oneByClass(root, 'cyd-phase-banner__tag'))).to.deep.equal(['cyd-tag', 'cyd-phase-banner__tag', 'cyd-phase-banner__tag--beta']);
    expect(textOf(oneByClass(root, 'cyd-phase-banner__tag'))).to.equal('Beta');
    const own = parseHTML(
      renderElement('cyd-phase-banner', { 'feedback-href': '/f', tag: 'Pilot', 'tag-cy': 'Peilot', 'tag-colour': 'grey' }, { locale: 'cy' }),
    );
    expect(textOf(oneByClass(own, 'cyd-phase-banner__tag'))).to.equal('Peilot');
    expect(classes(oneByClass(own, 'cyd-phase-banner__tag'))).to.deep.equal([
      'cyd-tag',
      'cyd-tag--grey',
      'cyd-phase-banner__tag',
      'cyd-phase-banner__tag--beta',
    ]);
  });

  it('puts the feedback link after the author’s own sentence, and says when it opens a new tab', () => {
    const root = parseHTML(
      renderElement(
        'cyd-phase-banner',
        { text: 'This is a trial.', 'text-cy': 'Treial yw hwn.', 'feedback-href': '/f', 'feedback-new-tab': true },
        { locale: 'cy' },
      ),
    );
    expect(textOf(oneByClass(root, 'cyd-phase-banner__text'))).to.equal('Treial yw hwn. Rhowch eich adborth (yn agor mewn tab newydd)');
    expect([attr(oneByTag(root, 'a'), 'target'), attr(oneByTag(root, 'a'), 'rel')]).to.deep.equal(['_blank', 'noreferrer noopener']);
  });

  it('reports a missing feedback-href and a phase it does not know', () => {
    const problems: string[] = [];
    renderElement('cyd-phase-banner', {}, { onProblem: (p) => problems.push(p) });
    renderElement('cyd-phase-banner', { phase: 'gamma', 'feedback-href': '/f' }, { onProblem: (p) => problems.push(p) });
    expect(problems.some((p) => p.includes('<cyd-phase-banner> has no feedback-href'))).to.equal(true);
    expect(problems.some((p) => p.includes('gamma'))).to.equal(true);
  });
});

import { expect } from 'chai';
import { expandHTML, renderElement } from '../server.js';
import { attrs, byClass, oneByClass, oneByTag, parseHTML, textOf } from '../../../../test/support/html.js';

// Content holding Cydran components is wrapped in its lang, so the server renders them in it (README).
const CONTENT = '<div lang="en"><p>Blue Badge parking.</p><cyd-button text="Continue" text-cy="Parhau"></cyd-button></div>';

describe('cyd-not-translated on the server', () => {
  it('on a Welsh page: the notice in Welsh, the link in English, the content marked lang="en" with its components in English', () => {
    const root = parseHTML(
      expandHTML(`<html lang="cy"><body><cyd-not-translated available-in="en" href="/en/blue-badge">${CONTENT}</cyd-not-translated></body></html>`),
    );
    const notice = oneByClass(root, 'cyd-not-translated__notice');
    expect(textOf(notice)).to.equal('Mae’r dudalen hon ar gael yn Saesneg yn unig. English');
    expect(attrs(oneByTag(notice, 'a'))).to.deep.equal({ class: 'cyd-link', href: '/en/blue-badge', hreflang: 'en', lang: 'en' });
    const content = oneByClass(root, 'cyd-not-translated__content');
    expect(attrs(content)).to.include({ lang: 'en' });
    expect(textOf(oneByTag(content, 'button'))).to.equal('Continue');
  });

  it('renders Cydran elements in the content in the content’s language, with no lang wrapper of the author’s', () => {
    const root = parseHTML(
      expandHTML(
        '<html lang="cy"><body><cyd-not-translated available-in="en" href="/en/x"><cyd-button text="Continue" text-cy="Parhau"></cyd-button></cyd-not-translated></body></html>',
      ),
    );
    expect(textOf(oneByTag(oneByClass(root, 'cyd-not-translated__content'), 'button'))).to.equal('Continue');
  });

  it('in the content’s own language: no notice', () => {
    const root = parseHTML(renderElement('cyd-not-translated', { 'available-in': 'en', href: '/en/x' }, { content: CONTENT, locale: 'en' }));
    expect(byClass(root, 'cyd-not-translated__notice')).to.deep.equal([]);
    expect(attrs(oneByClass(root, 'cyd-not-translated__content'))).to.include({ lang: 'en' });
  });

  it('a section in Welsh on an English page', () => {
    const root = parseHTML(renderElement('cyd-not-translated', { 'available-in': 'cy', scope: 'section' }, { content: '<p>Parcio.</p>' }));
    expect(textOf(oneByClass(root, 'cyd-not-translated__notice'))).to.equal('This content is only available in Welsh.');
    expect(attrs(oneByClass(root, 'cyd-not-translated__content'))).to.include({ lang: 'cy' });
  });

  it('reports a missing or unknown available-in and a page with no href', () => {
    const problems: string[] = [];
    renderElement('cyd-not-translated', {}, { content: '<p>x</p>', onProblem: (p) => problems.push(p) });
    renderElement('cyd-not-translated', { 'available-in': 'fr', scope: 'section' }, { content: '<p>x</p>', onProblem: (p) => problems.push(p) });
    expect(problems.some((p) => p.includes('has no available-in'))).to.equal(true);
    expect(problems.some((p) => p.includes('has no href'))).to.equal(true);
    expect(problems.some((p) => p.includes('available-in') && p.includes('fr'))).to.equal(true);
  });
});

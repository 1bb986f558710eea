import { expect } from 'chai';
import { expandHTML, renderElement } from '../server.js';
import { attr, attrs, byClass, byTag, classes, oneByClass, oneByTag, parseHTML, queryAll, queryOne, textOf } from '../../../../test/support/html.js';

describe('cyd-language-toggle on the server', () => {
  it('links an English page to its Welsh equivalent, with lang and hreflang (works with JavaScript off)', () => {
    const root = parseHTML(renderElement('cyd-language-toggle', { 'href-en': '/en/parking', 'href-cy': '/cy/parcio' }, { locale: 'en' }));
    const link = oneByTag(root, 'a');
    expect(attrs(link)).to.deep.equal({ class: 'cyd-language-toggle__link', href: '/cy/parcio', lang: 'cy', hreflang: 'cy' });
    expect(textOf(oneByClass(link, 'cyd-language-toggle__name'))).to.equal('Cymraeg');
    expect(textOf(oneByClass(link, 'cyd-visually-hidden'))).to.equal('(Newid yr iaith i’r Gymraeg)');
    expect(queryAll(root, (element) => element.attributes.has('hidden'))).to.deep.equal([]);
  });

  it('links a Welsh page to its English equivalent', () => {
    const link = oneByTag(
      parseHTML(expandHTML('<div lang="cy"><cyd-language-toggle href-en="/en/parking" href-cy="/cy/parcio"></cyd-language-toggle></div>')),
      'a',
    );
    expect([attr(link, 'href'), attr(link, 'lang'), attr(link, 'hreflang')]).to.deep.equal(['/en/parking', 'en', 'en']);
    expect(textOf(oneByClass(link, 'cyd-language-toggle__name'))).to.equal('English');
  });

  it('hides an in-place toggle, which needs JavaScript, rather than render a dead button', () => {
    const root = parseHTML(renderElement('cyd-language-toggle'));
    const toggle = queryOne(root, (element) => element.attributes.has('data-cyd-root'), 'rendered toggle');
    expect([toggle.tag, classes(toggle), attr(toggle, 'hidden')]).to.deep.equal(['div', ['cyd-language-toggle'], '']);
  });

  it('lists both languages with the current one marked in mode="both"', () => {
    const root = parseHTML(renderElement('cyd-language-toggle', { mode: 'both', first: 'cy', 'href-en': '/en', 'href-cy': '/cy' }, { locale: 'en' }));
    const nav = oneByTag(root, 'nav');
    expect([classes(nav), attr(nav, 'aria-label')]).to.deep.equal([['cyd-language-toggle', 'cyd-language-toggle--both'], 'Language']);
    expect(byClass(nav, 'cyd-language-toggle__name').map(textOf)).to.deep.equal(['Cymraeg', 'English']);
    const current = queryOne(nav, (element) => element.attributes.has('aria-current'), 'current language');
    expect([current.tag, attr(current, 'aria-current'), attr(current, 'lang'), textOf(current)]).to.deep.equal(['span', 'true', 'en', 'English']);
    expect(
      byTag(nav, 'a').map((link) => attr(link, 'href')),
      'only the other language is a link',
    ).to.deep.equal(['/cy']);
  });

  it('reports a page address missing for one language', () => {
    const problems: string[] = [];
    renderElement('cyd-language-toggle', { 'href-cy': '/cy' }, { onProblem: (p) => problems.push(p) });
    expect(problems.some((p) => p.includes('no address for en'))).to.equal(true);
  });
});

import { expect } from 'chai';
import { expandHTML, renderElement } from '../server.js';

describe('cyd-language-toggle on the server', () => {
  it('links an English page to its Welsh equivalent, with lang and hreflang (works with JavaScript off)', () => {
    const html = renderElement('cyd-language-toggle', { 'href-en': '/en/parking', 'href-cy': '/cy/parcio' }, { locale: 'en' });
    expect(html).to.match(/<a class="cyd-language-toggle__link" href="\/cy\/parcio" lang="cy" hreflang="cy">/);
    expect(html).to.contain('<span class="cyd-language-toggle__name">Cymraeg</span>');
    expect(html).to.contain('(Newid yr iaith i’r Gymraeg)');
    expect(html).not.to.match(/\shidden/);
  });

  it('links a Welsh page to its English equivalent', () => {
    const html = expandHTML('<div lang="cy"><cyd-language-toggle href-en="/en/parking" href-cy="/cy/parcio"></cyd-language-toggle></div>');
    expect(html).to.match(/href="\/en\/parking" lang="en" hreflang="en"/);
    expect(html).to.contain('>English</span>');
  });

  it('hides an in-place toggle, which needs JavaScript, rather than render a dead button', () => {
    const html = renderElement('cyd-language-toggle');
    expect(html).to.match(/<div class="cyd-language-toggle" data-cyd-root hidden>/);
  });

  it('lists both languages with the current one marked in mode="both"', () => {
    const html = renderElement('cyd-language-toggle', { mode: 'both', first: 'cy', 'href-en': '/en', 'href-cy': '/cy' }, { locale: 'en' });
    expect(html).to.contain('<nav class="cyd-language-toggle cyd-language-toggle--both" aria-label="Language"');
    expect(html).to.match(/aria-current="true" lang="en"><span class="cyd-language-toggle__name">English/);
    expect(html.indexOf('Cymraeg')).to.be.lessThan(html.indexOf('English'));
  });

  it('reports a page address missing for one language', () => {
    const problems: string[] = [];
    renderElement('cyd-language-toggle', { 'href-cy': '/cy' }, { onProblem: (p) => problems.push(p) });
    expect(problems.some((p) => p.includes('no address for en'))).to.equal(true);
  });
});

import { expect } from 'chai';
import { expandHTML, renderElement } from '../server.js';
import { attr, attrs, oneByTag, parseHTML, textOf } from '../../../../test/support/html.js';

function problemsOf(attributes: Record<string, string | boolean>): string[] {
  const problems: string[] = [];
  renderElement('cyd-back-link', attributes, { onProblem: (p) => problems.push(p) });
  return problems;
}

describe('cyd-back-link on the server', () => {
  it('renders a plain link to href, “Back” / “Yn ôl” in each language', () => {
    const english = oneByTag(parseHTML(renderElement('cyd-back-link', { href: '/previous' })), 'a');
    expect([attrs(english), textOf(english)]).to.deep.equal([{ class: 'cyd-link cyd-back-link', href: '/previous', 'data-cyd-root': '' }, 'Back']);
    const welsh = oneByTag(parseHTML(expandHTML('<div lang="cy"><cyd-back-link href="/blaenorol"></cyd-back-link></div>')), 'a');
    expect([attr(welsh, 'href'), textOf(welsh)]).to.deep.equal(['/blaenorol', 'Yn ôl']);
  });

  it('reads the address and words per language', () => {
    const page = '<cyd-back-link href-en="/en/start" href-cy="/cy/dechrau" text="Back to the start" text-cy="Yn ôl i’r dechrau"></cyd-back-link>';
    const welsh = oneByTag(parseHTML(expandHTML(page, { locale: 'cy' })), 'a');
    expect([attr(welsh, 'href'), textOf(welsh)]).to.deep.equal(['/cy/dechrau', 'Yn ôl i’r dechrau']);
    const english = oneByTag(parseHTML(expandHTML(page, { locale: 'en' })), 'a');
    expect([attr(english, 'href'), textOf(english)]).to.deep.equal(['/en/start', 'Back to the start']);
  });

  it('renders a history link hidden: without JavaScript it could go nowhere', () => {
    const link = oneByTag(parseHTML(renderElement('cyd-back-link', { history: true })), 'a');
    expect([attr(link, 'hidden'), attr(link, 'data-cyd-history'), attr(link, 'href')]).to.deep.equal(['', '', '#']);
    expect(problemsOf({ history: true })).to.deep.equal([]);
  });

  it('reports a missing href, and history given with an href', () => {
    expect(problemsOf({}).some((p) => p.includes('<cyd-back-link> has no href') && p.includes('href="/your-address"'))).to.equal(true);
    expect(problemsOf({ href: '/x', history: true }).some((p) => p.includes('history is ignored when href is given'))).to.equal(true);
    expect(problemsOf({ href: '/x' })).to.deep.equal([]);
  });
});

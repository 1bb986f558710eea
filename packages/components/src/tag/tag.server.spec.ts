import { expect } from 'chai';
import { expandHTML, renderElement } from '../server.js';
import { attrs, oneByTag, parseHTML, textOf } from '../../../../test/support/html.js';

describe('cyd-tag on the server', () => {
  it('renders the status in each language with its colour class', () => {
    const markup = '<cyd-tag colour="green" text="Completed" text-cy="Wedi’i gwblhau"></cyd-tag>';
    const english = oneByTag(parseHTML(expandHTML(`<p lang="en">${markup}</p>`)), 'strong');
    expect([attrs(english), textOf(english)]).to.deep.equal([{ class: 'cyd-tag cyd-tag--green', 'data-cyd-root': '' }, 'Completed']);
    const welsh = oneByTag(parseHTML(expandHTML(`<p lang="cy">${markup}</p>`)), 'strong');
    expect(textOf(welsh)).to.equal('Wedi’i gwblhau');
  });

  it('is blue with no colour, and takes the words as content', () => {
    const tag = oneByTag(parseHTML(expandHTML('<cyd-tag>Beta</cyd-tag>')), 'strong');
    expect([attrs(tag).class, textOf(tag)]).to.deep.equal(['cyd-tag', 'Beta']);
  });

  it('reports a colour that is not one of its colours', () => {
    const problems: string[] = [];
    renderElement('cyd-tag', { colour: 'gold', text: 'x' }, { onProblem: (p) => problems.push(p) });
    expect(problems.some((p) => p.includes('colour="gold"') && p.includes('light-blue'))).to.equal(true);
  });
});

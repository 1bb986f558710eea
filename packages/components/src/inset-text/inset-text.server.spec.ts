import { expect } from 'chai';
import { expandHTML, renderElement } from '../server.js';
import { attr, attrs, byTag, elementChildren, oneByClass, oneByTag, parseHTML, textOf } from '../../../../test/support/html.js';

describe('cyd-inset-text on the server', () => {
  it('renders text in each language, marking English on a Welsh page', () => {
    const welsh = parseHTML(
      expandHTML('<div lang="cy"><cyd-inset-text text="It can take up to 8 weeks." text-cy="Gall gymryd hyd at 8 wythnos."></cyd-inset-text></div>'),
    );
    expect(attrs(oneByClass(welsh, 'cyd-inset-text'))).to.deep.equal({ class: 'cyd-inset-text', 'data-cyd-root': '' });
    expect(textOf(oneByClass(welsh, 'cyd-inset-text__text'))).to.equal('Gall gymryd hyd at 8 wythnos.');
    const english = parseHTML(renderElement('cyd-inset-text', { text: 'It can take up to 8 weeks.' }, { locale: 'cy' }));
    const span = oneByTag(english, 'span');
    expect([attrs(span), textOf(span)]).to.deep.equal([{ lang: 'en' }, 'It can take up to 8 weeks.']);
  });

  it('puts the author’s HTML in its content container', () => {
    const root = parseHTML(expandHTML('<cyd-inset-text><p>First</p><p>Second <a href="/x">link</a></p></cyd-inset-text>'));
    const content = oneByClass(root, 'cyd-inset-text__content');
    expect(attr(content, 'data-cyd-content')).to.equal('');
    expect(elementChildren(content).map((p) => textOf(p))).to.deep.equal(['First', 'Second link']);
    expect(byTag(root, 'p').length, 'no text paragraph of its own without text').to.equal(2);
  });
});

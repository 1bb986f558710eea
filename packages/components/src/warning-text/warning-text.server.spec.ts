import { expect } from 'chai';
import { expandHTML, renderElement } from '../server.js';
import { attrs, oneByClass, parseHTML, textOf } from '../../../../test/support/html.js';

describe('cyd-warning-text on the server', () => {
  it('renders the icon hidden from screen readers and the hidden "Warning" / "Rhybudd" before the text', () => {
    const english = parseHTML(renderElement('cyd-warning-text', { text: 'You can be fined up to £5,000.', 'text-cy': 'Gallwch gael dirwy o hyd at £5,000.' }));
    const icon = oneByClass(english, 'cyd-warning-text__icon');
    expect([attrs(icon), textOf(icon)]).to.deep.equal([{ class: 'cyd-warning-text__icon', 'aria-hidden': 'true' }, '!']);
    expect(textOf(oneByClass(english, 'cyd-visually-hidden'))).to.equal('Warning:');
    expect(textOf(oneByClass(english, 'cyd-warning-text__text'))).to.equal('Warning: You can be fined up to £5,000.');
    const welsh = parseHTML(
      expandHTML('<p lang="cy"><cyd-warning-text text="You can be fined up to £5,000." text-cy="Gallwch gael dirwy o hyd at £5,000."></cyd-warning-text></p>'),
    );
    expect(textOf(oneByClass(welsh, 'cyd-warning-text__text'))).to.equal('Rhybudd: Gallwch gael dirwy o hyd at £5,000.');
  });

  it('reads icon-fallback-text in the page’s language', () => {
    const welsh = parseHTML(
      renderElement('cyd-warning-text', { text: 'x', 'text-cy': 'y', 'icon-fallback-text': 'Danger', 'icon-fallback-text-cy': 'Perygl' }, { locale: 'cy' }),
    );
    expect(textOf(oneByClass(welsh, 'cyd-visually-hidden'))).to.equal('Perygl:');
  });
});

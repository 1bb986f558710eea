import { expect } from 'chai';
import { expandHTML, renderElement } from '../server.js';
import { attrs, classes, closest, elementChildren, oneByTag, parseHTML, textOf } from '../../../../test/support/html.js';

describe('cyd-fieldset server render', () => {
  it('renders the legend, hint and the nested fields (rendered too) inside a native fieldset', () => {
    const root = parseHTML(
      expandHTML(`<form lang="cy"><cyd-fieldset legend="What is your address?" legend-cy="Beth yw eich cyfeiriad?" fieldset-id="address" hint="Home" hint-cy="Cartref">
      <cyd-text-input name="postcode" label="Postcode" label-cy="Cod post"></cyd-text-input>
    </cyd-fieldset></form>`),
    );
    const fieldset = oneByTag(root, 'fieldset');
    expect(attrs(fieldset)).to.deep.equal({ class: 'cyd-fieldset', id: 'address', 'aria-describedby': 'address-hint' });
    expect(textOf(oneByTag(fieldset, 'legend', { class: 'cyd-fieldset__legend' }))).to.equal('Beth yw eich cyfeiriad?');
    expect(textOf(oneByTag(fieldset, 'div', { id: 'address-hint' }))).to.equal('Cartref');
    const [nested, ...others] = elementChildren(oneByTag(fieldset, 'div', { class: 'cyd-fieldset__content', 'data-cyd-content': '' }));
    expect([nested?.tag, others]).to.deep.equal(['cyd-text-input', []]);
    const [group] = elementChildren(nested!);
    expect(group && attrs(group)).to.include({ class: 'cyd-form-group', 'data-cyd-root': '' });
    const label = oneByTag(nested!, 'label');
    expect([attrs(label), textOf(label)]).to.deep.equal([{ class: 'cyd-label', for: 'postcode' }, 'Cod post']);
    expect(closest(oneByTag(root, 'input', { name: 'postcode' }), (element) => element.tag === 'fieldset')).to.equal(fieldset);
  });

  it('puts the legend in an h1 as the page heading', () => {
    const legend = oneByTag(parseHTML(renderElement('cyd-fieldset', { legend: 'Your details', 'legend-size': 'xl', 'is-page-heading': true })), 'legend');
    expect(classes(legend)).to.deep.equal(['cyd-fieldset__legend', 'cyd-fieldset__legend--xl']);
    const [heading, ...others] = elementChildren(legend);
    expect([heading?.tag, heading && attrs(heading), heading && textOf(heading), others]).to.deep.equal([
      'h1',
      { class: 'cyd-fieldset__heading' },
      'Your details',
      [],
    ]);
    expect(textOf(legend), 'nothing in the legend beside the heading').to.equal('Your details');
  });
});

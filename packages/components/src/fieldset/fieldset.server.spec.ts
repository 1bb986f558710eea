import { expect } from 'chai';
import { expandHTML, renderElement } from '../server.js';
import { findOne } from '../server/query.fixture.js';

describe('cyd-fieldset server render', () => {
  it('renders the legend, hint and the nested fields (rendered too) inside a native fieldset', () => {
    const html = expandHTML(`<form lang="cy"><cyd-fieldset legend="What is your address?" legend-cy="Beth yw eich cyfeiriad?" fieldset-id="address" hint="Home" hint-cy="Cartref">
      <cyd-text-input name="postcode" label="Postcode" label-cy="Cod post"></cyd-text-input>
    </cyd-fieldset></form>`);
    expect(html).to.match(/<fieldset class="cyd-fieldset" id="address" aria-describedby="address-hint">/);
    expect(html).to.match(/<legend class="cyd-fieldset__legend">\s*Beth yw eich cyfeiriad\?/);
    const [nested] = findOne(html, 'div', { class: 'cyd-fieldset__content', 'data-cyd-content': '' }).children;
    expect(nested?.tag).to.equal('cyd-text-input');
    expect(nested?.children[0]?.attributes).to.include({ class: 'cyd-form-group', 'data-cyd-root': '' });
    expect(html).to.contain('<label class="cyd-label" for="postcode">Cod post</label>');
    expect(html.indexOf('</fieldset>')).to.be.greaterThan(html.indexOf('name="postcode"'));
  });

  it('puts the legend in an h1 as the page heading', () => {
    const html = renderElement('cyd-fieldset', { legend: 'Your details', 'legend-size': 'xl', 'is-page-heading': true });
    expect(html).to.match(/<legend class="cyd-fieldset__legend cyd-fieldset__legend--xl">\s*<h1 class="cyd-fieldset__heading">Your details<\/h1>/);
  });
});

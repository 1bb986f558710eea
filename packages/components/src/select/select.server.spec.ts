import { expect } from 'chai';
import { expandHTML, renderElement } from '../server.js';
import { findOne } from '../server/query.fixture.js';

describe('cyd-select server render', () => {
  it('renders the author’s options in the page’s language, inside a native select', () => {
    const html = expandHTML(`<div lang="cy"><cyd-select name="town" label="Town" label-cy="Tref" required value="swansea">
      <option value="" data-text-cy="Dewiswch dref">Choose a town</option>
      <optgroup label="South" data-label-cy="De"><option value="swansea" data-text-cy="Abertawe">Swansea</option></optgroup>
    </cyd-select></div>`);
    expect(html).to.contain('<label class="cyd-label" for="town">Tref</label>');
    expect(html).to.match(/<select[^>]+name="town"[^>]+required/);
    expect(html).to.match(/<option value=""[^>]*>Dewiswch dref<\/option>/);
    expect(html).to.match(/<optgroup label="De"/);
    const swansea = findOne(html, 'option', { value: 'swansea' });
    expect(swansea.attributes).to.have.property('selected', '');
    expect(JSON.parse(swansea.attributes['data-text']!)).to.deep.equal({ cy: 'Abertawe', en: 'Swansea' });
    expect(swansea.text).to.equal('Abertawe');
    expect(html).not.to.contain('Choose a town</option>');
  });

  it('renders JSON options, and reports a select with none', () => {
    const html = renderElement('cyd-select', { name: 'sort', label: 'Sort', options: JSON.stringify([{ value: 'a', text: { en: 'Name', cy: 'Enw' } }]) }, { locale: 'en' });
    expect(html).to.match(/<option value="a"[^>]*>Name<\/option>/);
    const problems: string[] = [];
    renderElement('cyd-select', { name: 'x', label: 'X' }, { onProblem: (p) => problems.push(p) });
    expect(problems.some((p) => p.includes('has no options'))).to.equal(true);
  });
});

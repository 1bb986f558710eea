import { expect } from 'chai';
import { expandHTML, renderElement } from '../server.js';
import { attr, attrs, byTag, oneByTag, parseHTML, textOf } from '../../../../test/support/html.js';

describe('cyd-select server render', () => {
  it('renders the author’s options in the page’s language, inside a native select', () => {
    const html = expandHTML(`<div lang="cy"><cyd-select name="town" label="Town" label-cy="Tref" required value="swansea">
      <option value="" data-text-cy="Dewiswch dref">Choose a town</option>
      <optgroup label="South" data-label-cy="De"><option value="swansea" data-text-cy="Abertawe">Swansea</option></optgroup>
    </cyd-select></div>`);
    const root = parseHTML(html);
    const label = oneByTag(root, 'label');
    expect([attrs(label), textOf(label)]).to.deep.equal([{ class: 'cyd-label', for: 'town' }, 'Tref']);
    const select = oneByTag(root, 'select');
    expect(attrs(select)).to.include({ id: 'town', name: 'town', required: '' });
    expect(byTag(select, 'option').map((option) => [attr(option, 'value'), textOf(option)])).to.deep.equal([
      ['', 'Dewiswch dref'],
      ['swansea', 'Abertawe'],
    ]);
    const optgroup = oneByTag(select, 'optgroup');
    expect(attr(optgroup, 'label')).to.equal('De');
    const swansea = oneByTag(optgroup, 'option', { value: 'swansea' });
    expect(attr(swansea, 'selected')).to.equal('');
    expect(JSON.parse(attr(swansea, 'data-text') ?? 'null')).to.deep.equal({ cy: 'Abertawe', en: 'Swansea' });
  });

  it('renders JSON options, and reports a select with none', () => {
    const html = renderElement(
      'cyd-select',
      { name: 'sort', label: 'Sort', options: JSON.stringify([{ value: 'a', text: { en: 'Name', cy: 'Enw' } }]) },
      { locale: 'en' },
    );
    expect(byTag(parseHTML(html), 'option').map((option) => [attr(option, 'value'), textOf(option)])).to.deep.equal([['a', 'Name']]);
    const problems: string[] = [];
    renderElement('cyd-select', { name: 'x', label: 'X' }, { onProblem: (p) => problems.push(p) });
    expect(problems.some((p) => p.includes('has no options'))).to.equal(true);
  });
});

import { expect } from 'chai';
import { expandHTML, renderElement } from '../server.js';
import { attr, byTag, classes, oneByClass, oneByTag, outline, parseHTML, textOf } from '../../../../test/support/html.js';

const page = (lang: string, attributes = '') => `<html lang="${lang}"><body><form><cyd-autocomplete ${attributes}>
  <cyd-select name="board" label="Health board" label-cy="Bwrdd iechyd" required>
    <option value="" data-text-cy="Dewiswch">Choose</option>
    <option value="W11000031" data-text-cy="Bwrdd Iechyd Prifysgol Bae Abertawe">Swansea Bay University Health Board</option>
    <option value="W11000024" data-text-cy="Bwrdd Iechyd Addysgu Powys">Powys Teaching Health Board</option>
  </cyd-select>
</cyd-autocomplete></form></body></html>`;

describe('cyd-autocomplete on the server', () => {
  it('renders the select alone, in each language: what works with JavaScript off', () => {
    for (const [lang, label, first] of [
      ['en', 'Health board', 'Swansea Bay University Health Board'],
      ['cy', 'Bwrdd iechyd', 'Bwrdd Iechyd Prifysgol Bae Abertawe'],
    ] as const) {
      const tree = parseHTML(expandHTML(page(lang)));
      const root = oneByClass(tree, 'cyd-autocomplete');
      expect(classes(root), 'a form group with no error and not enhanced').to.deep.equal(['cyd-form-group', 'cyd-autocomplete']);
      expect(byTag(root, 'input'), 'no combobox').to.deep.equal([]);
      expect(byTag(root, 'ul'), 'no list').to.deep.equal([]);
      const select = oneByTag(root, 'select');
      expect([attr(select, 'id'), attr(select, 'name'), attr(select, 'required'), attr(select, 'aria-hidden')]).to.deep.equal([
        'board',
        'board',
        '',
        undefined,
      ]);
      expect(textOf(oneByTag(root, 'label', { for: 'board' }))).to.equal(label);
      expect(byTag(select, 'option').map(textOf)).to.deep.equal([
        lang === 'cy' ? 'Dewiswch' : 'Choose',
        first,
        lang === 'cy' ? 'Bwrdd Iechyd Addysgu Powys' : 'Powys Teaching Health Board',
      ]);
    }
  });

  it('reads its attributes without changing the no-JavaScript markup', () => {
    const rendered = (attributes: string) => outline(oneByClass(parseHTML(expandHTML(page('cy', attributes))), 'cyd-autocomplete'));
    expect(rendered('min-length="2" show-all-values autoselect menu="overlay"')).to.deep.equal(rendered(''));
  });

  it('reports a min-length that is not a whole number and a menu it does not know', () => {
    const problems: string[] = [];
    renderElement('cyd-autocomplete', { 'min-length': '-1', menu: 'popup' }, { onProblem: (p) => problems.push(p) });
    expect(problems.some((p) => p.includes('min-length="-1"') && p.includes('whole number'))).to.equal(true);
    expect(problems.some((p) => p.includes('menu') && p.includes('popup'))).to.equal(true);
  });
});

import { expect } from 'chai';
import { renderElement } from '../server.js';
import { attr, byTag, classes, nextElement, oneByTag, parseHTML, textOf } from '../../../../test/support/html.js';

const options = JSON.stringify([
  { value: 'uc', label: { en: 'Universal Credit', cy: 'Credyd Cynhwysol' } },
  { value: 'pc', label: { en: 'Pension Credit', cy: 'Credyd Pensiwn' } },
  { value: 'none', label: { en: 'None of these', cy: 'Dim un o’r rhain' }, exclusive: true },
]);

describe('server rendering: cyd-checkboxes', () => {
  it('renders native checkboxes under one name, ticking the default values', () => {
    const root = parseHTML(
      renderElement(
        'cyd-checkboxes',
        { name: 'benefits', label: 'Benefits', 'label-cy': 'Budd-daliadau', options, value: '["uc","pc"]', required: true },
        { locale: 'cy' },
      ),
    );
    const inputs = byTag(root, 'input');
    expect(inputs.map((input) => [attr(input, 'type'), attr(input, 'name'), attr(input, 'value'), input.attributes.has('checked')])).to.deep.equal([
      ['checkbox', 'benefits', 'uc', true],
      ['checkbox', 'benefits', 'pc', true],
      ['checkbox', 'benefits', 'none', false],
    ]);
    expect(
      inputs.filter((input) => input.attributes.has('required')),
      'no native required: it would demand every box',
    ).to.deep.equal([]);
  });

  it('puts "neu" before the exclusive option and marks it for the script', () => {
    const root = parseHTML(renderElement('cyd-checkboxes', { name: 'benefits', label: 'Benefits', options }, { locale: 'cy' }));
    const divider = oneByTag(root, 'div', { class: 'cyd-checkboxes__divider' });
    expect(textOf(divider)).to.equal('neu');
    const next = nextElement(divider);
    expect(next && classes(next)).to.deep.equal(['cyd-checkboxes__item']);
    const exclusive = oneByTag(next!, 'input');
    expect(attr(exclusive, 'value')).to.equal('none');
    expect(attr(exclusive, 'data-exclusive')).to.equal('');
    expect(
      byTag(root, 'input').filter((input) => input.attributes.has('data-exclusive')),
      'only the exclusive option is marked',
    ).to.have.length(1);
  });
});

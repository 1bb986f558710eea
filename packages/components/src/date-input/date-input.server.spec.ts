import { expect } from 'chai';
import { renderElement } from '../server.js';
import { attr, byId, byTag, classes, oneByClass, parseHTML, queryAll, textOf } from '../../../../test/support/html.js';

describe('server rendering: cyd-date-input', () => {
  it('renders three labelled numeric boxes in Welsh, with the initial date split into them', () => {
    const root = parseHTML(
      renderElement(
        'cyd-date-input',
        { name: 'dob', label: 'Date of birth', 'label-cy': 'Dyddiad geni', autocomplete: 'bday', value: '1990-03-01' },
        { locale: 'cy' },
      ),
    );
    expect(byTag(root, 'label').map((label) => [classes(label), attr(label, 'for'), textOf(label)])).to.deep.equal([
      [['cyd-label', 'cyd-date-input__label'], 'dob-day', 'Diwrnod'],
      [['cyd-label', 'cyd-date-input__label'], 'dob-month', 'Mis'],
      [['cyd-label', 'cyd-date-input__label'], 'dob-year', 'Blwyddyn'],
    ]);
    const inputs = byTag(root, 'input');
    expect(
      inputs.map((input) => [attr(input, 'id'), attr(input, 'name'), attr(input, 'inputmode'), attr(input, 'autocomplete'), attr(input, 'value')]),
    ).to.deep.equal([
      ['dob-day', 'dob-day', 'numeric', 'bday-day', '1'],
      ['dob-month', 'dob-month', 'numeric', 'bday-month', '3'],
      ['dob-year', 'dob-year', 'numeric', 'bday-year', '1990'],
    ]);
    expect(classes(byId(root, 'dob-year'))).to.include('cyd-input--width-4');
    expect(inputs.filter((input) => attr(input, 'type') === 'hidden')).to.deep.equal([]);
  });

  it('highlights only the parts a server error names', () => {
    const root = parseHTML(
      renderElement('cyd-date-input', { name: 'dob', label: 'Date of birth', error: 'Date of birth must include a month', 'error-parts': 'month' }),
    );
    const message = oneByClass(root, 'cyd-error-message');
    expect(textOf(message)).to.equal('Error: Date of birth must include a month');
    expect(textOf(oneByClass(message, 'cyd-visually-hidden'))).to.equal('Error:');
    const invalid = queryAll(root, (element) => attr(element, 'aria-invalid') === 'true');
    expect(invalid.map((element) => attr(element, 'id'))).to.deep.equal(['dob-month']);
    expect(classes(byId(root, 'dob-month'))).to.include('cyd-input--error');
    expect(byTag(root, 'input').filter((input) => classes(input).includes('cyd-input--error'))).to.have.length(1);
  });

  it('shows back a partly typed date exactly as it was posted', () => {
    const root = parseHTML(
      renderElement('cyd-date-input', {
        name: 'dob',
        label: 'Date of birth',
        'value-day': '7',
        'value-month': '3',
        'value-year': '',
        value: '1990-01-01',
        error: 'Date of birth must include a year',
        'error-parts': 'year',
      }),
    );
    expect(byTag(root, 'input').map((input) => [attr(input, 'name'), attr(input, 'value')])).to.deep.equal([
      ['dob-day', '7'],
      ['dob-month', '3'],
      ['dob-year', ''],
    ]);
  });

  it('reports a value that is not an ISO date', () => {
    const problems: string[] = [];
    renderElement('cyd-date-input', { name: 'd', label: 'Date', value: '1/3/1990' }, { onProblem: (p) => problems.push(p) });
    expect(problems.some((p) => p.includes('value="1/3/1990" is not a date. Use YYYY-MM-DD'))).to.equal(true);
  });
});

import { expect } from 'chai';
import { renderElement } from '../server.js';

describe('server rendering: cyd-date-input', () => {
  it('renders three labelled numeric boxes in Welsh, with the initial date split into them', () => {
    const html = renderElement('cyd-date-input', { name: 'dob', label: 'Date of birth', 'label-cy': 'Dyddiad geni', autocomplete: 'bday', value: '1990-03-01' }, { locale: 'cy' });
    expect(html).to.contain('<label class="cyd-label cyd-date-input__label" for="dob-day">Diwrnod</label>');
    expect(html).to.contain('for="dob-month">Mis</label>');
    expect(html).to.contain('for="dob-year">Blwyddyn</label>');
    expect(html).to.match(/<input[^>]+id="dob-day"[^>]+name="dob-day"[^>]+inputmode="numeric"[^>]+autocomplete="bday-day"[^>]+value="1"/);
    expect(html).to.match(/<input[^>]+id="dob-year"[^>]+cyd-input--width-4|cyd-input--width-4[^>]+id="dob-year"/);
    expect(html).to.match(/name="dob-month"[^>]+value="3"/);
    expect(html).not.to.contain('type="hidden"');
  });

  it('highlights only the parts a server error names', () => {
    const html = renderElement('cyd-date-input', { name: 'dob', label: 'Date of birth', error: 'Date of birth must include a month', 'error-parts': 'month' });
    expect(html).to.contain('Error:</span> Date of birth must include a month');
    expect(html.match(/aria-invalid="true"/g)!.length).to.equal(1);
    expect(html).to.match(/cyd-input--error"[^>]*id="dob-month"|id="dob-month"[^>]*aria-invalid="true"/);
  });

  it('shows back a partly typed date exactly as it was posted', () => {
    const html = renderElement('cyd-date-input', { name: 'dob', label: 'Date of birth', 'value-day': '7', 'value-month': '3', 'value-year': '', value: '1990-01-01', error: 'Date of birth must include a year', 'error-parts': 'year' });
    expect(html).to.match(/name="dob-day"[^>]+value="7"/);
    expect(html).to.match(/name="dob-month"[^>]+value="3"/);
    expect(html).to.match(/name="dob-year"[^>]+value=""/);
    expect(html).not.to.contain('value="1990"');
  });

  it('reports a value that is not an ISO date', () => {
    const problems: string[] = [];
    renderElement('cyd-date-input', { name: 'd', label: 'Date', value: '1/3/1990' }, { onProblem: (p) => problems.push(p) });
    expect(problems.some((p) => p.includes('value="1/3/1990" is not a date. Use YYYY-MM-DD'))).to.equal(true);
  });
});

import { expect } from 'chai';
import { renderElement } from '../server.js';

const options = JSON.stringify([
  { value: 'uc', label: { en: 'Universal Credit', cy: 'Credyd Cynhwysol' } },
  { value: 'pc', label: { en: 'Pension Credit', cy: 'Credyd Pensiwn' } },
  { value: 'none', label: { en: 'None of these', cy: 'Dim un o’r rhain' }, exclusive: true },
]);

describe('server rendering: cyd-checkboxes', () => {
  it('renders native checkboxes under one name, ticking the default values', () => {
    const html = renderElement('cyd-checkboxes', { name: 'benefits', label: 'Benefits', 'label-cy': 'Budd-daliadau', options, value: '["uc","pc"]', required: true }, { locale: 'cy' });
    expect(html.match(/type="checkbox"/g)!.length).to.equal(3);
    expect(html.match(/<input[^>]+name="benefits"/g)!.length).to.equal(3);
    expect(html).to.match(/value="uc"[^>]+checked/);
    expect(html).to.match(/value="pc"[^>]+checked/);
    expect(html).not.to.match(/value="none"[^>]+checked/);
    expect(html, 'no native required: it would demand every box').not.to.match(/type="checkbox"[^>]+required/);
  });

  it('puts "neu" before the exclusive option and marks it for the script', () => {
    const html = renderElement('cyd-checkboxes', { name: 'benefits', label: 'Benefits', options }, { locale: 'cy' });
    expect(html).to.match(/<div class="cyd-checkboxes__divider">neu<\/div>\s*<div class="cyd-checkboxes__item">\s*<input[^>]+value="none"[^>]+data-exclusive/);
  });
});

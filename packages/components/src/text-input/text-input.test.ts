import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../text-input/define.js';
import type { CydTextInput } from './text-input.js';
import { formControlSuite } from '../../../../test/suites/form-control.js';
import { consoleErrorsDuring, expectAccessibleInBothLanguages, settled, switchLanguage, trySubmit } from '../../../../test/support/helpers.js';

async function type(element: CydTextInput, text: string) {
  const input = element.controls[0] as HTMLInputElement;
  input.focus();
  input.select();
  await sendKeys({ type: text });
}

formControlSuite({
  tag: 'cyd-text-input',
  answer: (el, value) => type(el as unknown as CydTextInput, value),
  validAnswer: 'Dafydd ap Gwilym',
  requiredMessage: { en: 'Enter an answer', cy: 'Rhowch ateb' },
  role: 'textbox',
  defaultAnswer: { value: 'Owain Glyndŵr' },
  answerKeepsFocus: true,
  dataSchema: {
    schema: 'nhsNumber',
    wrongAnswer: '943 476 5918',
    message: { en: 'Enter a real NHS number', cy: 'Rhowch rif GIG go iawn' },
    rightAnswer: '943 476 5919',
  },
});

describe('cyd-text-input', () => {
  it('uses the author’s required message in each language', async () => {
    const form = await fixture<HTMLFormElement>(html`<form lang="cy">
      <cyd-text-input name="full-name" label="Full name" label-cy="Enw llawn" required
        required-message="Enter your full name" required-message-cy="Rhowch eich enw llawn"></cyd-text-input>
    </form>`);
    const el = form.querySelector('cyd-text-input')!;
    await trySubmit(form);
    expect(el.errorMessage).to.equal('Rhowch eich enw llawn');
    await switchLanguage(form, 'en');
    expect(el.errorMessage).to.equal('Enter your full name');
  });

  it('explains an email in the wrong format, in our words not the browser’s', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form lang="cy"><cyd-text-input name="email" label="Email" label-cy="E-bost" type="email"></cyd-text-input></form>`,
    );
    const el = form.querySelector('cyd-text-input')!;
    await type(el, 'not-an-email');
    expect(await trySubmit(form)).to.equal(null);
    expect(el.errorMessage).to.equal('Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@example.com');
    expect(el.controls[0]!.value, 'nothing typed is lost').to.equal('not-an-email');
  });

  it('shows a server error until the field is checked in the browser', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <cyd-text-input name="nhs" label="NHS number" value="123" error="Enter a real NHS number" error-cy="Rhowch rif GIG go iawn"></cyd-text-input></form>`);
    const el = form.querySelector('cyd-text-input')!;
    await settled(form);
    expect(el.querySelector('.cyd-error-message')!.textContent).to.contain('Enter a real NHS number');
    await switchLanguage(form, 'cy');
    expect(el.querySelector('.cyd-error-message')!.textContent).to.contain('Rhowch rif GIG go iawn');
    expect(el.validate()).to.equal(true);
    await settled(form);
    expect(el.querySelector('.cyd-error-message')).to.equal(null);
  });

  it('runs custom validators and blocks native submission with them', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><cyd-text-input name="code" label="Code"></cyd-text-input></form>`);
    const el = form.querySelector('cyd-text-input')!;
    el.validators = [
      (value) => (value && !/^\d{6}$/.test(value) ? { reason: 'securityCode', message: { en: 'Enter the 6-digit code', cy: 'Rhowch y cod 6 digid' } } : null),
    ];
    await type(el, '12ab');
    expect(await trySubmit(form)).to.equal(null);
    expect(el.errorMessage).to.equal('Enter the 6-digit code');
    await type(el, '123456');
    expect(await trySubmit(form)).to.not.equal(null);
  });

  it('renders type, autocomplete, inputmode, spellcheck and width on the native input', async () => {
    const el = await fixture<CydTextInput>(
      html`<cyd-text-input name="postcode" label="Postcode" autocomplete="postal-code" inputmode="text" spellcheck="false" width="10"></cyd-text-input>`,
    );
    const input = el.controls[0] as HTMLInputElement;
    expect(input.getAttribute('autocomplete')).to.equal('postal-code');
    expect(input.getAttribute('inputmode')).to.equal('text');
    expect(input.getAttribute('spellcheck')).to.equal('false');
    expect(input.classList.contains('cyd-input--width-10')).to.equal(true);
  });

  it('reports a wrong attribute naming the element, the attribute and the fix', async () => {
    const errors = await consoleErrorsDuring(async () => {
      await fixture(html`<cyd-text-input name="c" label="Colour" type="colour"></cyd-text-input>`);
      await fixture(html`<cyd-text-input label="No name"></cyd-text-input>`);
    });
    expect(errors.some((e) => e.includes('<cyd-text-input>: type="colour" is not allowed. Use one of: text, email'))).to.equal(true);
    expect(errors.some((e) => e.includes('has no name') && e.includes('Add name="…"'))).to.equal(true);
  });

  it('keeps the label, hint and error readable with long Welsh text at 320px', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="cy" style="width:320px">
      <cyd-text-input name="dept" label="Enw’r adran Gwasanaethau Cymdeithasol a Llesiant Cyngor Bwrdeistref Sirol" hint="Gwasanaethau­Cymdeithasol­a­Llesiant­Cyngor­Bwrdeistref­Sirol­Rhondda­Cynon­Taf"></cyd-text-input></div>`);
    await settled(wrapper);
    expect(wrapper.scrollWidth).to.be.at.most(320);
    await expectAccessibleInBothLanguages(wrapper);
  });
});

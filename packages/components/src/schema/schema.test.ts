import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../text-input/define.js';
import '../schema/define.js';
import { nhsNumber } from '@cydran/data-model';
import { schemaValidator } from '../schema/define.js';
import '../schema/phone-define.js';
import type { CydTextInput } from '../text-input/text-input.js';
import { consoleErrorsDuring, settled, switchLanguage, trySubmit } from '../../../../test/support/helpers.js';

async function type(element: CydTextInput, text: string) {
  const input = element.controls[0] as HTMLInputElement;
  input.focus();
  input.select();
  if (text) await sendKeys({ type: text });
  else await sendKeys({ press: 'Backspace' });
  await settled(element);
}

async function field(schema: string, lang: 'en' | 'cy', required = false) {
  const form = await fixture<HTMLFormElement>(html`<form lang=${lang}>
    <cyd-text-input name="answer" label="Answer" label-cy="Ateb" data-schema=${schema} ?required=${required}></cyd-text-input>
    <button>Continue</button></form>`);
  await settled(form);
  return { form, input: form.querySelector('cyd-text-input')! };
}

const cases: { schema: string; right: string; wrong: string; en: string; cy: string }[] = [
  { schema: 'nhsNumber', right: '943 476 5919', wrong: '943 476 5918', en: 'Enter a real NHS number', cy: 'Rhowch rif GIG go iawn' },
  {
    schema: 'nationalInsuranceNumber',
    right: 'ab 12 34 56 c',
    wrong: 'AB 12 34 56',
    en: 'Enter a National Insurance number in the correct format, like QQ 12 34 56 C',
    cy: '',
  },
  { schema: 'postcode', right: 'cf10 1ep', wrong: 'CF10', en: 'Enter a full UK postcode, like CF10 1EP', cy: '' },
  { schema: 'emailAddress', right: 'dewi@example.com', wrong: 'dewi@', en: 'Enter an email address in the correct format, like name@example.com', cy: '' },
  { schema: 'securityCode', right: '123 456', wrong: '12345', en: 'The security code must be 6 digits', cy: "Rhaid i'r cod diogelwch fod yn 6 digid" },
  { schema: 'ukPhoneNumber', right: '029 2000 0000', wrong: '12', en: 'Enter a phone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192', cy: '' },
];

describe('data-model schemas on form controls', () => {
  for (const c of cases) {
    it(`${c.schema}: accepts a right answer and blocks a wrong one with data-model's message in English and Welsh`, async () => {
      const { form, input } = await field(c.schema, 'en');
      await type(input, c.right);
      expect(await trySubmit(form), `${c.right} is accepted`).to.not.equal(null);
      await type(input, c.wrong);
      expect(await trySubmit(form), `${c.wrong} is blocked`).to.equal(null);
      expect(input.errorMessage).to.equal(c.en);
      expect(input.problem!.target, 'the error summary links to the input').to.equal(input.controls[0]);
      await switchLanguage(form, 'cy');
      const welsh = input.errorMessage;
      expect(welsh).to.not.equal('');
      expect(welsh).to.not.equal(c.en);
      if (c.cy) expect(welsh).to.equal(c.cy);
      expect(input.querySelector('.cyd-error-message')!.textContent).to.contain(welsh);
      expect(input.controls[0]!.value, 'nothing typed is lost').to.equal(c.wrong);
    });
  }

  it('leaves an optional field blank, and asks for a required one in the schema’s words', async () => {
    const optional = await field('nhsNumber', 'cy');
    expect(await trySubmit(optional.form)).to.not.equal(null);
    const required = await field('nhsNumber', 'cy', true);
    expect(await trySubmit(required.form)).to.equal(null);
    expect(required.input.errorMessage).to.equal('Rhowch eich rhif GIG');
  });

  it('lets the author’s messages override a schema message by its code', async () => {
    const { form, input } = await field('nhsNumber', 'en');
    input.messages = { nhsNumberChecksum: { en: 'Check the NHS number on your letter', cy: 'Gwiriwch y rhif GIG ar eich llythyr' } };
    await type(input, '943 476 5918');
    await trySubmit(form);
    expect(input.errorMessage).to.equal('Check the NHS number on your letter');
  });

  it('takes a schema from JavaScript, naming the field in both languages', async () => {
    const { form, input } = await field('', 'cy', true);
    input.removeAttribute('data-schema');
    input.validators = [schemaValidator(nhsNumber, { field: { en: "the patient's NHS number", cy: 'rhif GIG y claf' } })];
    await trySubmit(form);
    expect(input.errorMessage).to.equal('Rhowch rif GIG y claf');
    await switchLanguage(form, 'en');
    expect(input.errorMessage).to.equal("Enter the patient's NHS number");
  });

  it('reports an unknown schema name, listing the known ones', async () => {
    const errors = await consoleErrorsDuring(async () => {
      const { form, input } = await field('nhsNumbr', 'en');
      await type(input, '123');
      await trySubmit(form);
    });
    expect(errors.some((e) => e.includes('data-schema="nhsNumbr" is not a known schema') && e.includes('nhsNumber'))).to.equal(true);
  });
});

import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { catalogueProblems } from '@cydran/i18n';
import '../code-input/define.js';
import type { CydCodeInput } from './code-input.js';
import { codeInputMessages } from './code-input.messages.js';
import { securityCodeDigits, securityCodeProblem } from './code-input.template.js';
import { controlMarkup, formControlSuite } from '../../../../test/suites/form-control.js';
import { atWidth, consoleErrorsDuring, expectAccessibleInBothLanguages, settled, switchLanguage, trySubmit } from '../../../../test/support/helpers.js';

const inputOf = (el: CydCodeInput) => el.controls[0] as HTMLInputElement;

async function type(element: CydCodeInput, text: string) {
  const input = inputOf(element);
  input.focus();
  input.select();
  await sendKeys({ type: text });
}

/** What a paste does to a text box: the text goes in as one insertion (an `input` event), focus stays. */
async function paste(element: CydCodeInput, text: string) {
  const input = inputOf(element);
  input.focus();
  input.select();
  document.execCommand('insertText', false, text);
  await settled(element);
}

/** The error shown inside the element, as read (prefix and message). */
const shownError = (el: Element) => (el.querySelector('.cyd-error-message')?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function codeForm(attributes = '', lang: 'en' | 'cy' = 'en') {
  const form = await fixture<HTMLFormElement>(`<form lang="${lang}" action="#" method="post" novalidate>
    <cyd-code-input name="code" ${attributes}></cyd-code-input><button type="submit">Continue</button></form>`);
  await settled(form);
  return { form, element: form.querySelector('cyd-code-input')! };
}

formControlSuite({
  tag: 'cyd-code-input',
  markup: (a) => controlMarkup('cyd-code-input', a, { 'expires-in': 15 }),
  answer: (el, value) => type(el as unknown as CydCodeInput, value),
  validAnswer: '024681',
  requiredMessage: { en: 'Enter the security code', cy: 'Rhowch y cod diogelwch' },
  role: 'textbox',
  defaultAnswer: { notApplicable: 'a security code is used once: a page never arrives with one filled in' },
  answerKeepsFocus: true,
  describedAlsoBy: { en: 'The code expires in 15 minutes', cy: 'Bydd y cod yn dod i ben mewn 15 munud' },
});

describe('cyd-code-input', () => {
  it('has every message in both languages', () => {
    expect(catalogueProblems(codeInputMessages)).to.deep.equal([]);
  });

  it('is one text box for a one-time code, with a numeric keyboard, always required', async () => {
    const { element } = await codeForm();
    const input = inputOf(element);
    expect(element.querySelectorAll('input').length).to.equal(1);
    expect([input.type, input.getAttribute('autocomplete'), input.getAttribute('inputmode'), input.required]).to.deep.equal([
      'text',
      'one-time-code',
      'numeric',
      true,
    ]);
    expect(input.hasAttribute('maxlength'), 'a pasted code with spaces is never cut off').to.equal(false);
    expect(element.querySelector('label')!.textContent!.trim(), 'our standard term when no label is given').to.equal('Security code');
    await switchLanguage(element.closest('form')!, 'cy');
    expect(element.querySelector('label')!.textContent!.trim()).to.equal('Cod diogelwch');
    expect(element.querySelector('label [lang]'), 'no part of the Welsh label is marked as English').to.equal(null);
  });

  for (const [what, pasted] of [
    ['spaces', '123 456'],
    ['a dash', '123-456'],
    ['an en dash and non-breaking spaces', '\u00a0123\u2013456 '],
  ] as const) {
    it(`takes a pasted code with ${what} and submits the digits only, pressing Enter in the box`, async () => {
      const { form, element } = await codeForm();
      await paste(element, pasted);
      let posted: FormData | null = null;
      form.addEventListener(
        'submit',
        (event) => {
          event.preventDefault();
          posted = new FormData(form);
        },
        { once: true },
      );
      await sendKeys({ press: 'Enter' });
      await settled(form);
      expect(posted, 'the form submitted').to.not.equal(null);
      expect(posted!.getAll('code')).to.deep.equal(['123456']);
      expect(inputOf(element).value, 'the box shows what was sent').to.equal('123456');
      expect(element.errorMessage).to.equal('');
    });
  }

  it('keeps only the digits in the box once the person leaves it, and no error shows', async () => {
    const { form, element } = await codeForm();
    await type(element, '12 34-56');
    expect(inputOf(element).value, 'nothing changes while they type').to.equal('12 34-56');
    await sendKeys({ press: 'Tab' });
    await settled(form);
    expect(inputOf(element).value).to.equal('123456');
    expect(element.digits).to.equal('123456');
    expect((await trySubmit(form))!.get('code')).to.equal('123456');
  });

  it('says what is wrong with a code, in English and in Welsh', async () => {
    const cases: [typed: string, en: string, cy: string][] = [
      ['', 'Enter the security code', 'Rhowch y cod diogelwch'],
      ['   ', 'Enter the security code', 'Rhowch y cod diogelwch'],
      ['12345', 'The security code must be 6 digits', 'Rhaid i’r cod diogelwch fod yn 6 digid'],
      ['1234 5678', 'The security code must be 6 digits', 'Rhaid i’r cod diogelwch fod yn 6 digid'],
      ['12a456', 'The security code must only include numbers', 'Rhaid i’r cod diogelwch gynnwys rhifau yn unig'],
    ];
    for (const [typed, en, cy] of cases) {
      const { form, element } = await codeForm();
      if (typed) await type(element, typed);
      expect(await trySubmit(form), `"${typed}" is refused`).to.equal(null);
      expect(shownError(element)).to.equal(`Error: ${en}`);
      expect(inputOf(element).getAttribute('aria-invalid')).to.equal('true');
      await switchLanguage(form, 'cy');
      expect(shownError(element)).to.equal(`Gwall: ${cy}`);
      expect(inputOf(element).value, 'nothing typed is lost').to.equal(typed);
      fixtureCleanup();
    }
  });

  it('checks the length it is given, with the number in the right Welsh form', async () => {
    const { form, element } = await codeForm('length="8"');
    await type(element, '123456');
    expect(await trySubmit(form)).to.equal(null);
    expect(element.errorMessage).to.equal('The security code must be 8 digits');
    expect(element.validity.tooShort).to.equal(true);
    await type(element, '1234 5678');
    expect(await trySubmit(form)).to.not.equal(null);
    fixtureCleanup();
    const two = await codeForm('length="2"', 'cy');
    await type(two.element, '1');
    await trySubmit(two.form);
    expect(two.element.errorMessage, '"dau" soft-mutates digid').to.equal('Rhaid i’r cod diogelwch fod yn 2 ddigid');
  });

  it('uses the author’s messages per reason, in both languages', async () => {
    const messages = JSON.stringify({ tooShort: { en: 'Enter the 6 digit code from the text message', cy: 'Rhowch y cod 6 digid o’r neges destun' } });
    const { form, element } = await codeForm(`messages='${messages}'`);
    await type(element, '123');
    await trySubmit(form);
    expect(element.errorMessage).to.equal('Enter the 6 digit code from the text message');
    await switchLanguage(form, 'cy');
    expect(element.errorMessage).to.equal('Rhowch y cod 6 digid o’r neges destun');
  });

  it('says when the code expires in words, each Welsh number in its own form', async () => {
    const expected: [minutes: number, en: string, cy: string][] = [
      [1, 'The code expires in 1 minute', 'Bydd y cod yn dod i ben mewn 1 munud'],
      [2, 'The code expires in 2 minutes', 'Bydd y cod yn dod i ben mewn 2 funud'],
      [3, 'The code expires in 3 minutes', 'Bydd y cod yn dod i ben mewn 3 munud'],
      [15, 'The code expires in 15 minutes', 'Bydd y cod yn dod i ben mewn 15 munud'],
    ];
    for (const [minutes, en, cy] of expected) {
      const { form, element } = await codeForm(`expires-in="${minutes}" hint="We sent it to your phone" hint-cy="Rydym wedi’i anfon i’ch ffôn"`);
      const expiry = element.querySelector('.cyd-code-input__expiry')!;
      expect(expiry.textContent).to.equal(en);
      const hint = element.querySelector('.cyd-hint')!;
      expect(inputOf(element).getAttribute('aria-describedby')!.split(' ')).to.include(hint.id);
      expect(hint.contains(expiry), 'the expiry describes the box, with the hint').to.equal(true);
      await switchLanguage(form, 'cy');
      expect(element.querySelector('.cyd-code-input__expiry')!.textContent).to.equal(cy);
      fixtureCleanup();
    }
  });

  it('offers "Problems with the code?" with a link to get a new one, from the keyboard', async () => {
    const { form, element } = await codeForm('resend-href="/resend-code?from=sign-in"');
    const summary = element.querySelector('summary')!;
    expect(summary.textContent!.trim()).to.equal('Problems with the code?');
    const link = element.querySelector<HTMLAnchorElement>('details a')!;
    expect(link.getAttribute('href')).to.equal('/resend-code?from=sign-in');
    expect(link.textContent).to.equal('Send a new code');
    inputOf(element).focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(summary);
    await sendKeys({ press: 'Enter' });
    expect(element.querySelector('details')!.open).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(link);
    await switchLanguage(form, 'cy');
    expect(element.querySelector('summary')!.textContent!.trim()).to.equal('Problemau gyda’r cod?');
    expect(element.querySelector('details a')!.textContent).to.equal('Anfon cod newydd');
    expect(element.querySelector('details')!.open, 'a language switch keeps it open').to.equal(true);
  });

  it('has no "Problems with the code?" without a resend-href', async () => {
    const { element } = await codeForm();
    expect(element.querySelector('details')).to.equal(null);
  });

  it('refuses an unsafe resend link, and says so to the developer', async () => {
    let element!: CydCodeInput;
    const errors = await consoleErrorsDuring(async () => {
      ({ element } = await codeForm('resend-href="javascript:alert(1)"'));
    });
    expect(element.querySelector('details a')!.getAttribute('href')).to.equal('#');
    expect(errors.some((e) => e.includes('resend-href') && e.includes('not a safe link'))).to.equal(true);
  });

  it('reports a wrong length or expiry naming the attribute and the fix', async () => {
    const errors = await consoleErrorsDuring(async () => {
      await codeForm('length="0" expires-in="1.5"');
      fixtureCleanup();
      await fixture(html`<cyd-code-input></cyd-code-input>`);
    });
    expect(errors.some((e) => e.includes('length="0"') && e.includes('length="6"'))).to.equal(true);
    expect(errors.some((e) => e.includes('expires-in="1.5"') && e.includes('expires-in="15"'))).to.equal(true);
    expect(errors.some((e) => e.includes('has no name'))).to.equal(true);
  });

  it('is accessible (axe) in English and Welsh, with expiry, resend link and an error', async () => {
    const { form, element } = await codeForm('expires-in="15" resend-href="/resend" hint="We sent it to your phone" hint-cy="Rydym wedi’i anfon i’ch ffôn"');
    await expectAccessibleInBothLanguages(element, form);
    await type(element, '12');
    await trySubmit(form);
    element.querySelector('details')!.open = true;
    await expectAccessibleInBothLanguages(element, form);
  });

  it('fits a 320px screen with long Welsh text and an error', async () => {
    await atWidth(320, async () => {
      const { form, element } = await codeForm(
        'label="Enter the security code we sent to your mobile phone" label-cy="Rhowch y cod diogelwch a anfonwyd gennym i’ch ffôn symudol" expires-in="15" resend-href="/resend"',
        'cy',
      );
      await trySubmit(form);
      element.querySelector('details')!.open = true;
      await settled(form);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      expect(inputOf(element).getBoundingClientRect().right).to.be.at.most(320);
    });
  });

  it('reads codes the same way on a server (the exported helpers)', () => {
    expect(securityCodeDigits(' 12 34-56 ')).to.equal('123456');
    expect(securityCodeDigits('12a456')).to.equal(null);
    expect(securityCodeProblem('123 456')).to.equal(null);
    expect(securityCodeProblem('1234567')).to.equal('tooLong');
    expect(securityCodeProblem('1234', 4)).to.equal(null);
  });
});

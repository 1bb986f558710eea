import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../password-input/define.js';
import type { CydPasswordInput } from './password-input.js';
import { formControlSuite } from '../../../../test/suites/form-control.js';
import { expectAccessibleInBothLanguages, settled, switchLanguage, trySubmit } from '../../../../test/support/helpers.js';

async function type(element: CydPasswordInput, text: string) {
  const input = element.controls[0] as HTMLInputElement;
  input.focus();
  input.select();
  await sendKeys({ type: text });
}

const toggleOf = (el: CydPasswordInput) => el.querySelector<HTMLButtonElement>('.cyd-password-input__toggle')!;
const statusOf = (el: CydPasswordInput) => el.querySelector('.cyd-password-input__status')!;
const inputOf = (el: CydPasswordInput) => el.controls[0] as HTMLInputElement;

formControlSuite({
  tag: 'cyd-password-input',
  answer: (el, value) => type(el as unknown as CydPasswordInput, value),
  validAnswer: 'ceffyl-batri-cywir-99',
  requiredMessage: { en: 'Enter an answer', cy: 'Rhowch ateb' },
  role: 'textbox',
  defaultAnswer: { notApplicable: 'a password is never written into the page, so there is no default to return to' },
  answerKeepsFocus: true,
});

describe('cyd-password-input', () => {
  it('is a password field for password managers: autocomplete, no spellcheck, no capitals', async () => {
    const el = await fixture<CydPasswordInput>(html`<cyd-password-input name="password" label="Password"></cyd-password-input>`);
    const input = inputOf(el);
    expect(input.type).to.equal('password');
    expect(input.getAttribute('autocomplete')).to.equal('current-password');
    expect(input.getAttribute('spellcheck')).to.equal('false');
    expect(input.getAttribute('autocapitalize')).to.equal('none');
    const created = await fixture<CydPasswordInput>(
      html`<cyd-password-input name="new" label="New password" autocomplete="new-password"></cyd-password-input>`,
    );
    expect(inputOf(created).getAttribute('autocomplete')).to.equal('new-password');
  });

  it('shows and hides from the keyboard, saying so in the element’s language', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form lang="cy"><cyd-password-input name="password" label="Password" label-cy="Cyfrinair"></cyd-password-input></form>`,
    );
    const el = form.querySelector('cyd-password-input')!;
    await settled(form);
    const toggle = toggleOf(el);
    expect(toggle.getAttribute('aria-controls')).to.equal(inputOf(el).id);
    expect(toggle.textContent).to.equal('Dangos cyfrinair');
    expect(statusOf(el).getAttribute('aria-live')).to.equal('polite');
    expect(statusOf(el).textContent, 'nothing said before the toggle is used').to.equal('');
    await type(el, 'cyfrinach');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(toggle);
    await sendKeys({ press: 'Enter' });
    await settled(form);
    expect(inputOf(el).type).to.equal('text');
    expect(toggleOf(el).textContent).to.equal('Cuddio cyfrinair');
    expect(statusOf(el).textContent).to.equal('Mae eich cyfrinair yn weladwy');
    expect(document.activeElement, 'focus stays on the toggle').to.equal(toggleOf(el));
    await sendKeys({ press: 'Space' });
    await settled(form);
    expect(inputOf(el).type).to.equal('password');
    expect(statusOf(el).textContent).to.equal('Mae eich cyfrinair wedi’i guddio');
    await switchLanguage(form, 'en');
    expect(toggleOf(el).textContent).to.equal('Show password');
    expect(statusOf(el).textContent).to.equal('Your password is hidden');
    expect(el.value).to.equal('cyfrinach');
  });

  it('hides the password again before the form submits, still submitting it', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><cyd-password-input name="password" label="Password"></cyd-password-input></form>`);
    const el = form.querySelector('cyd-password-input')!;
    await type(el, 'hunter2-hir-iawn');
    toggleOf(el).click();
    await settled(form);
    expect(inputOf(el).type).to.equal('text');
    let typeWhenPosted = '';
    form.addEventListener('submit', () => (typeWhenPosted = inputOf(el).type), { once: true });
    const data = await trySubmit(form);
    expect(typeWhenPosted).to.equal('password');
    expect(data!.get('password')).to.equal('hunter2-hir-iawn');
    expect(toggleOf(el).textContent).to.equal('Show password');
  });

  it('hides the password when the page is left (pagehide)', async () => {
    const el = await fixture<CydPasswordInput>(html`<cyd-password-input name="password" label="Password"></cyd-password-input>`);
    el.showPassword();
    await el.updateComplete;
    expect(inputOf(el).type).to.equal('text');
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    expect(inputOf(el).type, 'at once, not after a render').to.equal('password');
    expect(el.passwordVisible).to.equal(false);
  });

  it('never blocks pasting', async () => {
    const el = await fixture<CydPasswordInput>(html`<cyd-password-input name="password" label="Password"></cyd-password-input>`);
    const paste = new ClipboardEvent('paste', { bubbles: true, cancelable: true, clipboardData: new DataTransfer() });
    inputOf(el).dispatchEvent(paste);
    expect(paste.defaultPrevented).to.equal(false);
  });

  it('disables the toggle with the field', async () => {
    const el = await fixture<CydPasswordInput>(html`<cyd-password-input name="password" label="Password" disabled></cyd-password-input>`);
    expect(toggleOf(el).disabled).to.equal(true);
  });

  it('fits a 320px screen with a long Welsh label, toggle under the box', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="cy">
        <cyd-password-input name="pw" label="Rhowch y cyfrinair a ddewisoch pan wnaethoch greu eich cyfrif gyda’r cyngor"
          hint="Mae’n rhaid iddo fod o leiaf 8 nod o hyd"></cyd-password-input></div>`);
      const el = wrapper.querySelector('cyd-password-input')!;
      await settled(wrapper);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      expect(wrapper.scrollWidth).to.be.at.most(wrapper.clientWidth);
      expect(toggleOf(el).getBoundingClientRect().top).to.be.at.least(inputOf(el).getBoundingClientRect().bottom);
      await expectAccessibleInBothLanguages(wrapper);
      toggleOf(el).click();
      await expectAccessibleInBothLanguages(wrapper);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

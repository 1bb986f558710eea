import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../textarea/define.js';
import type { CydTextarea } from './textarea.js';
import { formControlSuite } from '../../../../test/suites/form-control.js';
import { consoleErrorsDuring, expectAccessibleInBothLanguages, settled, switchLanguage, trySubmit } from '../../../../test/support/helpers.js';

async function type(element: CydTextarea, text: string) {
  const textarea = element.controls[0] as HTMLTextAreaElement;
  textarea.focus();
  textarea.select();
  await sendKeys({ type: text });
}

formControlSuite({
  tag: 'cyd-textarea',
  answer: (el, value) => type(el as unknown as CydTextarea, value),
  validAnswer: 'Mae’r ffordd ar gau ger yr ysgol',
  requiredMessage: { en: 'Enter an answer', cy: 'Rhowch ateb' },
  role: 'textbox',
  defaultAnswer: { value: 'Mae’r bont ar gau' },
  answerKeepsFocus: true,
});

describe('cyd-textarea', () => {
  it('renders a native textarea with rows, autocomplete and spellcheck', async () => {
    const el = await fixture<CydTextarea>(html`<cyd-textarea name="details" label="Details" rows="8" autocomplete="off" spellcheck="false"></cyd-textarea>`);
    const textarea = el.controls[0]!;
    expect(textarea).to.be.instanceOf(HTMLTextAreaElement);
    expect(textarea.getAttribute('rows')).to.equal('8');
    expect(textarea.getAttribute('autocomplete')).to.equal('off');
    expect(textarea.getAttribute('spellcheck')).to.equal('false');
  });

  it('takes its default from the value attribute, keeps line breaks, and reset restores it', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><cyd-textarea name="details" label="Details" value=${'Line one\nLine two'}></cyd-textarea></form>`);
    const el = form.querySelector('cyd-textarea')!;
    await settled(form);
    expect(el.value).to.equal('Line one\nLine two');
    await type(el, 'Something else');
    expect(el.value).to.equal('Something else');
    form.reset();
    expect(el.value).to.equal('Line one\nLine two');
  });

  it('keeps what was typed when the language changes', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><cyd-textarea name="details" label="Details" label-cy="Manylion" value="Default"></cyd-textarea></form>`,
    );
    const el = form.querySelector('cyd-textarea')!;
    await type(el, 'Typed');
    await switchLanguage(form, 'cy');
    expect(el.querySelector('label')!.textContent).to.equal('Manylion');
    expect(el.value).to.equal('Typed');
  });

  it('accepts Enter as a new line, not a submit, from the keyboard', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><cyd-textarea name="details" label="Details"></cyd-textarea></form>`);
    const el = form.querySelector('cyd-textarea')!;
    let submitted = false;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted = true;
    });
    await type(el, 'one');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: 'two' });
    expect(el.value).to.equal('one\ntwo');
    expect(submitted).to.equal(false);
    expect(document.activeElement).to.equal(el.controls[0]);
  });

  it('fits a 320px screen with a long Welsh label and error', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="cy">
        <cyd-textarea name="more" label="Disgrifiwch unrhyw anghenion cymorth ychwanegol sydd gennych wrth ddefnyddio gwasanaethau’r cyngor"
          error="Rhowch ddisgrifiad o’ch anghenion cymorth ychwanegol"></cyd-textarea></div>`);
      await settled(wrapper);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      expect(wrapper.scrollWidth).to.be.at.most(wrapper.clientWidth);
      await expectAccessibleInBothLanguages(wrapper);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('shows a server error in each language until checked in the browser', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><cyd-textarea name="d" label="Details" value="x" error="Enter more detail" error-cy="Rhowch fwy o fanylion"></cyd-textarea></form>`,
    );
    const el = form.querySelector('cyd-textarea')!;
    await settled(form);
    expect(el.querySelector('.cyd-error-message')!.textContent).to.contain('Enter more detail');
    await switchLanguage(form, 'cy');
    expect(el.querySelector('.cyd-error-message')!.textContent).to.contain('Rhowch fwy o fanylion');
    expect(await trySubmit(form)).to.not.equal(null);
  });

  it('reports a missing name and label as developer errors', async () => {
    const errors = await consoleErrorsDuring(async () => {
      await fixture(html`<cyd-textarea></cyd-textarea>`);
    });
    expect(errors.some((e) => e.includes('<cyd-textarea> has no label'))).to.equal(true);
    expect(errors.some((e) => e.includes('<cyd-textarea> has no name'))).to.equal(true);
  });
});

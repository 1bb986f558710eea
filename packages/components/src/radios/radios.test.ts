import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../radios/define.js';
import '../text-input/define.js';
import type { CydRadios } from './radios.js';
import type { CydTextInput } from '../text-input/text-input.js';
import { controlMarkup, formControlSuite, type ControlHandle } from '../../../../test/suites/form-control.js';
import { consoleErrorsDuring, expectAccessibleInBothLanguages, settled, switchLanguage, trySubmit } from '../../../../test/support/helpers.js';

const colours = JSON.stringify([
  { value: 'red', label: { en: 'Red', cy: 'Coch' } },
  { value: 'green', label: { en: 'Green', cy: 'Gwyrdd' } },
  { value: 'blue', label: { en: 'Blue', cy: 'Glas' } },
]);

/** Ticks an option as a person would: a click on its label. */
async function choose(element: ControlHandle, value: string) {
  const input = element.controls.find((c) => c.value === value) as HTMLInputElement;
  (element.querySelector(`label[for="${input.id}"]`) as HTMLLabelElement).click();
  await settled(element);
}

formControlSuite({
  tag: 'cyd-radios',
  markup: (a) => controlMarkup('cyd-radios', a, { options: colours }),
  answer: choose,
  validAnswer: 'green',
  requiredMessage: { en: 'Select an answer', cy: 'Dewiswch ateb' },
  role: 'group',
  defaultAnswer: { value: 'red' },
  answerKeepsFocus: false,
});

const contact = JSON.stringify([
  { value: 'email', label: { en: 'Email', cy: 'E-bost' } },
  { value: 'phone', label: { en: 'Phone', cy: 'Ffôn' }, hint: { en: 'We will text you', cy: 'Byddwn yn anfon neges destun' } },
  { divider: true },
  { value: 'post', label: { en: 'Post', cy: 'Post' } },
]);

async function contactForm(lang = 'en', value = '') {
  const form = await fixture<HTMLFormElement>(html`<form lang=${lang}>
    <cyd-radios name="contact" label="How should we contact you?" label-cy="Sut dylen ni gysylltu â chi?" options=${contact} value=${value} required>
      <div data-reveal-for="email">
        <cyd-text-input name="email" type="email" label="Email address" label-cy="Cyfeiriad e-bost" required></cyd-text-input>
      </div>
      <div data-reveal-for="phone">
        <cyd-text-input name="phone" type="tel" label="Phone number" label-cy="Rhif ffôn" required></cyd-text-input>
      </div>
    </cyd-radios>
    <button>Continue</button>
  </form>`);
  await settled(form);
  return { form, radios: form.querySelector('cyd-radios')! };
}

const input = (root: ParentNode, selector: string) => root.querySelector(selector) as HTMLInputElement;

describe('cyd-radios', () => {
  it('hides and disables conditional content until its option is chosen, and leaves it out of FormData', async () => {
    const { form, radios } = await contactForm();
    const emailReveal = radios.querySelector('#conditional-contact')!;
    const email = input(form, 'input[name="email"]');
    expect(emailReveal.hasAttribute('hidden')).to.equal(true);
    expect(email.matches(':disabled')).to.equal(true);
    expect(input(radios, '#contact').getAttribute('aria-controls')).to.equal('conditional-contact');
    expect(input(radios, '#contact').hasAttribute('aria-expanded'), 'not allowed on a radio in ARIA 1.2').to.equal(false);

    await choose(radios as unknown as ControlHandle, 'phone');
    (form.querySelector('cyd-text-input[name="phone"]') as CydTextInput).value = '029 2000 0000';
    email.value = 'not submitted';
    const data = await trySubmit(form);
    expect(data, 'the hidden required email does not block').to.not.equal(null);
    expect(data!.get('contact')).to.equal('phone');
    expect(data!.get('phone')).to.equal('029 2000 0000');
    expect(data!.has('email')).to.equal(false);
  });

  it('reveals and enables the chosen option’s content, and hides it again', async () => {
    const { form, radios } = await contactForm();
    await choose(radios as unknown as ControlHandle, 'email');
    expect(radios.querySelector('#conditional-contact')!.hasAttribute('hidden')).to.equal(false);
    expect(input(form, 'input[name="email"]').matches(':disabled')).to.equal(false);
    // The revealed field is required: now it blocks, with its own message.
    expect(await trySubmit(form)).to.equal(null);
    await choose(radios as unknown as ControlHandle, 'post');
    expect(radios.querySelector('#conditional-contact')!.hasAttribute('hidden')).to.equal(true);
    expect(await trySubmit(form)).to.not.equal(null);
  });

  it('keeps typed values in nested fields across upgrade and a language switch', async () => {
    const { form, radios } = await contactForm('en', 'email');
    const nested = form.querySelector('cyd-text-input[name="email"]') as CydTextInput;
    nested.value = 'dewi@example.com';
    const clone = radios.cloneNode(true) as CydRadios;
    radios.replaceWith(clone);
    await settled(form);
    await switchLanguage(form, 'cy');
    expect(clone.value).to.equal('email');
    expect(new FormData(form).get('email')).to.equal('dewi@example.com');
    expect(clone.querySelector('#conditional-contact')!.hasAttribute('hidden')).to.equal(false);
    expect(clone.querySelector('legend')!.textContent).to.contain('Sut dylen ni gysylltu â chi?');
    expect(clone.querySelectorAll('cyd-text-input').length).to.equal(2);
  });

  it('shows an option’s hint, described by it, and the divider in each language', async () => {
    const { form, radios } = await contactForm();
    const phone = input(radios, '#contact-2');
    expect(phone.getAttribute('aria-describedby')).to.equal('contact-2-item-hint');
    expect(radios.querySelector('#contact-2-item-hint')!.textContent).to.equal('We will text you');
    expect(radios.querySelector('.cyd-radios__divider')!.textContent).to.equal('or');
    await switchLanguage(form, 'cy');
    expect(radios.querySelector('.cyd-radios__divider')!.textContent).to.equal('neu');
    expect(radios.querySelector('#contact-2-item-hint')!.textContent).to.equal('Byddwn yn anfon neges destun');
  });

  it('moves between options with the arrow keys (native radio behaviour)', async () => {
    const { radios } = await contactForm();
    input(radios, '#contact').focus();
    await sendKeys({ press: 'ArrowDown' });
    await settled(radios);
    expect(document.activeElement).to.equal(input(radios, '#contact-2'));
    expect(radios.value).to.equal('phone');
    expect(radios.querySelector('#conditional-contact-2')!.hasAttribute('hidden')).to.equal(false);
  });

  it('links the error summary to the first radio, with the author’s message', async () => {
    const form = await fixture<HTMLFormElement>(html`<form lang="cy">
      <cyd-radios name="where" label="Where do you live?" label-cy="Ble rydych chi’n byw?" options=${colours} required
        required-message="Select where you live" required-message-cy="Dewiswch ble rydych chi’n byw"></cyd-radios></form>`);
    const radios = form.querySelector('cyd-radios')!;
    await trySubmit(form);
    expect(radios.errorMessage).to.equal('Dewiswch ble rydych chi’n byw');
    expect(radios.problem!.target).to.equal(radios.querySelector('#where'));
    radios.focus();
    expect(document.activeElement).to.equal(radios.querySelector('#where'));
  });

  it('offers Welsh yes/no answers the author gives', async () => {
    const form = await fixture<HTMLFormElement>(html`<form lang="cy">
      <cyd-radios name="lives-in-wales" label="Do you live in Wales?" label-cy="Ydych chi'n byw yng Nghymru?" yes-no yes-cy="Ydw" no-cy="Nac ydw" inline></cyd-radios></form>`);
    const radios = form.querySelector('cyd-radios')!;
    await settled(form);
    const labels = () => [...radios.querySelectorAll('label')].map((l) => l.textContent);
    expect(labels()).to.deep.equal(['Ydw', 'Nac ydw']);
    await switchLanguage(form, 'en');
    expect(labels()).to.deep.equal(['Yes', 'No']);
    await choose(radios as unknown as ControlHandle, 'no');
    expect(new FormData(form).get('lives-in-wales')).to.equal('no');
  });

  it('falls back to Ie/Na and tells the developer when the Welsh answers are missing', async () => {
    const errors = await consoleErrorsDuring(async () =>
      settled(await fixture(html`<cyd-radios lang="cy" name="agree" label="Agree?" label-cy="Cytuno?" yes-no></cyd-radios>`)),
    );
    const radios = document.querySelector<CydRadios>('cyd-radios')!;
    expect([...radios.querySelectorAll('label')].map((l) => l.textContent)).to.deep.equal(['Ie', 'Na']);
    expect(errors.some((e) => e.includes('yes-no> has no Welsh answers') && e.includes('yes-cy="Ydw"'))).to.equal(true);
  });

  it('reports options with no Welsh label, duplicate values and content with no option', async () => {
    const errors = await consoleErrorsDuring(async () => {
      const el = await fixture(html`<cyd-radios name="x" label="X" options=${JSON.stringify([
        { value: 'a', label: { en: 'A' } },
        { value: 'a', label: 'B' },
      ])}>
        <div data-reveal-for="zzz">Nowhere</div></cyd-radios>`);
      await settled(el);
    });
    expect(errors.some((e) => e.includes('"a" has no label in cy'))).to.equal(true);
    expect(errors.some((e) => e.includes('two options have the value "a"'))).to.equal(true);
    expect(errors.some((e) => e.includes('some content has no place') && e.includes('data-reveal-for'))).to.equal(true);
  });

  it('set from JavaScript with wrong entries (null, a number, an object without a value), renders the valid ones and names each index', async () => {
    const radios = await fixture<CydRadios>(html`<cyd-radios name="colour" label="Colour"></cyd-radios>`);
    const errors = await consoleErrorsDuring(async () => {
      Reflect.set(radios, 'options', [null, 42, { label: 'No value' }, { value: 'red', label: { en: 'Red', cy: 'Coch' } }]);
      await settled(radios);
    });
    expect([...radios.querySelectorAll('input')].map((input) => input.value)).to.deep.equal(['red']);
    expect(errors.some((e) => e.includes('options[0] is null'))).to.equal(true);
    expect(
      errors.some((e) => e.includes('<cyd-radios name="colour">: options[1] is a number (42)') && e.includes('[{"value":"…","label":{"en":"…","cy":"…"}}]')),
    ).to.equal(true);
    expect(errors.some((e) => e.includes('<cyd-radios name="colour">: options[2] has no "value"'))).to.equal(true);
    const later = await consoleErrorsDuring(async () => {
      Reflect.set(radios, 'options', 'red');
      await settled(radios);
    });
    expect(radios.querySelectorAll('input')).to.have.lengthOf(0);
    expect(later.some((e) => e.includes('options is a string ("red"), not a list'))).to.equal(true);
  });

  it('returns to the default option on reset, re-hiding content', async () => {
    const { form, radios } = await contactForm('en', 'post');
    await choose(radios as unknown as ControlHandle, 'email');
    expect(radios.querySelector('#conditional-contact')!.hasAttribute('hidden')).to.equal(false);
    form.reset();
    // Controls follow a reset a task later; settled() waits past that task.
    await settled(form);
    expect(radios.value).to.equal('post');
    expect(radios.querySelector('#conditional-contact')!.hasAttribute('hidden')).to.equal(true);
  });

  it('shows a visible focus ring on the circle', async () => {
    const { radios } = await contactForm();
    input(radios, '#contact').focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowUp' });
    const label = radios.querySelector('label[for="contact"]')!;
    const before = getComputedStyle(label, '::before');
    expect(before.boxShadow).to.not.equal('none');
  });

  it('wraps long Welsh labels at 320px with no sideways scrolling, and is accessible', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const long = JSON.stringify([
        {
          value: 'a',
          label: {
            en: 'Social Services and Wellbeing Department',
            cy: 'Adran Gwasanaethau Cymdeithasol a Llesiant Cyngor Bwrdeistref Sirol Rhondda Cynon Taf',
          },
          hint: { en: 'Adults', cy: 'Gwasanaethau­Cymdeithasol­Oedolion­a­Phlant­Cyngor­Bwrdeistref' },
        },
        { value: 'b', label: { en: 'Education', cy: 'Addysg' } },
      ]);
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="cy">
        <cyd-radios name="dept" label="Department" label-cy="Pa adran sy’n gyfrifol am eich cais am gymorth gyda gofal cymdeithasol?" options=${long}></cyd-radios></div>`);
      await settled(wrapper);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      await expectAccessibleInBothLanguages(wrapper);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('is accessible with conditional content open, small and inline', async () => {
    const { radios } = await contactForm('en', 'email');
    radios.small = true;
    await expectAccessibleInBothLanguages(radios);
    radios.small = false;
    radios.inline = true;
    await expectAccessibleInBothLanguages(radios);
  });
});

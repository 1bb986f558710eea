import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../button/define.js';
import '../text-input/define.js';
import type { CydButton } from './button.js';
import { CydButton as CydButtonClass, DOUBLE_CLICK_WINDOW_MS } from './button.js';
import { consoleErrorsDuring, expectAccessibleInBothLanguages, settled, switchLanguage } from '../../../../test/support/helpers.js';

/** Records every submission of `form` (and stops it navigating). */
function recordSubmissions(form: HTMLFormElement): FormData[] {
  const posted: FormData[] = [];
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    posted.push(new FormData(form, event.submitter));
  });
  return posted;
}

describe('cyd-button', () => {
  it('renders a native submit button in the light DOM with the author’s words', async () => {
    const el = await fixture<CydButton>(html`<cyd-button>Save and continue</cyd-button>`);
    const button = el.control as HTMLButtonElement;
    expect(el.shadowRoot).to.equal(null);
    expect(button.localName).to.equal('button');
    expect(button.type).to.equal('submit');
    expect(button.textContent!.trim()).to.equal('Save and continue');
    expect(el.querySelectorAll('button').length, 'one button, content moved in').to.equal(1);
  });

  it('uses text and text-cy in the element’s language, live', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><cyd-button type="button" text="Continue" text-cy="Parhau"></cyd-button></div>`);
    const el = wrapper.querySelector('cyd-button')!;
    await settled(wrapper);
    expect(el.control!.textContent!.trim()).to.equal('Continue');
    await switchLanguage(wrapper, 'cy');
    expect(el.control!.textContent!.trim()).to.equal('Parhau');
  });

  it('submits the surrounding form with its own name and value as the submitter', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <input name="postcode" value="CF10 1EP">
      <cyd-button name="action" value="save-draft" variant="secondary">Save as draft</cyd-button>
      <cyd-button name="action" value="send">Send</cyd-button>
    </form>`);
    await settled(form);
    const posted = recordSubmissions(form);
    form.querySelectorAll('cyd-button')[0]!.control!.click();
    expect(posted.length).to.equal(1);
    expect(posted[0]!.get('action')).to.equal('save-draft');
    expect(posted[0]!.get('postcode')).to.equal('CF10 1EP');
  });

  it('submits once for a double click, then again after the window', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><cyd-button name="go" value="1">Send</cyd-button></form>`);
    await settled(form);
    const posted = recordSubmissions(form);
    const button = form.querySelector('cyd-button')!.control as HTMLButtonElement;
    // The window is measured with performance.now(): a fake clock moves past it without waiting.
    const clock = sinon.useFakeTimers({ toFake: ['performance'] });
    try {
      button.click();
      button.click();
      expect(posted.length, 'second click within the window is ignored').to.equal(1);
      expect(document.activeElement === button || !button.disabled, 'not disabled while waiting').to.equal(true);
      expect(button.disabled).to.equal(false);
      clock.tick(DOUBLE_CLICK_WINDOW_MS - 1);
      button.click();
      expect(posted.length, 'still inside the window').to.equal(1);
      clock.tick(2);
      button.click();
      expect(posted.length, 'a later click submits again').to.equal(2);
    } finally {
      clock.restore();
    }
  });

  it('does not hold back a retry when native validation blocked the first click', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <cyd-text-input name="full-name" label="Full name" label-cy="Enw llawn" required></cyd-text-input>
      <cyd-button>Continue</cyd-button></form>`);
    await settled(form);
    const posted = recordSubmissions(form);
    const button = form.querySelector('cyd-button')!.control as HTMLButtonElement;
    button.click();
    expect(posted.length, 'blocked by the empty required field').to.equal(0);
    form.querySelector('cyd-text-input')!.value = 'Nia';
    button.click();
    expect(posted.length).to.equal(1);
  });

  it('lets double clicks through with allow-double-click', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><cyd-button allow-double-click>Add another</cyd-button></form>`);
    await settled(form);
    const posted = recordSubmissions(form);
    const button = form.querySelector('cyd-button')!.control as HTMLButtonElement;
    button.click();
    button.click();
    expect(posted.length).to.equal(2);
  });

  it('guards a non-submit button only with prevent-double-click', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <cyd-button type="button" prevent-double-click>Guarded</cyd-button>
      <cyd-button type="button">Unguarded</cyd-button></div>`);
    await settled(wrapper);
    const [guarded, unguarded] = [...wrapper.querySelectorAll('cyd-button')];
    let guardedClicks = 0;
    let unguardedClicks = 0;
    guarded!.addEventListener('click', () => guardedClicks++);
    unguarded!.addEventListener('click', () => unguardedClicks++);
    guarded!.click();
    guarded!.click();
    unguarded!.click();
    unguarded!.click();
    expect(guardedClicks).to.equal(1);
    expect(unguardedClicks).to.equal(2);
  });

  it('activates from the keyboard with Enter and with Space', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><cyd-button allow-double-click>Continue</cyd-button></form>`);
    await settled(form);
    const posted = recordSubmissions(form);
    form.querySelector('cyd-button')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(posted.length, 'Enter').to.equal(1);
    await sendKeys({ press: 'Space' });
    expect(posted.length, 'Space').to.equal(2);
  });

  it('resets the form with type="reset" and does nothing with type="button"', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <input name="q" value="start"><cyd-button type="reset">Clear</cyd-button><cyd-button type="button">Help</cyd-button></form>`);
    await settled(form);
    const posted = recordSubmissions(form);
    const input = form.querySelector('input')!;
    input.value = 'changed';
    const [reset, plain] = [...form.querySelectorAll('cyd-button')];
    plain!.click();
    expect(posted.length).to.equal(0);
    reset!.click();
    expect(input.value).to.equal('start');
  });

  it('is natively disabled, and a disabled button does not submit', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><cyd-button disabled>Send</cyd-button></form>`);
    await settled(form);
    const posted = recordSubmissions(form);
    const button = form.querySelector('cyd-button')!.control as HTMLButtonElement;
    expect(button.disabled).to.equal(true);
    button.click();
    expect(posted.length).to.equal(0);
  });

  it('with href is a draggable=false link with no button role, and navigates', async () => {
    const el = await fixture<CydButton>(html`<cyd-button href="#cyd-button-target">Start now</cyd-button>`);
    const link = el.control as HTMLAnchorElement;
    expect(link.localName).to.equal('a');
    expect(link.getAttribute('href')).to.equal('#cyd-button-target');
    expect(link.getAttribute('draggable')).to.equal('false');
    expect(link.hasAttribute('role')).to.equal(false);
    history.replaceState(null, '', '#');
    link.click();
    expect(location.hash).to.equal('#cyd-button-target');
  });

  it('activates a link button with Space, as people expect of a button', async () => {
    const el = await fixture<CydButton>(html`<cyd-button href="#cyd-button-space">Start now</cyd-button>`);
    history.replaceState(null, '', '#');
    el.focus();
    await sendKeys({ press: 'Space' });
    expect(location.hash).to.equal('#cyd-button-space');
    history.replaceState(null, '', '#');
  });

  it('marks a start button with a decorative arrow that screen readers skip', async () => {
    const el = await fixture<CydButton>(html`<cyd-button start href="/apply" text="Start now" text-cy="Dechrau nawr"></cyd-button>`);
    const icon = el.querySelector('svg')!;
    expect(el.control!.classList.contains('cyd-button--start')).to.equal(true);
    expect(icon.getAttribute('aria-hidden')).to.equal('true');
    expect(icon.getAttribute('focusable')).to.equal('false');
  });

  it('applies the variant class', async () => {
    const el = await fixture<CydButton>(html`<cyd-button variant="warning" type="button">Delete account</cyd-button>`);
    expect(el.control!.className).to.contain('cyd-button--warning');
  });

  it('keeps the author’s words and the focus when server markup upgrades', async () => {
    // Server markup whose element is not defined yet, focused by a person
    // who tabbed to it before the script arrived; defining the tag upgrades it.
    const tag = 'cyd-button-upgrade-test';
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.innerHTML = `<${tag}><button class="cyd-button" type="submit" data-cyd-root><span class="cyd-button__content" data-cyd-content>Parhau</span></button></${tag}>`;
    wrapper.querySelector('button')!.focus();
    customElements.define(tag, class extends CydButtonClass {});
    const host = wrapper.firstElementChild as CydButton;
    await settled(wrapper);
    expect(host.querySelectorAll('button').length, 'no duplicate render').to.equal(1);
    expect(host.control!.textContent!.trim()).to.equal('Parhau');
    expect(document.activeElement === host.control, 'focus stays on the button').to.equal(true);
  });

  it('reports words missing, or given twice, and a disabled link', async () => {
    const errors = await consoleErrorsDuring(async () => {
      await fixture(html`<cyd-button></cyd-button>`);
      await fixture(html`<cyd-button text="Continue">Continue</cyd-button>`);
      await fixture(html`<cyd-button href="/next" disabled>Next</cyd-button>`);
      await fixture(html`<cyd-button variant="danger">Delete</cyd-button>`);
    });
    expect(errors.some((e) => e.includes('has no words') && e.includes('text-cy'))).to.equal(true);
    expect(errors.some((e) => e.includes('both content and text'))).to.equal(true);
    expect(errors.some((e) => e.includes('cannot be disabled'))).to.equal(true);
    expect(errors.some((e) => e.includes('variant="danger" is not allowed. Use one of: primary, secondary, warning'))).to.equal(true);
  });

  it('wraps long Welsh words inside the button at 320px', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<main lang="cy" style="width:300px">
        <cyd-button text="Cadw a pharhau gyda’rgwasanaethcymdeithasolabwrdeistrefsirolrhonddacynontaf"></cyd-button></main>`);
      await settled(wrapper);
      const button = wrapper.querySelector('cyd-button')!.control!;
      expect(button.getBoundingClientRect().width).to.be.at.most(300);
      expect(wrapper.scrollWidth).to.be.at.most(300);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('is accessible (axe) in English and Welsh in every variant', async () => {
    const wrapper = await fixture<HTMLElement>(html`<main>
      <form>
        <cyd-button text="Continue" text-cy="Parhau"></cyd-button>
        <cyd-button variant="secondary" type="button" text="Save as draft" text-cy="Cadw fel drafft"></cyd-button>
        <cyd-button variant="warning" type="button" text="Delete" text-cy="Dileu"></cyd-button>
        <cyd-button disabled text="Send" text-cy="Anfon"></cyd-button>
        <cyd-button start href="#start" text="Start now" text-cy="Dechrau nawr"></cyd-button>
      </form></main>`);
    await settled(wrapper);
    await expectAccessibleInBothLanguages(wrapper);
  });
});

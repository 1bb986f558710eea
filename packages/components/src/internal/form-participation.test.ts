import { expect, fixture, html } from '@open-wc/testing';
import '../text-input/define.js';
import '../button/define.js';
import '../error-summary/define.js';
import type { CydTextInput } from '../text-input/text-input.js';
import type { LitElement } from 'lit';
import { settled } from '../../../../test/support/helpers.js';

/** Waits for the page's Cydran elements, found without going through a form (whose members may be shadowed). */
async function cydranSettled(wrapper: HTMLElement): Promise<void> {
  const elements = [...document.querySelectorAll<LitElement>('cyd-text-input, cyd-button, cyd-error-summary')].filter((element) => wrapper.contains(element));
  // Two rounds: an update can request another (a summary showing errors).
  for (let round = 0; round < 2; round++) await Promise.all(elements.map((element) => element.updateComplete));
}

/** Every name a form control can shadow: the members of a form and of everything it inherits. */
function formMemberNames(): string[] {
  const names = new Set<string>();
  for (let proto: object | null = HTMLFormElement.prototype; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    for (const name of Object.getOwnPropertyNames(proto)) if (name !== 'constructor') names.add(name);
  }
  return [...names];
}

/** Clicks the form's submit button; whether a submission got through, and any uncaught error. */
async function clickSubmit(wrapper: HTMLElement): Promise<{ submitted: boolean; errors: string[] }> {
  let submitted = false;
  const errors: string[] = [];
  const onSubmit = (event: Event) => {
    event.preventDefault();
    submitted = true;
  };
  const onError = (event: ErrorEvent) => errors.push(event.message);
  document.addEventListener('submit', onSubmit);
  window.addEventListener('error', onError);
  try {
    document.querySelector<HTMLElement>('cyd-button')!.click();
    await cydranSettled(wrapper);
  } finally {
    document.removeEventListener('submit', onSubmit);
    window.removeEventListener('error', onError);
  }
  return { submitted, errors };
}

describe('form participation against DOM clobbering', () => {
  const names = formMemberNames();

  it('covers the whole form interface', () => {
    expect(names).to.include.members([
      'querySelectorAll',
      'elements',
      'submit',
      'requestSubmit',
      'noValidate',
      'addEventListener',
      'checkValidity',
      'reset',
      'action',
      'id',
      'hasAttribute',
      'getAttribute',
      'compareDocumentPosition',
      'contains',
      'closest',
    ]);
  });

  for (const novalidate of [true, false]) {
    it(`no field named like a form member makes a ${novalidate ? 'novalidate ' : ''}form submit unchecked or throw (${names.length} names at once)`, async () => {
      // Built with the DOM, not a template: once its fields exist, the form's own insertBefore is shadowed too.
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const form = document.createElement('form');
      form.toggleAttribute('novalidate', novalidate);
      const fields = document.createDocumentFragment();
      fields.append(document.createElement('cyd-error-summary'));
      for (const name of names) {
        const input = document.createElement('input');
        input.name = name;
        input.value = 'x';
        fields.append(input);
      }
      const email: CydTextInput = document.createElement('cyd-text-input');
      email.setAttribute('name', 'email');
      email.setAttribute('label', 'Email');
      email.setAttribute('required', '');
      const button = document.createElement('cyd-button');
      button.textContent = 'Send';
      fields.append(email, button);
      form.append(fields);
      wrapper.append(form);
      await cydranSettled(wrapper);
      const { submitted, errors } = await clickSubmit(wrapper);
      expect(errors, 'uncaught errors').to.deep.equal([]);
      expect(submitted, 'blocked').to.equal(false);
      expect(email.errorMessage).to.equal('Enter an answer');
    });
  }

  it('a Cydran field itself named like a form member is checked too', async () => {
    const shadowing = ['submit', 'elements', 'querySelectorAll', 'noValidate', 'checkValidity', 'addEventListener', 'reset', 'action', 'id'];
    const wrapper = await fixture<HTMLDivElement>(html`<div><form novalidate>
      ${shadowing.map((name) => html`<cyd-text-input name=${name} label=${name} required></cyd-text-input>`)}
      <cyd-button>Send</cyd-button></form></div>`);
    await settled(wrapper);
    const { submitted, errors } = await clickSubmit(wrapper);
    expect(errors, 'uncaught errors').to.deep.equal([]);
    expect(submitted, 'blocked').to.equal(false);
    expect([...wrapper.querySelectorAll<CydTextInput>('cyd-text-input')].map((input) => input.errorMessage)).to.deep.equal(
      shadowing.map(() => 'Enter an answer'),
    );
  });
});

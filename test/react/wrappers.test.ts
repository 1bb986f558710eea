// @cydran/react in Chromium: a React 19 app renders a bilingual form with the
// generated wrappers. What is checked is what a React developer relies on:
// props reach the elements (as properties), the form posts its fields,
// validation shows our messages in both languages and follows a live
// language switch, the wrappers' event props fire, and `ref` is the element.
import { expect } from '@open-wc/testing';
import * as React from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { CydButton, CydLanguageToggle, CydRadios, CydTextInput } from '@cydran/components';
import { Button, ErrorSummary, LanguageToggle, Radios, TextInput } from '@cydran/react';
import { TextInput as TextInputEntry } from '@cydran/react/text-input';
import { serverRender, settled } from '../support/helpers.js';

const h = React.createElement;

/** Visible text, with runs of white space as one space. */
const textOf = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

interface Mounted {
  container: HTMLElement;
  root: Root;
}
const mounted: Mounted[] = [];

async function mount(node: React.ReactNode, lang: 'cy' | 'en' = 'en'): Promise<HTMLElement> {
  const container = document.createElement('div');
  container.lang = lang;
  document.body.append(container);
  const root = createRoot(container);
  flushSync(() => root.render(node));
  mounted.push({ container, root });
  await settled(container);
  return container;
}

afterEach(() => {
  for (const { container, root } of mounted.splice(0)) {
    root.unmount();
    container.remove();
  }
});

const CONTACT_OPTIONS = [
  { value: 'email', label: { en: 'Email', cy: 'E-bost' } },
  { value: 'phone', label: { en: 'Phone', cy: 'Ffôn' } },
];

interface FormProps {
  onPosted(data: FormData): void;
  onNameInput?(event: Event): void;
  onNameChange?(event: Event): void;
  nameRef?: React.Ref<CydTextInput>;
}

/** The app under test: a question page as a React developer would write it. */
function ContactForm({ onPosted, onNameInput, onNameChange, nameRef }: FormProps): React.ReactElement {
  return h(
    'form',
    {
      method: 'post',
      onSubmit: (event: React.FormEvent<HTMLFormElement>) => {
        event.preventDefault();
        onPosted(new FormData(event.currentTarget));
      },
    },
    h(ErrorSummary, {}),
    h(TextInput, {
      name: 'full-name',
      label: { en: 'Full name', cy: 'Enw llawn' },
      hint: { en: 'As on your passport', cy: 'Fel ar eich pasbort' },
      required: true,
      autocomplete: 'name',
      ref: nameRef,
      onInput: onNameInput,
      onChange: onNameChange,
    }),
    h(Radios, {
      name: 'contact',
      label: { en: 'How should we contact you?', cy: 'Sut ddylen ni gysylltu â chi?' },
      required: true,
      options: CONTACT_OPTIONS,
    }),
    h(Button, { buttonText: { en: 'Continue', cy: 'Parhau' } }),
  );
}

function submit(container: HTMLElement): void {
  const form = container.querySelector('form');
  if (!form) throw new Error('the app rendered no form');
  form.requestSubmit();
}

const nameInput = (container: HTMLElement): HTMLInputElement => {
  const input = container.querySelector<HTMLInputElement>('cyd-text-input input');
  if (!input) throw new Error('cyd-text-input rendered no <input>');
  return input;
};

describe('@cydran/react wrappers in React 19', () => {
  it('renders the elements with their props set: real labels, hint, options and button', async () => {
    const container = await mount(h(ContactForm, { onPosted: () => {} }));
    const input = nameInput(container);
    expect(input.name).to.equal('full-name');
    expect(input.autocomplete).to.equal('name');
    expect(textOf(container.querySelector(`label[for="${input.id}"]`))).to.equal('Full name');
    expect(textOf(container.querySelector('cyd-text-input .cyd-hint'))).to.equal('As on your passport');
    const radios = [...container.querySelectorAll<HTMLInputElement>('cyd-radios input[type="radio"]')];
    expect(radios.map((r) => r.value)).to.deep.equal(['email', 'phone']);
    expect(radios.map((r) => textOf(container.querySelector(`label[for="${r.id}"]`)))).to.deep.equal(['Email', 'Phone']);
    expect(textOf(container.querySelector('cyd-radios legend'))).to.equal('How should we contact you?');
    expect(textOf(container.querySelector('cyd-button button'))).to.equal('Continue');
  });

  it('posts the fields of the React form in FormData', async () => {
    let posted: FormData | undefined;
    const container = await mount(h(ContactForm, { onPosted: (data) => (posted = data) }));
    const input = nameInput(container);
    input.value = 'Siân Jones';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    container.querySelector<HTMLInputElement>('cyd-radios input[value="phone"]')?.click();
    await settled(container);
    submit(container);
    await settled(container);
    expect(posted, 'the form was submitted').to.not.equal(undefined);
    expect(posted?.get('full-name')).to.equal('Siân Jones');
    expect(posted?.get('contact')).to.equal('phone');
  });

  it('blocks an empty submission with our messages in Welsh, inline and in the error summary', async () => {
    let posted: FormData | undefined;
    const container = await mount(h(ContactForm, { onPosted: (data) => (posted = data) }), 'cy');
    submit(container);
    await settled(container);
    expect(posted, 'blocked').to.equal(undefined);
    expect(textOf(container.querySelector('cyd-text-input .cyd-error-message'))).to.equal('Gwall: Rhowch ateb');
    expect(textOf(container.querySelector('cyd-radios .cyd-error-message'))).to.equal('Gwall: Dewiswch ateb');
    const summary = container.querySelector('cyd-error-summary');
    expect(textOf(summary?.querySelector('h2'))).to.equal('Mae problem wedi codi');
    expect([...(summary?.querySelectorAll('a') ?? [])].map(textOf)).to.deep.equal(['Rhowch ateb', 'Dewiswch ateb']);
    expect(textOf(container.querySelector(`label[for="${nameInput(container).id}"]`))).to.equal('Enw llawn');
  });

  it('follows a live language switch on a container: labels and shown errors change, the answer stays', async () => {
    const container = await mount(h(ContactForm, { onPosted: () => {} }), 'cy');
    const input = nameInput(container);
    submit(container);
    await settled(container);
    expect(textOf(container.querySelector('cyd-text-input .cyd-error-message'))).to.equal('Gwall: Rhowch ateb');
    container.lang = 'en';
    await settled(container);
    expect(textOf(container.querySelector(`label[for="${input.id}"]`))).to.equal('Full name');
    expect(textOf(container.querySelector('cyd-text-input .cyd-error-message'))).to.equal('Error: Enter an answer');
    expect(textOf(container.querySelector('cyd-radios legend'))).to.equal('How should we contact you?');
    expect(textOf(container.querySelector('cyd-button button'))).to.equal('Continue');
    input.value = 'Siân';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    container.lang = 'cy';
    await settled(container);
    expect(textOf(container.querySelector(`label[for="${nameInput(container).id}"]`))).to.equal('Enw llawn');
    expect(nameInput(container).value, 'the answer survives the switch').to.equal('Siân');
  });

  it('switches language from React state (lang on a parent React renders)', async () => {
    function Page(): React.ReactElement {
      const [lang, setLang] = React.useState<'cy' | 'en'>('en');
      return h(
        'div',
        { lang },
        h('button', { type: 'button', id: 'to-welsh', onClick: () => setLang('cy') }, 'Cymraeg'),
        h(TextInput, { name: 'town', label: { en: 'Town', cy: 'Tref' } }),
      );
    }
    const container = await mount(h(Page));
    expect(textOf(container.querySelector('cyd-text-input label'))).to.equal('Town');
    flushSync(() => container.querySelector<HTMLButtonElement>('#to-welsh')?.click());
    await settled(container);
    expect(textOf(container.querySelector('cyd-text-input label'))).to.equal('Tref');
  });

  it('calls onInput on each keystroke and onChange when the answer is committed, with the DOM events', async () => {
    const inputs: { event: Event; currentTarget: EventTarget | null }[] = [];
    const changes: Event[] = [];
    const container = await mount(
      h(ContactForm, {
        onPosted: () => {},
        onNameInput: (event) => inputs.push({ event, currentTarget: event.currentTarget }),
        onNameChange: (e) => changes.push(e),
      }),
    );
    const input = nameInput(container);
    const typed = new InputEvent('input', { bubbles: true, data: 'S' });
    input.value = 'S';
    input.dispatchEvent(typed);
    // The very event the <input> fired (as the handler's type says), not a React synthetic copy, heard on the element.
    expect(inputs.length).to.equal(1);
    // Compared by identity: printing a React synthetic event in a failure message never ends (its fibers).
    expect(inputs[0]?.event === typed, 'the DOM event itself').to.equal(true);
    expect(inputs[0]?.currentTarget).to.equal(container.querySelector('cyd-text-input'));
    expect(changes.length, 'no change while typing').to.equal(0);
    const committed = new Event('change', { bubbles: true });
    input.dispatchEvent(committed);
    expect(changes.length).to.equal(1);
    expect(changes[0] === committed, 'the DOM event itself').to.equal(true);
  });

  it('types each event handler by the event the element fires (cyd-language-change), and the toggle switches the React tree', async () => {
    const chosen: string[] = [];
    const container = await mount(
      h(
        'div',
        { id: 'react-app' },
        h(LanguageToggle, {
          targetId: 'react-app',
          // The handler's event is typed from the manifest: CustomEvent<LanguageChangeDetail>.
          onCydLanguageChange: (event) => chosen.push(`${event.detail.previous}→${event.detail.locale}`),
        }),
        h(TextInput, { name: 'town', label: { en: 'Town', cy: 'Tref' } }),
      ),
    );
    const toggle = container.querySelector('cyd-language-toggle');
    expect(toggle).to.be.instanceOf(CydLanguageToggle);
    const button = toggle?.querySelector<HTMLButtonElement>('button[data-cyd-locale="cy"]');
    expect(button, 'the toggle offers Cymraeg').to.not.equal(null);
    button?.click();
    await settled(container);
    expect(chosen).to.deep.equal(['en→cy']);
    expect(container.querySelector('#react-app')?.getAttribute('lang')).to.equal('cy');
    expect(textOf(container.querySelector('cyd-text-input label'))).to.equal('Tref');
  });

  it('gives the element as ref, with its own API (validate, errorMessage)', async () => {
    const nameRef = React.createRef<CydTextInput>();
    const container = await mount(h(ContactForm, { onPosted: () => {}, nameRef }));
    expect(nameRef.current).to.be.instanceOf(CydTextInput);
    expect(nameRef.current).to.equal(container.querySelector('cyd-text-input'));
    expect(nameRef.current?.validate()).to.equal(false);
    await settled(container);
    expect(nameRef.current?.errorMessage).to.equal('Enter an answer');
  });

  it('updates an element when its props change on a re-render', async () => {
    function Question({ required }: { required: boolean }): React.ReactElement {
      return h(TextInput, { name: 'postcode', label: 'Postcode', required, optional: !required });
    }
    const container = await mount(h(Question, { required: false }));
    const element = container.querySelector('cyd-text-input');
    expect(element).to.be.instanceOf(CydTextInput);
    expect(element instanceof CydTextInput && element.required).to.equal(false);
    expect(textOf(element?.querySelector('label'))).to.equal('Postcode (optional)');
    const { root } = mounted[0] ?? {};
    flushSync(() => root?.render(h(Question, { required: true })));
    await settled(container);
    expect(element instanceof CydTextInput && element.required).to.equal(true);
    expect(textOf(element?.querySelector('label'))).to.equal('Postcode');
  });

  it('hydrates the server’s expanded markup with no mismatch, keeping what was typed before JavaScript ran', async () => {
    // What renderToString writes for this wrapper (test/react/server.node.test.ts), expanded by the real server renderer.
    const { html } = await serverRender(
      '<form><cyd-text-input name="full-name" label-en="Full name" label-cy="Enw llawn" required=""></cyd-text-input></form>',
      'cy',
    );
    const container = document.createElement('div');
    container.lang = 'cy';
    container.innerHTML = html;
    document.body.append(container);
    nameInput(container).value = 'Siân';
    const recoverable: unknown[] = [];
    const root = hydrateRoot(container, h('form', null, h(TextInput, { name: 'full-name', label: { en: 'Full name', cy: 'Enw llawn' }, required: true })), {
      onRecoverableError: (error) => recoverable.push(error),
    });
    mounted.push({ container, root });
    await settled(container);
    const element = container.querySelector('cyd-text-input');
    await (element instanceof CydTextInput ? element.updateComplete : Promise.reject(new Error('no cyd-text-input')));
    expect(recoverable.map(String), 'no hydration mismatch (React would rebuild the tree and lose the answer)').to.deep.equal([]);
    expect(nameInput(container).value).to.equal('Siân');
    expect(textOf(container.querySelector(`label[for="${nameInput(container).id}"]`))).to.equal('Enw llawn');
    expect(element instanceof CydTextInput && element.required, 'the props are set once hydrated').to.equal(true);
  });

  it('has one module per component, the same wrapper as the index gives, defining its element', () => {
    expect(TextInputEntry).to.equal(TextInput);
    expect(customElements.get('cyd-text-input')).to.equal(CydTextInput);
    expect(customElements.get('cyd-radios')).to.equal(CydRadios);
    expect(customElements.get('cyd-button')).to.equal(CydButton);
  });

  it('types props from the props spec (compile-time checks)', () => {
    const wrong = [
      // @ts-expect-error label is text, not a number
      h(TextInput, { name: 'a', label: 42 }),
      // @ts-expect-error type is one of the spec's values
      h(TextInput, { name: 'a', type: 'colour' }),
      // @ts-expect-error validate is a method of the element, not a prop
      h(TextInput, { name: 'a', validate: () => true }),
      // @ts-expect-error the handler's event is CustomEvent<LanguageChangeDetail>, whose detail has no href
      h(LanguageToggle, { onCydLanguageChange: (event) => event.detail.href }),
    ];
    expect(wrong.length).to.equal(4);
  });
});

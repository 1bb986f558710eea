/**
 * The form core, across components: ids, form participation, validation
 * runs, late children, schemas that are not loaded, missing translations and
 * DOM clobbering. Each test names the defect it guards against.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../packages/components/src/all.js';
import { FormParticipation } from '../../packages/components/src/internal/form-participation.js';
import { warnAboutMissingTranslations } from '../../packages/components/src/internal/developer-errors.js';
import type { Validator } from '../../packages/components/src/internal/form-control.js';
import type { CydTextInput } from '../../packages/components/src/text-input/text-input.js';
import type { CydDateInput } from '../../packages/components/src/date-input/date-input.js';
import { settled, trySubmit } from '../support/helpers.js';

type AxNode = { name?: string; role?: string; children?: AxNode[] };

function duplicateIds(root: ParentNode = document): string[] {
  const seen = new Map<string, number>();
  for (const element of root.querySelectorAll('[id]')) seen.set(element.id, (seen.get(element.id) ?? 0) + 1);
  return [...seen].filter(([, count]) => count > 1).map(([id]) => id);
}

async function captureConsole(level: 'error' | 'warn', run: () => Promise<unknown>): Promise<string[]> {
  const messages: string[] = [];
  const original = console[level];
  console[level] = (...args: unknown[]) => messages.push(String(args[0]));
  try {
    await run();
  } finally {
    console[level] = original;
  }
  return messages;
}

describe('form core', () => {
  describe('an element id equal to its name (the label must still name the control)', () => {
    const controls = [
      ['text input', html`<cyd-text-input id="answer" name="answer" label="Answer"></cyd-text-input>`, 'textbox'],
      ['textarea', html`<cyd-textarea id="answer" name="answer" label="Answer"></cyd-textarea>`, 'textbox'],
      ['character count', html`<cyd-character-count id="answer" name="answer" label="Answer" maxlength="10"></cyd-character-count>`, 'textbox'],
      ['password input', html`<cyd-password-input id="answer" name="answer" label="Answer"></cyd-password-input>`, 'textbox'],
      ['select', html`<cyd-select id="answer" name="answer" label="Answer" options='[{"value":"a","label":"A"}]'></cyd-select>`, 'combobox'],
      ['file upload', html`<cyd-file-upload id="answer" name="answer" label="Answer"></cyd-file-upload>`, 'button'],
      ['radios', html`<cyd-radios id="answer" name="answer" label="Question" options='[{"value":"a","label":"Answer"}]'></cyd-radios>`, 'radio'],
      ['checkboxes', html`<cyd-checkboxes id="answer" name="answer" label="Question" options='[{"value":"a","label":"Answer"}]'></cyd-checkboxes>`, 'checkbox'],
    ] as const;
    for (const [what, template, role] of controls) {
      it(`${what}: no duplicate id, and the control is named by its label`, async () => {
        const form = await fixture<HTMLFormElement>(html`<form>${template}</form>`);
        await settled(form);
        expect(duplicateIds(form)).to.deep.equal([]);
        const snapshot = await a11ySnapshot({});
        const node = findAccessibilityNode<AxNode>(snapshot as never, (n) => n.role === role && n.name === 'Answer');
        expect(node, `a ${role} named "Answer"`).to.not.equal(null);
      });
    }

    it('a server-written summary link to the element id moves focus to its control', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <cyd-error-summary no-autofocus errors='[{"href":"#email","text":"Enter your email address"}]'></cyd-error-summary>
        <cyd-text-input id="email" name="email" label="Email" error="Enter your email address"></cyd-text-input></form>`);
      await settled(form);
      form.querySelector<HTMLAnchorElement>('.cyd-error-summary__link')!.click();
      expect(document.activeElement).to.equal(form.querySelector('input'));
      expect(form.querySelector('input')!.id).to.equal('email-control');
    });
  });

  describe('form participation', () => {
    it('a removed control keeps no listener on its form (reset does not reach it)', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <cyd-radios name="a" label="A" options='[{"value":"x","label":"X"}]'></cyd-radios></form>`);
      await settled(form);
      const radios = form.querySelector('cyd-radios')!;
      let updates = 0;
      const requestUpdate = radios.requestUpdate.bind(radios);
      radios.requestUpdate = (...args: Parameters<typeof requestUpdate>) => {
        updates++;
        requestUpdate(...args);
      };
      radios.remove();
      expect(FormParticipation.existing(form), 'the form has no participation left').to.equal(undefined);
      form.reset();
      await settled(document);
      await new Promise((r) => setTimeout(r, 0));
      expect(updates).to.equal(0);
    });

    it('a field named like a form method or property cannot turn validation off (DOM clobbering)', async () => {
      // The form's own querySelectorAll is shadowed here, so the test reads the page through the wrapper.
      const wrapper = await fixture<HTMLDivElement>(html`<div><form novalidate>
        <input name="querySelectorAll" value="x" /><input name="noValidate" value="x" /><input name="addEventListener" value="x" />
        <input name="hasAttribute" value="x" />
        <cyd-text-input name="email" label="Email" required></cyd-text-input>
        <button type="submit">Send</button></form></div>`);
      await settled(wrapper);
      let submitted = false;
      const onSubmit = (event: Event) => {
        event.preventDefault();
        submitted = true;
      };
      document.addEventListener('submit', onSubmit);
      try {
        wrapper.querySelector('button')!.click();
        await settled(wrapper);
      } finally {
        document.removeEventListener('submit', onSubmit);
      }
      expect(submitted, 'blocked').to.equal(false);
      expect(wrapper.querySelector('cyd-text-input')!.errorMessage).to.equal('Enter an answer');
    });

    it('validators run once per keystroke, only in the field typed in (20 fields and a summary)', async () => {
      let runs = 0;
      const counting: Validator = () => {
        runs++;
        return null;
      };
      const fields = Array.from({ length: 20 }, (_, i) => html`<cyd-text-input name=${`f${i}`} label=${`Field ${i}`} required></cyd-text-input>`);
      const form = await fixture<HTMLFormElement>(html`<form><cyd-error-summary></cyd-error-summary>${fields}<button>Send</button></form>`);
      await settled(form);
      for (const field of form.querySelectorAll('cyd-text-input')) field.validators = [counting];
      await trySubmit(form);
      expect(form.querySelectorAll('.cyd-error-summary__link').length).to.equal(20);
      form.querySelector<CydTextInput>('cyd-text-input')!.focus();
      runs = 0;
      await sendKeys({ type: 'a' });
      await settled(form);
      expect(runs, 'validator runs for one keystroke').to.equal(1);
      runs = 0;
      for (const field of form.querySelectorAll('cyd-text-input')) void field.errorMessage;
      void form.querySelector('cyd-error-summary')!.items;
      expect(runs, 'reading errors runs nothing').to.equal(0);
    });
  });

  it('a server error stays while the person only tabs through the field, and goes once they change it', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <cyd-text-input name="email" label="Email" value="nia@example.com" error="That email address is already registered"></cyd-text-input>
      <button>Send</button></form>`);
    await settled(form);
    const field = form.querySelector<CydTextInput>('cyd-text-input')!;
    field.focus();
    form.querySelector('button')!.focus();
    await settled(form);
    expect(field.errorMessage, 'tabbing through changes nothing').to.equal('That email address is already registered');
    field.focus();
    await sendKeys({ type: '.cymru' });
    form.querySelector('button')!.focus();
    await settled(form);
    expect(field.errorMessage, 'a changed answer that passes our checks').to.equal('');
  });

  it('a fixed answer’s error goes only after the press on Continue, so the page does not move under the pointer and the click sends the form', async () => {
    const form = await fixture<HTMLFormElement>(html`<form novalidate>
      <cyd-error-summary></cyd-error-summary>
      <cyd-text-input name="email" type="email" label="Email address" required></cyd-text-input>
      <button>Continue</button></form>`);
    await settled(form);
    const button = form.querySelector('button')!;
    let sent = 0;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      sent++;
    });
    trySubmit(form);
    await settled(form);
    const field = form.querySelector<CydTextInput>('cyd-text-input')!;
    expect(field.errorMessage).to.not.equal('');
    field.focus();
    await sendKeys({ type: 'nia@example.cymru' });
    const before = button.getBoundingClientRect();
    try {
      await sendMouse({ type: 'move', position: [Math.round(before.x + 10), Math.round(before.y + before.height / 2)] });
      await sendMouse({ type: 'down' });
      await settled(form);
      expect(field.errorMessage, 'still shown while the button is pressed').to.not.equal('');
      expect(button.getBoundingClientRect().y, 'the button has not moved').to.equal(before.y);
      await sendMouse({ type: 'up' });
    } finally {
      await resetMouse();
    }
    expect(sent, 'the one click sent the form').to.equal(1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await settled(form);
    expect(field.errorMessage, 'gone once the press is over').to.equal('');
  });

  it('a number or true/false property given an object renders with its default and says what it takes', async () => {
    const messages = await captureConsole('error', async () => {
      const field = await fixture<CydTextInput>(html`<cyd-text-input name="code" label="Code"></cyd-text-input>`);
      // Wrong types, as plain JavaScript (or a framework) can set them.
      Reflect.set(field, 'maxlength', Object.create(null));
      Reflect.set(field, 'required', { _$litDirective$: class {} });
      await settled(field);
      const input = field.querySelector('input')!;
      expect(input.hasAttribute('maxlength'), 'no maxlength from an object').to.equal(false);
      expect(input.required, 'the default, not required').to.equal(false);
    });
    expect(
      messages.some((m) => m.includes('maxlength is an object, not a number, so the default was used')),
      messages.join('\n'),
    ).to.equal(true);
    expect(
      messages.some((m) => m.includes('required is an object, not true or false')),
      messages.join('\n'),
    ).to.equal(true);
  });

  it('two fields with one id are reported, naming the id and the fix', async () => {
    const messages = await captureConsole('error', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <cyd-text-input name="email" label="Email"></cyd-text-input>
        <cyd-text-input name="email" label="Email again"></cyd-text-input>
        <cyd-text-input name="phone" label="Phone"></cyd-text-input></form>`);
      await settled(form);
    });
    const shared = messages.filter((m) => m.includes('is already on the page'));
    expect(shared, messages.join('\n')).to.have.length(1);
    expect(shared[0]).to.include('<cyd-text-input name="email">: id "email" is already on the page');
    expect(shared[0]).to.include('Give each field its own name');
  });

  describe('children a framework adds after the element has rendered', () => {
    it('go into a fieldset’s content, not beside it', async () => {
      const fieldset = await fixture<HTMLElement>(html`<cyd-fieldset legend="Address"></cyd-fieldset>`);
      await settled(fieldset);
      const input = document.createElement('cyd-text-input');
      input.setAttribute('name', 'town');
      input.setAttribute('label', 'Town');
      fieldset.append(input);
      await settled(fieldset);
      await new Promise((r) => setTimeout(r, 0));
      expect(input.parentElement!.hasAttribute('data-cyd-content'), 'inside the content container').to.equal(true);
      expect(fieldset.querySelector('fieldset')!.contains(input)).to.equal(true);
    });

    it('go under their option in radios, even for an option with no content yet', async () => {
      const radios = await fixture<HTMLElement>(
        html`<form><cyd-radios name="contact" label="How?" options='[{"value":"email","label":"Email"},{"value":"phone","label":"Phone"}]'></cyd-radios></form>`,
      );
      await settled(radios);
      const element = radios.querySelector('cyd-radios')!;
      const reveal = document.createElement('div');
      reveal.setAttribute('data-reveal-for', 'email');
      reveal.textContent = 'Your email address';
      element.append(reveal);
      await new Promise((r) => setTimeout(r, 0));
      await settled(radios);
      expect(reveal.closest('[data-cyd-content="email"]'), 'in the email option’s conditional container').to.not.equal(null);
    });
  });

  describe('data-schema', () => {
    it('a UK phone number is never accepted unchecked when the phone schema is not loaded', async () => {
      const errors = await captureConsole('error', async () => {
        const form = await fixture<HTMLFormElement>(
          html`<form><cyd-text-input name="phone" label="Phone" data-schema="ukPhoneNumber"></cyd-text-input><button>Send</button></form>`,
        );
        await settled(form);
        const field = form.querySelector('cyd-text-input')!;
        field.value = '12';
        expect(await trySubmit(form), '"12" is refused').to.equal(null);
        field.value = '029 2087 1234';
        expect(await trySubmit(form), 'a number in the right shape passes').to.not.equal(null);
      });
      expect(errors.some((e) => e.includes("'@cydran/components/schema-phone'"))).to.equal(true);
    });

    it('an unknown schema name refuses the answer and names the known ones', async () => {
      const errors = await captureConsole('error', async () => {
        const form = await fixture<HTMLFormElement>(
          html`<form><cyd-text-input name="n" label="NHS number" data-schema="nhsNumbr"></cyd-text-input><button>Send</button></form>`,
        );
        await settled(form);
        form.querySelector('cyd-text-input')!.value = '943 476 5919';
        expect(await trySubmit(form)).to.equal(null);
      });
      expect(errors.some((e) => e.includes('data-schema="nhsNumbr" is not a known schema') && e.includes('nhsNumber'))).to.equal(true);
    });
  });

  describe('text in the other language', () => {
    afterEach(() => warnAboutMissingTranslations(true));

    it('is marked with its own lang, and the developer is told which attribute is missing, once', async () => {
      const warnings = await captureConsole('warn', async () => {
        const page = await fixture<HTMLElement>(
          html`<div lang="cy"><cyd-text-input name="email" label="Email address" hint="We will not share it" hint-cy="Ni fyddwn yn ei rannu"></cyd-text-input></div>`,
        );
        await settled(page);
        const label = page.querySelector('label')!;
        expect(label.querySelector('span[lang="en"]')?.textContent).to.equal('Email address');
        expect(page.querySelector('.cyd-hint [lang]'), 'the Welsh hint needs no lang of its own').to.equal(null);
        page.querySelector<CydTextInput>('cyd-text-input')!.requestUpdate();
        await settled(page);
      });
      const missing = warnings.filter((w) => w.includes('label-cy missing on <cyd-text-input name="email">'));
      expect(missing.length).to.equal(1);
      expect(warnings.some((w) => w.includes('hint-cy'))).to.equal(false);
    });

    it('a service in one language by decision can turn the warning off', async () => {
      warnAboutMissingTranslations(false);
      const warnings = await captureConsole('warn', async () => {
        const page = await fixture<HTMLElement>(html`<div lang="cy"><cyd-text-input name="email" label="Email address"></cyd-text-input></div>`);
        await settled(page);
      });
      expect(warnings.filter((w) => w.includes('missing on'))).to.deep.equal([]);
    });

    it('a server error in the page’s language is not taken for English', async () => {
      const warnings = await captureConsole('warn', async () => {
        const page = await fixture<HTMLElement>(
          html`<div lang="cy"><cyd-text-input name="e" label-cy="E-bost" label="Email" error="Rhowch eich cyfeiriad e-bost"></cyd-text-input></div>`,
        );
        await settled(page);
        expect(page.querySelector('.cyd-error-message [lang]')).to.equal(null);
      });
      expect(warnings.filter((w) => w.includes('missing on'))).to.deep.equal([]);
    });
  });

  describe('text input attributes a field needs', () => {
    it('passes autocapitalize, enterkeyhint, list, dirname and readonly to the input, and checks lengths in our words', async () => {
      const form = await fixture<HTMLFormElement>(html`<form lang="cy">
        <datalist id="towns"><option value="Caerdydd"></option></datalist>
        <cyd-text-input name="code" label="Code" label-cy="Cod" autocapitalize="none" enterkeyhint="next" list="towns" dirname="code.dir" minlength="3" maxlength="5"></cyd-text-input>
        <cyd-text-input name="ref" label="Reference" label-cy="Cyfeirnod" readonly value="AB12"></cyd-text-input>
        <button>Anfon</button></form>`);
      await settled(form);
      const [code, ref] = [...form.querySelectorAll('input')];
      expect(code!.getAttribute('autocapitalize')).to.equal('none');
      expect(code!.getAttribute('enterkeyhint')).to.equal('next');
      expect(code!.getAttribute('list')).to.equal('towns');
      expect(code!.getAttribute('dirname')).to.equal('code.dir');
      expect(code!.hasAttribute('maxlength'), 'no native maxlength to cut off what is typed').to.equal(false);
      expect(ref!.readOnly).to.equal(true);
      const field = form.querySelector<CydTextInput>('cyd-text-input')!;
      field.value = 'abcdefg';
      expect(await trySubmit(form)).to.equal(null);
      expect(field.errorMessage).to.equal('Rhaid i’r ateb fod yn 5 nod neu lai');
      field.value = 'ab';
      expect(await trySubmit(form)).to.equal(null);
      expect(field.errorMessage).to.equal('Rhaid i’r ateb fod yn 3 nod neu fwy');
      field.value = 'abcd';
      const data = await trySubmit(form);
      expect(data?.get('code.dir')).to.equal('ltr');
      expect(data?.get('ref'), 'readonly still submits').to.equal('AB12');
    });
  });

  describe('date input parts', () => {
    it('month and year: two boxes, an ISO month, and a month that does not exist is refused', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><cyd-date-input name="expiry" iso-name="expiry-iso" label="Expiry date" parts="month year"></cyd-date-input><button>Send</button></form>`,
      );
      await settled(form);
      const date = form.querySelector<CydDateInput>('cyd-date-input')!;
      expect([...date.querySelectorAll('input')].map((i) => i.name)).to.deep.equal(['expiry-month', 'expiry-year']);
      const [month, year] = date.controls;
      month!.value = '13';
      year!.value = '2027';
      month!.dispatchEvent(new Event('input', { bubbles: true }));
      expect(await trySubmit(form)).to.equal(null);
      expect(date.errorMessage).to.not.equal('');
      month!.value = '09';
      month!.dispatchEvent(new Event('input', { bubbles: true }));
      const data = await trySubmit(form);
      expect(data?.get('expiry-iso')).to.equal('2027-09');
    });

    it('day and month: 29 February is a birthday', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><cyd-date-input name="birthday" label="Birthday" parts="day month"></cyd-date-input></form>`);
      await settled(form);
      const date = form.querySelector<CydDateInput>('cyd-date-input')!;
      expect(date.controls.length).to.equal(2);
      date.value = '--02-29';
      expect(date.value).to.equal('--02-29');
      expect(date.checkValidity()).to.equal(true);
    });

    it('shows a short-form value attribute in its boxes', async () => {
      const expiry = await fixture<CydDateInput>(html`<cyd-date-input name="e" label="Expiry" parts="month year" value="2027-09"></cyd-date-input>`);
      const birthday = await fixture<CydDateInput>(html`<cyd-date-input name="b" label="Birthday" parts="day month" value="--02-29"></cyd-date-input>`);
      await settled(expiry);
      await settled(birthday);
      expect(expiry.controls.map((c) => c.value)).to.deep.equal(['9', '2027']);
      expect(birthday.controls.map((c) => c.value)).to.deep.equal(['29', '2']);
      expect(birthday.value).to.equal('--02-29');
    });

    it('reports parts that cannot make a date', async () => {
      const errors = await captureConsole('error', async () => {
        await fixture(html`<cyd-date-input name="d" label="Date" parts="year"></cyd-date-input>`);
        await fixture(html`<cyd-date-input name="b" label="Birthday" parts="day month" past></cyd-date-input>`);
      });
      expect(errors.some((e) => e.includes('parts="year" is not a set of boxes'))).to.equal(true);
      expect(errors.some((e) => e.includes('has no year, so past'))).to.equal(true);
    });
  });
});

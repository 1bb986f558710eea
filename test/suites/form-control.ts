/**
 * The shared suite every form control runs, inside a native <form>: what a
 * native control does (FormData, reset, disabled fieldset), required and
 * invalid states with our messages in both languages, a live language switch
 * that keeps the answer, the accessible name and description, axe in both
 * languages, and upgrade of server-rendered markup without losing input.
 */
import { expect, fixture } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { a11ySnapshot, findAccessibilityNode } from '@web/test-runner-commands';
import { settled, switchLanguage, trySubmit } from '../support/helpers.js';

export interface ControlHandle extends HTMLElement {
  value: string;
  errorMessage: string;
  validate(): boolean;
  readonly controls: (HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement)[];
}

export interface FormControlSuiteOptions {
  tag: string;
  /**
   * Renders the control with the given common attributes plus whatever the
   * control needs (options for radios…). Must pass `name`, `label`,
   * `label-cy`, `hint`, `hint-cy`, `required` and `value` (when given) through.
   */
  render?(attrs: CommonAttributes): TemplateResult;
  /** Gives the control an answer as a person would (typing, ticking, choosing). */
  answer(element: ControlHandle, value: string): Promise<void>;
  /** A valid answer, and what FormData then holds for `name`, files by their name (default: the answer). */
  validAnswer: string;
  posted?: string[];
  /** Our message for an empty required control, per language. */
  requiredMessage: { en: string; cy: string };
}

export interface CommonAttributes {
  name: string;
  label: string;
  labelCy: string;
  hint: string;
  hintCy: string;
  required: boolean;
  value?: string | undefined;
  disabled?: boolean;
}

const base: CommonAttributes = {
  name: 'answer',
  label: 'Your answer',
  labelCy: 'Eich ateb',
  hint: 'Give the answer in full',
  hintCy: 'Rhowch yr ateb yn llawn',
  required: false,
};

/** FormData entries as text: a file by its name (an empty file input posts a nameless file). */
function answersIn(data: FormData, name = 'answer'): string[] {
  return data.getAll(name).map((entry) => (typeof entry === 'string' ? entry : entry.name));
}

/**
 * Cloning copies what was typed and ticked, but not an option chosen in a
 * <select> nor the files in a file input. A real server render keeps both
 * until the upgrade, so the clone is given them too.
 */
function copyChoicesAndFiles(from: Element, to: Element): void {
  const fromSelects = from.querySelectorAll('select');
  to.querySelectorAll('select').forEach((select, i) => {
    const original = fromSelects[i];
    if (original) [...select.options].forEach((option, j) => (option.selected = original.options[j]?.selected ?? false));
  });
  const fromFiles = from.querySelectorAll<HTMLInputElement>('input[type=file]');
  to.querySelectorAll<HTMLInputElement>('input[type=file]').forEach((input, i) => {
    const files = fromFiles[i]?.files;
    if (files && files.length > 0) input.files = files;
  });
}

/** The control with just the common attributes: enough for controls that need nothing else. */
function renderCommon(tag: string, a: CommonAttributes): TemplateResult {
  const name = unsafeStatic(tag);
  return staticHtml`<${name} name=${a.name} label=${a.label} label-cy=${a.labelCy} hint=${a.hint} hint-cy=${a.hintCy}
    ?required=${a.required} ?disabled=${a.disabled ?? false}></${name}>`;
}

export function formControlSuite(suiteOptions: FormControlSuiteOptions): void {
  const options = { ...suiteOptions, render: suiteOptions.render ?? ((a: CommonAttributes) => renderCommon(suiteOptions.tag, a)) };
  const posted = options.posted ?? [options.validAnswer];

  async function inForm(attrs: Partial<CommonAttributes> = {}, lang = 'en', wrap?: (c: TemplateResult) => TemplateResult) {
    const control = options.render({ ...base, ...attrs });
    const form = await fixture<HTMLFormElement>(
      html`<form lang=${lang} action="#" method="post">${wrap ? wrap(control) : control}<button type="submit">Submit</button></form>`,
    );
    await settled(form);
    const element = form.querySelector(options.tag) as ControlHandle;
    return { form, element };
  }

  describe(`${options.tag}: shared form-control suite`, () => {
    it('submits its answer with the form (FormData)', async () => {
      const { form, element } = await inForm();
      await options.answer(element, options.validAnswer);
      const data = await trySubmit(form);
      expect(data, 'a valid form submits').to.not.equal(null);
      expect(answersIn(data!)).to.deep.equal(posted);
    });

    it('renders native controls in the light DOM, owned by the form', async () => {
      const { form, element } = await inForm();
      expect(element.shadowRoot).to.equal(null);
      expect(element.controls.length).to.be.greaterThan(0);
      for (const control of element.controls) expect(control.form).to.equal(form);
    });

    it('returns to its default on form reset and clears errors', async () => {
      const { form, element } = await inForm({ required: true });
      await trySubmit(form);
      expect(element.errorMessage).to.not.equal('');
      await options.answer(element, options.validAnswer);
      form.reset();
      await new Promise((r) => setTimeout(r, 10));
      await settled(form);
      expect(answersIn(new FormData(form)).filter((v) => v !== '')).to.deep.equal([]);
      expect(element.errorMessage).to.equal('');
      expect(element.querySelector('.cyd-error-message')).to.equal(null);
    });

    it('is disabled inside a disabled fieldset and submits nothing', async () => {
      const { form, element } = await inForm({}, 'en', (c) => html`<fieldset disabled>${c}</fieldset>`);
      for (const control of element.controls) expect(control.matches(':disabled')).to.equal(true);
      expect(new FormData(form).has('answer')).to.equal(false);
    });

    it('is disabled by its own disabled attribute', async () => {
      const { form, element } = await inForm({ disabled: true });
      for (const control of element.controls) expect(control.disabled).to.equal(true);
      expect(new FormData(form).has('answer')).to.equal(false);
    });

    it('blocks submission when required and empty, with our message (en)', async () => {
      const { form, element } = await inForm({ required: true });
      expect(await trySubmit(form), 'blocked').to.equal(null);
      expect(element.errorMessage).to.equal(options.requiredMessage.en);
      const message = element.querySelector('.cyd-error-message')!;
      expect(message.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Error: ${options.requiredMessage.en}`);
      const invalid = element.querySelector('[aria-invalid="true"]');
      expect(invalid, 'aria-invalid on the control or group').to.not.equal(null);
      const describedBy = element.querySelector('[aria-describedby]')!.getAttribute('aria-describedby')!;
      expect(describedBy.split(' ')).to.include(message.id);
    });

    it('checks on submit in a novalidate form, as servers that validate use', async () => {
      const { form, element } = await inForm({ required: true });
      form.noValidate = true;
      let pageHandlerRan = false;
      form.addEventListener('submit', () => (pageHandlerRan = true));
      expect(await trySubmit(form), 'blocked').to.equal(null);
      expect(pageHandlerRan, 'the page never sees an invalid submission').to.equal(false);
      expect(element.errorMessage).to.equal(options.requiredMessage.en);
      const skip = document.createElement('button');
      skip.formNoValidate = true;
      form.append(skip);
      expect(await trySubmit(form, skip), 'formnovalidate skips the checks').to.not.equal(null);
    });

    it('gives the required message in Welsh, with no English', async () => {
      const { form, element } = await inForm({ required: true }, 'cy');
      expect(await trySubmit(form)).to.equal(null);
      const message = element.querySelector('.cyd-error-message')!.textContent!.replace(/\s+/g, ' ').trim();
      expect(message).to.equal(`Gwall: ${options.requiredMessage.cy}`);
      expect(element.textContent).to.not.match(/\b(Error|Enter|Select|Your answer)\b/);
    });

    it('clears the error once the answer is fixed and the person moves on', async () => {
      const { form, element } = await inForm({ required: true });
      await trySubmit(form);
      expect(element.errorMessage).to.not.equal('');
      await options.answer(element, options.validAnswer);
      form.querySelector<HTMLButtonElement>('button[type=submit]')!.focus();
      await settled(form);
      expect(element.errorMessage).to.equal('');
      expect(element.querySelector('.cyd-error-message')).to.equal(null);
      expect(await trySubmit(form)).to.not.equal(null);
    });

    it('switches language live and keeps the answer', async () => {
      const { form, element } = await inForm({ required: true });
      await options.answer(element, options.validAnswer);
      expect(element.textContent).to.contain('Your answer');
      await switchLanguage(form, 'cy');
      expect(element.textContent).to.contain('Eich ateb');
      expect(element.textContent).to.contain('Rhowch yr ateb yn llawn');
      expect(element.textContent).to.not.contain('Your answer');
      const data = await trySubmit(form);
      expect(answersIn(data!)).to.deep.equal(posted);
    });

    it('has its label as accessible name and its hint as description', async () => {
      const { element } = await inForm();
      const first = element.controls[0]!;
      const snapshot = await a11ySnapshot({});
      const node = findAccessibilityNode<{ name: string; description?: string }>(snapshot as never, (n) => n.name?.startsWith('Your answer') || n.name === 'Your answer');
      expect(node, 'a node named by the label (or the group legend)').to.not.equal(null);
      const described = (first.getAttribute('aria-describedby') ?? first.closest('fieldset')?.getAttribute('aria-describedby') ?? '').split(' ');
      const hint = element.querySelector('.cyd-hint')!;
      expect(described).to.include(hint.id);
    });

    it('is accessible (axe) in English and Welsh, with and without an error', async () => {
      const { form, element } = await inForm({ required: true });
      for (const lang of ['en', 'cy'] as const) {
        await switchLanguage(form, lang);
        await expect(element).to.be.accessible();
      }
      await trySubmit(form);
      for (const lang of ['en', 'cy'] as const) {
        await switchLanguage(form, lang);
        await expect(element).to.be.accessible();
      }
    });

    it('upgrades server-rendered markup without losing what was typed', async () => {
      const { form, element } = await inForm();
      await options.answer(element, options.validAnswer);
      const before = answersIn(new FormData(form));
      // A clone is what a server render looks like to the browser: the host
      // tag with rendered light-DOM markup inside, and the person's input in
      // its native controls (cloning copies their current values). Inserting
      // it upgrades a fresh element over that markup.
      const serverLike = element.cloneNode(true) as ControlHandle;
      copyChoicesAndFiles(element, serverLike);
      element.replaceWith(serverLike);
      await settled(form);
      expect(serverLike.controls.length, 're-rendered its own controls').to.be.greaterThan(0);
      expect(answersIn(new FormData(form))).to.deep.equal(before);
      expect(serverLike.querySelectorAll('[data-cyd-root]').length, 'no duplicate render').to.equal(1);
    });
  });
}

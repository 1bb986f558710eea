/**
 * The shared suite every form control runs, inside a native <form>, twice:
 * client-rendered (the page's HTML has only the tag), and server-rendered
 * then upgraded (the page's HTML comes from the real server renderer, and
 * the element upgrades over that markup). Each test states one behaviour:
 * what a native control does (FormData, reset to the default, disabled
 * fieldset), the native validation API on the element, required and invalid
 * states with our messages and the author's in both languages, when errors
 * show (the GOV.UK way), ids and the error summary's links, focus, a live
 * language switch that keeps the answer, the control's own accessible name
 * and description, axe in both languages, and upgrade without losing input.
 */
import { expect, fixture } from '@open-wc/testing';
import { executeServerCommand, findAccessibilityNode } from '@web/test-runner-commands';
import '../../packages/components/src/error-summary/define.js';
import { elementMarkup, type MarkupAttributes, serverRender, settled, switchLanguage, trySubmit } from '../support/helpers.js';

export interface ControlHandle extends HTMLElement {
  value: string;
  errorMessage: string;
  validate(): boolean;
  readonly controls: (HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement)[];
  readonly fieldId: string;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  readonly willValidate: boolean;
  readonly form: HTMLFormElement | null;
  checkValidity(): boolean;
  reportValidity(): boolean;
  setCustomValidity(message: string): void;
}

/** A behaviour a control does not have, with the reason, so the suite says why it skips it. */
export interface NotApplicable {
  notApplicable: string;
}

export interface FormControlSuiteOptions {
  tag: string;
  /**
   * The control as plain HTML, given the common attributes: build it with
   * `controlMarkup(tag, attrs, extra, content)` so every common attribute
   * passes through. Default: the tag with the common attributes only.
   */
  markup?(attrs: CommonAttributes): string;
  /** Gives the control an answer as a person would (typing, ticking, choosing). */
  answer(element: ControlHandle, value: string): Promise<void>;
  /** A valid answer, and what FormData then holds for `name`, files by their name (default: the answer). */
  validAnswer: string;
  posted?: string[];
  /** Our message for an empty required control, per language. */
  requiredMessage: { en: string; cy: string };
  /** The role of the control's own node in the accessibility tree (`textbox`, `combobox`, `group`…). */
  role: string;
  /**
   * The `value` attribute form reset returns to (different from `validAnswer`),
   * and what FormData then holds; or why the control has no default.
   */
  defaultAnswer: { value: string; posted?: string[] } | NotApplicable;
  /** What the `value` setter is given, and what FormData then holds (default: `validAnswer`); or why it has none. */
  scriptedAnswer?: { value: string; posted?: string[] } | NotApplicable;
  /**
   * Whether `answer` leaves focus in the field (typing): then a shown error
   * stays until the person leaves the field. Choosing (a click, a select's
   * change) is a finished answer and clears it at once.
   */
  answerKeepsFocus: boolean;
  /** The id the first native control gets for a given control id (default: that id; a date's first box adds `-day`). */
  firstControlId?(controlId: string): string;
  /** Text the control adds to its description after the hint (a character count's limit, a file input's status), per language. */
  describedAlsoBy?: { en: string; cy: string };
  /** A `data-schema` this control checks with (text input): a wrong answer and its message. */
  dataSchema?: { schema: string; wrongAnswer: string; message: { en: string; cy: string }; rightAnswer: string };
}

export interface CommonAttributes {
  name: string;
  label: string;
  labelCy: string;
  hint: string;
  hintCy: string;
  required: boolean;
  disabled?: boolean;
  /** The default answer (`value` attribute). */
  value?: string | undefined;
  id?: string | undefined;
  controlId?: string | undefined;
  requiredMessage?: string | undefined;
  requiredMessageCy?: string | undefined;
  /** The `messages` attribute: per-reason overrides. */
  messages?: Record<string, { en: string; cy: string }> | undefined;
  /** A server's error message (`error` / `error-cy`). */
  error?: string | undefined;
  errorCy?: string | undefined;
  dataSchema?: string | undefined;
}

const base: CommonAttributes = {
  name: 'answer',
  label: 'Your answer',
  labelCy: 'Eich ateb',
  hint: 'Give the answer in full',
  hintCy: 'Rhowch yr ateb yn llawn',
  required: false,
};

/** The common attributes as HTML attributes. */
export function commonAttributes(a: CommonAttributes): MarkupAttributes {
  return {
    id: a.id,
    name: a.name,
    label: a.label,
    'label-cy': a.labelCy,
    hint: a.hint,
    'hint-cy': a.hintCy,
    required: a.required,
    disabled: a.disabled ?? false,
    value: a.value,
    'control-id': a.controlId,
    'required-message': a.requiredMessage,
    'required-message-cy': a.requiredMessageCy,
    messages: a.messages && JSON.stringify(a.messages),
    error: a.error,
    'error-cy': a.errorCy,
    'data-schema': a.dataSchema,
  };
}

/** The control's HTML: the common attributes, then the control's own (`extra`), then its content (a select's options). */
export function controlMarkup(tag: string, a: CommonAttributes, extra: MarkupAttributes = {}, content = ''): string {
  return elementMarkup(tag, { ...commonAttributes(a), ...extra }, content);
}

/** FormData entries as text: a file by its name (an empty file input posts a nameless file). */
function answersIn(data: FormData, name = 'answer'): string[] {
  return data.getAll(name).map((entry) => (typeof entry === 'string' ? entry : entry.name));
}

/** Visible text, with runs of white space as one space. */
function textOf(node: Element | null): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
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

function isNotApplicable<T extends object>(value: T | NotApplicable): value is NotApplicable {
  return 'notApplicable' in value;
}

interface AccessibilityNode {
  role?: string;
  name?: string;
  description?: string;
  children?: AccessibilityNode[];
}

type Rendering = 'client-rendered' | 'server-rendered, then upgraded';

let uniqueLabels = 0;

/**
 * Names a node for an assertion. Assertions compare these, never the nodes:
 * a failed assertion that carries DOM nodes cannot be sent back to the test
 * runner, and the whole file then stops reporting.
 */
function describeNode(node: Element | EventTarget | null | undefined): string {
  if (!(node instanceof Element)) return String(node);
  return `<${node.localName}${node.id ? ` id="${node.id}"` : ''}>`;
}

/** Every id in the document that more than one element has. */
function duplicateIds(): string[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const element of document.querySelectorAll('[id]')) {
    if (seen.has(element.id)) duplicates.add(element.id);
    seen.add(element.id);
  }
  return [...duplicates];
}

export function formControlSuite(suiteOptions: FormControlSuiteOptions): void {
  for (const rendering of ['client-rendered', 'server-rendered, then upgraded'] as const) {
    describe(`${suiteOptions.tag}: shared form-control suite (${rendering})`, () => formControlTests(suiteOptions, rendering));
  }
}

function formControlTests(options: FormControlSuiteOptions, rendering: Rendering): void {
  const markup = options.markup ?? ((a: CommonAttributes) => controlMarkup(options.tag, a));
  const posted = options.posted ?? [options.validAnswer];
  const firstControlId = options.firstControlId ?? ((id: string) => id);

  /**
   * The control in a form, rendered as the suite's `rendering` says. A
   * server render must raise no developer problem (the fixture is correct)
   * and, once upgraded, must not be rendered twice.
   */
  async function inForm(attrs: Partial<CommonAttributes> = {}, lang: 'en' | 'cy' = 'en', around: (control: string) => string = (c) => c) {
    const control = markup({ ...base, ...attrs });
    const page = `<form lang="${lang}" action="#" method="post">${around(control)}<button type="submit">Submit</button></form>`;
    let pageHtml = page;
    if (rendering === 'server-rendered, then upgraded') {
      const rendered = await serverRender(page, lang);
      expect(rendered.problems, 'the server renderer reports no problem with the fixture').to.deep.equal([]);
      pageHtml = rendered.html;
    }
    const form = await fixture<HTMLFormElement>(pageHtml);
    await settled(form);
    const element = form.querySelector<ControlHandle>(options.tag)!;
    expect(element.querySelectorAll(':scope > [data-cyd-root]').length, 'rendered once').to.equal(1);
    return { form, element };
  }

  /** The control's own node in the accessibility tree: its role, named exactly `name`. */
  async function accessibilityNodeNamed(name: string): Promise<AccessibilityNode | null> {
    const tree = await executeServerCommand<AccessibilityNode, undefined>('cydran-accessibility-tree');
    return findAccessibilityNode<AccessibilityNode>(tree as never, (node) => node.role === options.role && node.name === name);
  }

  /** The error shown inside the element, as read (prefix and message). */
  const shownErrorText = (element: ControlHandle) => textOf(element.querySelector('.cyd-error-message'));

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

  it('empties on form reset when it has no default, and clears errors', async () => {
    const { form, element } = await inForm({ required: true });
    await trySubmit(form);
    expect(element.errorMessage).to.not.equal('');
    await options.answer(element, options.validAnswer);
    form.reset();
    // The form restores values after its reset event; controls follow a task later.
    await settled(form);
    expect(answersIn(new FormData(form)).filter((v) => v !== '')).to.deep.equal([]);
    expect(element.errorMessage).to.equal('');
    expect(element.querySelector('.cyd-error-message')).to.equal(null);
  });

  const defaultAnswer = options.defaultAnswer;
  if (isNotApplicable(defaultAnswer)) {
    it.skip(`returns to its default on form reset: not applicable (${defaultAnswer.notApplicable})`, () => {});
  } else {
    it('returns to its default (the value attribute) on form reset, with no error', async () => {
      const defaultPosted = defaultAnswer.posted ?? [defaultAnswer.value];
      const { form, element } = await inForm({ required: true, value: defaultAnswer.value });
      expect(answersIn(new FormData(form)), 'the default is the first answer').to.deep.equal(defaultPosted);
      await options.answer(element, options.validAnswer);
      expect(answersIn(new FormData(form)), 'the person changed the answer').to.not.deep.equal(defaultPosted);
      form.reset();
      await settled(form);
      expect(answersIn(new FormData(form))).to.deep.equal(defaultPosted);
      expect(element.errorMessage).to.equal('');
      expect(element.querySelector('.cyd-error-message')).to.equal(null);
      expect(await trySubmit(form), 'the default is a valid answer').to.not.equal(null);
    });
  }

  const scripted = options.scriptedAnswer ?? { value: options.validAnswer, posted };
  if (isNotApplicable(scripted)) {
    it.skip(`changes what the form posts when a script sets value: not applicable (${scripted.notApplicable})`, () => {});
  } else {
    it('changes what the form posts when a script sets value, and clears an error it fixes', async () => {
      const { form, element } = await inForm({ required: true });
      await trySubmit(form);
      expect(element.errorMessage).to.equal(options.requiredMessage.en);
      element.value = scripted.value;
      await settled(form);
      expect(element.value).to.equal(scripted.value);
      expect(answersIn(new FormData(form))).to.deep.equal(scripted.posted ?? [scripted.value]);
      expect(element.errorMessage, 'a script that fixes the answer clears its error').to.equal('');
      element.value = '';
      await settled(form);
      expect(answersIn(new FormData(form)).filter((v) => v !== '')).to.deep.equal([]);
    });
  }

  it('is disabled inside a disabled fieldset and submits nothing', async () => {
    const { form, element } = await inForm({}, 'en', (c) => `<fieldset disabled>${c}</fieldset>`);
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
    expect(textOf(message)).to.equal(`Error: ${options.requiredMessage.en}`);
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
    expect(shownErrorText(element)).to.equal(`Gwall: ${options.requiredMessage.cy}`);
    expect(element.textContent).to.not.match(/\b(Error|Enter|Select|Your answer)\b/);
  });

  it('shows the error on validate() when required and empty, and returns true once answered', async () => {
    const { form, element } = await inForm({ required: true });
    expect(element.validate(), 'empty and required').to.equal(false);
    await settled(form);
    expect(shownErrorText(element)).to.equal(`Error: ${options.requiredMessage.en}`);
    await options.answer(element, options.validAnswer);
    expect(element.validate(), 'answered').to.equal(true);
    await settled(form);
    expect(element.querySelector('.cyd-error-message')).to.equal(null);
  });

  it('puts focus() on the wrong control after a failed submit', async () => {
    const { form, element } = await inForm({ required: true });
    await trySubmit(form);
    const submit = form.querySelector<HTMLButtonElement>('button[type=submit]')!;
    submit.focus();
    element.focus();
    const focused = document.activeElement;
    expect(element.controls.map(describeNode), 'focus is on one of its own native controls').to.include(describeNode(focused));
    const markedWrong = focused!.matches('[aria-invalid="true"]') || focused!.closest('fieldset')?.getAttribute('aria-invalid') === 'true';
    expect(markedWrong, 'the focused control is the one marked wrong').to.equal(true);
    const describedBy = [focused!, focused!.closest('fieldset')].flatMap((node) => (node?.getAttribute('aria-describedby') ?? '').split(' '));
    expect(describedBy, 'and the error describes it (or its group)').to.include(element.querySelector('.cyd-error-message')!.id);
  });

  it('uses required-message and required-message-cy instead of our words, in both languages', async () => {
    const { form, element } = await inForm({
      required: true,
      requiredMessage: 'Enter your answer to the question',
      requiredMessageCy: 'Rhowch eich ateb i’r cwestiwn',
    });
    expect(await trySubmit(form)).to.equal(null);
    expect(shownErrorText(element)).to.equal('Error: Enter your answer to the question');
    expect(element.validationMessage).to.equal('Enter your answer to the question');
    await switchLanguage(form, 'cy');
    expect(shownErrorText(element)).to.equal('Gwall: Rhowch eich ateb i’r cwestiwn');
    expect(element.validationMessage).to.equal('Rhowch eich ateb i’r cwestiwn');
  });

  it('uses messages=\'{"valueMissing":…}\' instead of our words, in both languages', async () => {
    const { form, element } = await inForm({
      required: true,
      messages: { valueMissing: { en: 'Tell us your answer', cy: 'Dywedwch wrthym beth yw eich ateb' } },
    });
    expect(await trySubmit(form)).to.equal(null);
    expect(shownErrorText(element)).to.equal('Error: Tell us your answer');
    await switchLanguage(form, 'cy');
    expect(shownErrorText(element)).to.equal('Gwall: Dywedwch wrthym beth yw eich ateb');
  });

  it('gives its native control the id from control-id, and the label’s for', async () => {
    const { element } = await inForm({ controlId: 'question-7' });
    const first = element.controls[0]!;
    expect(element.fieldId).to.equal('question-7');
    expect(first.id).to.equal(firstControlId('question-7'));
    const labels = [...(('labels' in first && first.labels) || [])];
    expect(labels.length, 'a label whose for is the control id').to.be.greaterThan(0);
    for (const label of labels) expect(label.getAttribute('for')).to.equal(first.id);
    expect(document.querySelectorAll(`[id="${first.id}"]`).length).to.equal(1);
  });

  it('keeps ids unique when its own id equals its name, and the label still names the control', async () => {
    const label = `Answer ${++uniqueLabels} in full`;
    const { element } = await inForm({ id: 'answer', label });
    expect(element.id).to.equal('answer');
    expect(duplicateIds(), 'no id twice in the document').to.deep.equal([]);
    expect(element.controls.map((control) => control.id)).to.not.include('answer');
    const node = await accessibilityNodeNamed(label);
    expect(node, `a ${options.role} named "${label}"`).to.not.equal(null);
  });

  it('links its error in the form’s error summary to the control, and the link focuses it', async () => {
    const { form, element } = await inForm({ required: true }, 'en', (c) => `<cyd-error-summary></cyd-error-summary>${c}`);
    expect(await trySubmit(form)).to.equal(null);
    const link = form.querySelector<HTMLAnchorElement>('cyd-error-summary a[href^="#"]')!;
    expect(link, 'a link in the summary').to.not.equal(null);
    expect(textOf(link)).to.equal(options.requiredMessage.en);
    const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    expect(element.controls.map(describeNode), 'the link targets one of its native controls').to.include(describeNode(target));
    link.click();
    expect(describeNode(document.activeElement)).to.equal(describeNode(target));
  });

  it('focuses the control from a server-written summary link to the element’s own id', async () => {
    const errors = JSON.stringify([{ href: '#answer', text: { en: 'Enter your answer', cy: 'Rhowch eich ateb' } }]);
    const { form, element } = await inForm(
      { id: 'answer', required: true, error: 'Enter your answer', errorCy: 'Rhowch eich ateb' },
      'en',
      (c) => `${elementMarkup('cyd-error-summary', { 'no-autofocus': true, errors })}${c}`,
    );
    const link = form.querySelector<HTMLAnchorElement>('cyd-error-summary a[href="#answer"]')!;
    expect(link, 'the server’s link').to.not.equal(null);
    link.click();
    expect(element.controls.map(describeNode), 'focus is on its native control, not the element').to.include(describeNode(document.activeElement));
  });

  it('has the native validation API: validity, validationMessage in our words, checkValidity(), willValidate, form', async () => {
    const { form, element } = await inForm({ required: true });
    expect(element.form).to.equal(form);
    expect(element.willValidate).to.equal(true);
    expect(element.validity.valid).to.equal(false);
    expect(element.validity.valueMissing).to.equal(true);
    expect(element.validationMessage).to.equal(options.requiredMessage.en);
    const invalidTargets: EventTarget[] = [];
    element.addEventListener('invalid', (event) => invalidTargets.push(event.target!));
    expect(element.checkValidity()).to.equal(false);
    expect(invalidTargets.map(describeNode), '`invalid` fires on the element').to.deep.equal([describeNode(element)]);
    await settled(form);
    expect(element.querySelector('.cyd-error-message'), 'checkValidity() shows nothing').to.equal(null);
    await switchLanguage(form, 'cy');
    expect(element.validationMessage, 'in the page’s language, not the browser’s').to.equal(options.requiredMessage.cy);
    await options.answer(element, options.validAnswer);
    expect(element.validity.valid).to.equal(true);
    expect(element.validity.valueMissing).to.equal(false);
    expect(element.validationMessage).to.equal('');
    expect(element.checkValidity()).to.equal(true);
  });

  it('reportValidity() shows the error and moves focus to the control', async () => {
    const { form, element } = await inForm({ required: true });
    form.querySelector<HTMLButtonElement>('button[type=submit]')!.focus();
    expect(element.reportValidity()).to.equal(false);
    await settled(form);
    expect(shownErrorText(element)).to.equal(`Error: ${options.requiredMessage.en}`);
    expect(element.controls.map(describeNode)).to.include(describeNode(document.activeElement));
  });

  it("blocks submission with setCustomValidity(message), shown after submit; '' clears it", async () => {
    const { form, element } = await inForm();
    await options.answer(element, options.validAnswer);
    element.setCustomValidity('Custom');
    expect(element.validity.customError).to.equal(true);
    expect(element.validationMessage).to.equal('Custom');
    expect(element.querySelector('.cyd-error-message'), 'nothing shown before a submit').to.equal(null);
    expect(await trySubmit(form), 'blocked').to.equal(null);
    expect(shownErrorText(element)).to.equal('Error: Custom');
    element.setCustomValidity('');
    expect(element.validity.valid).to.equal(true);
    const data = await trySubmit(form);
    expect(data, 'submits once cleared').to.not.equal(null);
    expect(answersIn(data!)).to.deep.equal(posted);
  });

  it('does not take part in validation when disabled (willValidate false)', async () => {
    const { form, element } = await inForm({ required: true, disabled: true });
    expect(element.willValidate).to.equal(false);
    expect(element.validity.valid).to.equal(true);
    expect(await trySubmit(form), 'a disabled required control does not block').to.not.equal(null);
  });

  if (options.answerKeepsFocus) {
    it('keeps the error while the person types a fix, and clears it when they leave the field', async () => {
      const { form, element } = await inForm({ required: true });
      expect(await trySubmit(form)).to.equal(null);
      await options.answer(element, options.validAnswer);
      await settled(form);
      expect(element.contains(document.activeElement), 'still in the field').to.equal(true);
      expect(shownErrorText(element), 'typing changes nothing shown').to.equal(`Error: ${options.requiredMessage.en}`);
      form.querySelector<HTMLButtonElement>('button[type=submit]')!.focus();
      await settled(form);
      expect(element.errorMessage).to.equal('');
      expect(element.querySelector('.cyd-error-message')).to.equal(null);
      expect(await trySubmit(form)).to.not.equal(null);
    });
  } else {
    it('clears the error once the answer is chosen', async () => {
      const { form, element } = await inForm({ required: true });
      expect(await trySubmit(form)).to.equal(null);
      await options.answer(element, options.validAnswer);
      await settled(form);
      expect(element.errorMessage).to.equal('');
      expect(element.querySelector('.cyd-error-message')).to.equal(null);
      expect(await trySubmit(form)).to.not.equal(null);
    });
  }

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

  for (const lang of ['en', 'cy'] as const) {
    it(`is its own ${options.role} in the accessibility tree, named by its label and described by its hint (${lang})`, async () => {
      const n = ++uniqueLabels;
      const label = { en: `Question ${n}: your answer`, cy: `Cwestiwn ${n}: eich ateb` };
      const hint = { en: `Hint ${n}: give the answer in full`, cy: `Awgrym ${n}: rhowch yr ateb yn llawn` };
      await inForm({ label: label.en, labelCy: label.cy, hint: hint.en, hintCy: hint.cy }, lang);
      const node = await accessibilityNodeNamed(label[lang]);
      expect(node, `a ${options.role} named exactly "${label[lang]}"`).to.not.equal(null);
      const also = options.describedAlsoBy?.[lang];
      expect(node!.description).to.equal(also ? `${hint[lang]} ${also}` : hint[lang]);
    });
  }

  if (options.dataSchema) {
    const schema = options.dataSchema;
    it(`checks data-schema="${schema.schema}" with the schema’s own words, in both languages`, async () => {
      await import('@cydran/components/schema');
      const { form, element } = await inForm({ dataSchema: schema.schema });
      await options.answer(element, schema.wrongAnswer);
      expect(await trySubmit(form), 'a wrong answer is refused').to.equal(null);
      expect(shownErrorText(element)).to.equal(`Error: ${schema.message.en}`);
      await switchLanguage(form, 'cy');
      expect(shownErrorText(element)).to.equal(`Gwall: ${schema.message.cy}`);
      await options.answer(element, schema.rightAnswer);
      expect(await trySubmit(form), 'a right answer submits').to.not.equal(null);
    });
  } else {
    it.skip('checks data-schema: not applicable (only text inputs take a schema)', () => {});
  }

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
    // A clone is what a server render looks like to the browser once the
    // person has typed: the host tag with rendered light-DOM markup inside,
    // and the person's input in its native controls (cloning copies their
    // current values). Inserting it upgrades a fresh element over that markup.
    const serverLike = element.cloneNode(true) as ControlHandle;
    copyChoicesAndFiles(element, serverLike);
    element.replaceWith(serverLike);
    await settled(form);
    expect(serverLike.controls.length, 're-rendered its own controls').to.be.greaterThan(0);
    expect(answersIn(new FormData(form))).to.deep.equal(before);
    expect(serverLike.querySelectorAll('[data-cyd-root]').length, 'no duplicate render').to.equal(1);
  });
}

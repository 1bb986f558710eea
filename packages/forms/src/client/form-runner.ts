/**
 * `<cyd-form-runner src="…/form.json" action="…/submissions">`: a form
 * definition run in the browser, for a page with no server of its own (a
 * CMS page). The same engine as the server runner decides every step
 * (which page comes next, what is wrong with an answer, what check answers
 * lists); the finished submission is sent as JSON to `action`, a server
 * runner's `POST /submissions`, which checks it all again.
 *
 * Light DOM, like every Cydran element: the pages are Cydran's own form
 * controls with real labels and inputs in the document. Its language is the
 * nearest `lang`, live: switching it re-renders the step in the other
 * language and keeps every answer, typed value and error.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { LocaleController, type Locale, type Text } from '@cydran/i18n';
import '@cydran/components/autocomplete';
import '@cydran/components/back-link';
import '@cydran/components/button';
import '@cydran/components/character-count';
import '@cydran/components/checkboxes';
import '@cydran/components/date-input';
import '@cydran/components/error-summary';
import '@cydran/components/fieldset';
import '@cydran/components/panel';
import '@cydran/components/radios';
import '@cydran/components/select';
import '@cydran/components/summary-list';
import '@cydran/components/text-input';
import { parseFormDefinition } from '../definition/parse.js';
import { type Answers, CHECK_ANSWERS, type FieldError, type FieldValues, type FormDefinition, type Page } from '../definition/types.js';
import {
  type SummaryRow,
  answerSummary,
  canReachCheckAnswers,
  findPage,
  nextPageId,
  previousPageId,
  pruneHiddenAnswers,
  validatePage,
  valuesFromAnswers,
  visiblePages,
} from '../engine/index.js';
import { type ClientWords, bothLanguages, clientMessages } from './messages.js';
import { questionTemplate } from './question-template.js';

/** Where the person is: a page of the form, check answers, or the confirmation. */
export type RunnerStep = { readonly pageId: string; readonly returnToCheck: boolean };

/** Why the form cannot run: the person sees a message in their language; the developer gets `problems`. */
interface Unavailable {
  problems: string[];
}

/** What the person is told when a send fails. */
type SendProblem = 'sendFailed' | 'sendRefused' | 'formChanged';
type SendState = { kind: 'idle' } | { kind: 'sending' } | { kind: 'failed'; message: SendProblem } | { kind: 'sent'; reference: string };

const CONFIRMATION = 'confirmation';
/** Links the runner follows itself (Back, Change) start with this fragment, so a click on one never leaves the page. */
const LINK_PREFIX = '#cyd-form-runner:';

/** A state this runner pushed into the browser's history, so Back returns to the step before. */
interface HistoryEntry {
  formId: string;
  runner: string;
  step: RunnerStep;
}

let runners = 0;

function isHistoryEntry(value: unknown): value is { 'cyd-form-runner': HistoryEntry } {
  if (typeof value !== 'object' || value === null) return false;
  const entry: unknown = Reflect.get(value, 'cyd-form-runner');
  return typeof entry === 'object' && entry !== null && typeof Reflect.get(entry, 'runner') === 'string';
}

/** Posted fields as the engine reads them: a name given twice (checkboxes) becomes a list. */
function fieldValuesOf(form: HTMLFormElement): FieldValues {
  const values: FieldValues = {};
  for (const [name, value] of new FormData(form)) {
    if (typeof value !== 'string') continue;
    const existing = values[name];
    values[name] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return values;
}

/**
 * Runs a form definition in the browser and sends the finished answers as JSON.
 *
 * @tag cyd-form-runner
 */
export class CydFormRunner extends LitElement {
  static override properties = {
    src: { type: String },
    action: { type: String },
    definition: { attribute: false },
  };

  /** The definition's address (JSON, as `parseFormDefinition` reads it). */
  declare src: string | undefined;
  /** The definition itself (its JSON parsed, or a `defineForm` result), instead of `src`: checked the same way. */
  declare definition: unknown;
  /** Where the finished submission is posted as JSON: a server runner's `…/submissions`. */
  declare action: string | undefined;

  readonly #language = new LocaleController(this, () => this.#languageChanged());
  readonly #runnerId = `cyd-form-runner-${++runners}`;
  #form: FormDefinition | undefined;
  #unavailable: Unavailable | undefined;
  #loading: AbortController | undefined;
  #answers: Answers = {};
  #step: RunnerStep | undefined;
  /** What the fields show on this visit to the step: stored answers, or what was typed before an error. */
  #values: FieldValues = {};
  /** What was sent from the step when it had errors: the errors are worked out again in each language. */
  #rejected: FieldValues | undefined;
  /** Counts visits, so each step gets its own elements (nothing typed on one page shows on the next). */
  #visit = 0;
  #send: SendState = { kind: 'idle' };
  /** Made once per journey, so sending again after a failure is the same submission on the server. */
  #submissionId = crypto.randomUUID();
  #focusPending = false;

  constructor() {
    super();
    this.src = undefined;
    this.action = undefined;
    this.definition = undefined;
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** The language the element is in: its own `lang`, else the nearest ancestor's. */
  get locale(): Locale {
    return this.#language.locale;
  }

  /** The form being run, once it has loaded and can run. */
  get form(): FormDefinition | undefined {
    return this.#form;
  }

  /** The answers given so far (a copy). */
  get answers(): Answers {
    return structuredClone(this.#answers);
  }

  /** The page id shown now, `'check-answers'` or `'confirmation'`; undefined until the form has loaded. */
  get currentStep(): string | undefined {
    if (this.#send.kind === 'sent') return CONFIRMATION;
    return this.#step?.pageId;
  }

  /** Resolves when the definition has loaded (or failed to). */
  loaded: Promise<void> = Promise.resolve();
  /** Resolves when the last send has been answered (or failed). */
  sent: Promise<void> = Promise.resolve();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.#onPopState);
    this.addEventListener('click', this.#onClick);
    // Capture, on an ancestor of the step's form: before the form's own listeners.
    this.addEventListener('submit', this.#onSubmit, { capture: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.#onPopState);
    this.removeEventListener('click', this.#onClick);
    this.removeEventListener('submit', this.#onSubmit, { capture: true });
    this.#loading?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.definition !== undefined && changed.has('definition')) {
      this.#loading?.abort();
      this.#start(this.definition);
    } else if (changed.has('src') && this.definition === undefined) this.loaded = this.#load(this.src);
  }

  // ---- loading ------------------------------------------------------------------------------

  #describe(): string {
    return `<cyd-form-runner${this.src && this.definition === undefined ? ` src="${this.src}"` : ''}>`;
  }

  #report(problems: readonly string[]): void {
    for (const problem of problems) console.error(`[cydran] ${problem}`, this);
  }

  async #load(src: string | undefined): Promise<void> {
    this.#loading?.abort();
    this.#form = undefined;
    this.#unavailable = undefined;
    this.#step = undefined;
    if (!src) {
      this.#fail([`${this.#describe()}: src is missing. Give the address of the form's definition, like src="/forms/missed-bin.json".`]);
      return;
    }
    const controller = new AbortController();
    this.#loading = controller;
    let text: string;
    try {
      const response = await fetch(src, { signal: controller.signal, headers: { accept: 'application/json' } });
      if (!response.ok) {
        this.#fail([`${this.#describe()}: the definition could not be fetched (HTTP ${response.status}). Check that src is the address of the form's JSON definition and that the page may fetch it (same origin, or CORS).`]);
        return;
      }
      text = await response.text();
    } catch (error) {
      if (controller.signal.aborted) return;
      this.#fail([`${this.#describe()}: the definition could not be fetched (${error instanceof Error ? error.message : String(error)}). Check src, and that the page may fetch it (same origin, or CORS).`]);
      return;
    }
    if (controller.signal.aborted) return;
    this.#start(text);
  }

  #fail(problems: string[]): void {
    this.#unavailable = { problems };
    this.#report(problems);
    this.requestUpdate();
  }

  /** Checks the definition (JSON text or parsed) and, if it can run here, starts the journey at its first page. */
  #start(definition: unknown): void {
    this.#unavailable = undefined;
    const parsed = parseFormDefinition(definition);
    if (!parsed.ok) {
      this.#fail(parsed.problems.map((problem) => `${this.#describe()}: the definition is not valid: ${problem}. Fix the JSON (cydran-forms check lists every problem).`));
      return;
    }
    const form = parsed.form;
    const problems: string[] = [];
    for (const page of form.pages) {
      for (const question of page.questions) {
        if (question.type === 'file') {
          problems.push(
            `${this.#describe()}: question '${question.id}' on page '${page.id}' asks for a file, which the client runner cannot send (a submission is JSON). Run this form with the server runner (createFormHandler), or remove the question.`,
          );
        }
      }
      if (page.repeat) {
        problems.push(`${this.#describe()}: page '${page.id}' repeats ("add another"), which the client runner does not run yet. Run this form with the server runner (createFormHandler).`);
      }
    }
    if (!this.action) problems.push(`${this.#describe()}: action is missing. Give the address the answers are sent to: the server runner's submissions address, like action="https://forms.example.gov.wales/missed-bin/submissions".`);
    if (problems.length > 0) {
      this.#fail(problems);
      return;
    }
    this.#form = form;
    this.#answers = {};
    this.#send = { kind: 'idle' };
    this.#submissionId = crypto.randomUUID();
    const step = { pageId: this.#firstOpenPage(), returnToCheck: false };
    this.#go(step, 'replace', false);
  }

  /**
   * Puts a journey back: its answers (those off the path are dropped), the
   * step to show (if the person may be on it, else the first page still to
   * answer), values typed on that step that had errors (shown with their
   * errors), or the reference of a journey already sent (the confirmation).
   * For pages that keep a journey themselves, and for stories and tests.
   */
  restore(journey: { answers?: Answers; step?: string; pending?: FieldValues; reference?: string }): void {
    const form = this.#form;
    if (!form) throw new Error(`${this.#describe()}: restore() needs the form loaded first: await element.loaded.`);
    this.#answers = pruneHiddenAnswers(form, structuredClone(journey.answers ?? {}));
    this.#send = journey.reference ? { kind: 'sent', reference: journey.reference } : { kind: 'idle' };
    this.#go({ pageId: journey.step ?? this.#firstOpenPage(), returnToCheck: false }, 'replace', false);
    const step = this.#step;
    if (journey.pending && step && step.pageId !== CHECK_ANSWERS && !findPage(form, step.pageId).exit) {
      this.#values = { ...journey.pending };
      this.#rejected = { ...journey.pending };
    }
  }

  // ---- steps --------------------------------------------------------------------------------

  /** The first page still to answer, or check answers. */
  #firstOpenPage(): string {
    const form = this.#form!;
    const reach = canReachCheckAnswers(form, this.#answers);
    return reach.ok ? CHECK_ANSWERS : reach.firstIncompletePage;
  }

  /** Whether the person may be on `pageId` now: it shows, and every page before it is answered (as the server runner decides). */
  #mayVisit(pageId: string): boolean {
    if (pageId === CHECK_ANSWERS) return this.#firstOpenPage() === CHECK_ANSWERS;
    const visible = visiblePages(this.#form!, this.#answers).map((p) => p.id);
    const at = visible.indexOf(pageId);
    if (at < 0) return false;
    const open = this.#firstOpenPage();
    if (open === CHECK_ANSWERS) return true;
    const openAt = visible.indexOf(open);
    return openAt < 0 || at <= openAt;
  }

  /** Shows a step: pushed into the browser's history (so Back returns here), or replacing the entry. */
  #go(step: RunnerStep, history: 'push' | 'replace' | 'none', focus = true): void {
    const form = this.#form!;
    const allowed = this.#mayVisit(step.pageId) ? step : { pageId: this.#firstOpenPage(), returnToCheck: false };
    this.#step = allowed;
    this.#rejected = undefined;
    this.#values = allowed.pageId === CHECK_ANSWERS ? {} : valuesFromAnswers(form, allowed.pageId, this.#answers);
    this.#visit++;
    if (this.#send.kind === 'failed') this.#send = { kind: 'idle' };
    if (history !== 'none') {
      const entry: HistoryEntry = { formId: form.id, runner: this.#runnerId, step: allowed };
      const state: Record<string, unknown> = typeof window.history.state === 'object' && window.history.state !== null ? { ...window.history.state } : {};
      state['cyd-form-runner'] = entry;
      if (history === 'push') window.history.pushState(state, '');
      else window.history.replaceState(state, '');
    }
    this.#focusPending = focus;
    this.requestUpdate();
  }

  readonly #onPopState = (event: PopStateEvent): void => {
    if (!this.#form || this.#send.kind === 'sent' || this.#send.kind === 'sending') return;
    if (!isHistoryEntry(event.state)) return;
    const entry = event.state['cyd-form-runner'];
    if (entry.runner !== this.#runnerId || entry.formId !== this.#form.id) return;
    this.#go(entry.step, 'none');
  };

  /** Back and Change links: followed here, never by the browser, so the page stays. */
  readonly #onClick = (event: MouseEvent): void => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    const href = link?.getAttribute('href');
    if (!link || !this.contains(link) || !href?.startsWith(LINK_PREFIX) || !this.#form) return;
    event.preventDefault();
    const [pageId = '', returnTo] = href.slice(LINK_PREFIX.length).split('?');
    this.#go({ pageId, returnToCheck: returnTo === 'return' }, 'push');
  };

  #link(pageId: string, returnToCheck = false): string {
    return `${LINK_PREFIX}${pageId}${returnToCheck ? '?return' : ''}`;
  }

  #languageChanged(): void {
    // The errors are worked out again in the new language when the step renders; focus stays where the person is.
    this.requestUpdate();
  }

  /** The language the form is shown in: the element's, if the form has it, else the form's first. */
  #shownLocale(): Locale {
    const form = this.#form;
    const locale = this.locale;
    return !form || form.languages.includes(locale) ? locale : (form.languages[0] ?? locale);
  }

  #errors(locale: Locale): FieldError[] {
    const step = this.#step;
    if (!this.#form || !step || !this.#rejected || step.pageId === CHECK_ANSWERS) return [];
    return validatePage(this.#form, step.pageId, this.#rejected, locale).errors;
  }

  /** Continue: the page's fields read by the engine, as the server runner reads a posted page. */
  #continue(formElement: HTMLFormElement): void {
    const form = this.#form!;
    const step = this.#step!;
    const input = fieldValuesOf(formElement);
    const result = validatePage(form, step.pageId, input, this.#shownLocale());
    if (result.errors.length > 0) {
      this.#rejected = result.values;
      this.#focusPending = true;
      this.requestUpdate();
      return;
    }
    const answers: Answers = { ...this.#answers };
    for (const question of findPage(form, step.pageId).questions) delete answers[question.id];
    Object.assign(answers, result.answers);
    this.#answers = answers;
    const reach = canReachCheckAnswers(form, answers);
    const next = step.returnToCheck && reach.ok ? CHECK_ANSWERS : nextPageId(form, answers, step.pageId);
    this.#go({ pageId: next, returnToCheck: step.returnToCheck && next !== CHECK_ANSWERS }, 'push');
  }

  readonly #onSubmit = (event: SubmitEvent): void => {
    // The engine checks the page, as on the server: the controls' own checks (FormParticipation
    // listens on the form itself, so after this capture listener on its ancestor) must not stop
    // the submission first, nor list errors the engine would word differently.
    event.preventDefault();
    event.stopPropagation();
    const formElement = event.target;
    if (!(formElement instanceof HTMLFormElement) || !this.#form || !this.#step) return;
    if (this.#step.pageId === CHECK_ANSWERS) this.sent = this.#sendAnswers();
    else this.#continue(formElement);
  };

  // ---- sending -----------------------------------------------------------------------------

  async #sendAnswers(): Promise<void> {
    const form = this.#form!;
    if (this.#send.kind === 'sending' || this.#send.kind === 'sent') return;
    const answers = pruneHiddenAnswers(form, this.#answers);
    this.#send = { kind: 'sending' };
    this.requestUpdate();
    const body = JSON.stringify({ id: this.#submissionId, formVersion: form.version, locale: this.#shownLocale(), answers });
    let response: Response;
    try {
      response = await fetch(this.action ?? '', { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body });
    } catch (error) {
      this.#sendFailed('sendFailed', [`${this.#describe()}: the answers could not be sent to action="${this.action}" (${error instanceof Error ? error.message : String(error)}). Check the address, and that the server runner lists this page's origin in submissionOrigins.`]);
      return;
    }
    const reply: unknown = await response.json().catch(() => undefined);
    const field = (name: string): unknown => (typeof reply === 'object' && reply !== null ? Reflect.get(reply, name) : undefined);
    const reference = field('reference');
    if ((response.status === 201 || response.status === 200) && typeof reference === 'string') {
      this.#send = { kind: 'sent', reference };
      this.#focusPending = true;
      this.requestUpdate();
      this.dispatchEvent(new CustomEvent('cyd-form-submitted', { bubbles: true, detail: { reference, formId: form.id } }));
      return;
    }
    const said = typeof field('message') === 'string' ? ` The server said: ${String(field('message'))}` : '';
    if (response.status === 409) {
      this.#sendFailed('formChanged', [`${this.#describe()}: the server runs another version of form '${form.id}' than src gives (version ${form.version}).${said} Serve the same definition to both.`]);
    } else if (response.status === 403) {
      this.#sendFailed('sendRefused', [`${this.#describe()}: the server refused answers from ${window.location.origin}.${said} Add '${window.location.origin}' to submissionOrigins in the server runner's createFormHandler options.`]);
    } else if (response.status === 422 && field('error') === 'incomplete' && typeof field('page') === 'string') {
      this.#sendFailed('sendRefused', [`${this.#describe()}: the server says page '${String(field('page'))}' is not answered, though this runner found every page answered.${said} Serve the same definition to both.`]);
    } else if (response.status >= 500) {
      this.#sendFailed('sendFailed', [`${this.#describe()}: the server answered ${response.status}.${said}`]);
    } else {
      this.#sendFailed('sendRefused', [`${this.#describe()}: the server refused the answers (${response.status}).${said}`]);
    }
  }

  #sendFailed(message: SendProblem, problems: string[]): void {
    this.#report(problems);
    this.#send = { kind: 'failed', message };
    this.#focusPending = true;
    this.requestUpdate();
  }

  // ---- rendering ---------------------------------------------------------------------------

  protected override render(): unknown {
    const locale = this.#shownLocale();
    const words = clientMessages[locale];
    if (this.#unavailable) {
      return html`<div class="cyd-form-runner" data-cyd-root>
        <h1 class="cyd-heading-l" tabindex="-1">${words.unavailableHeading}</h1>
        <p class="cyd-body">${words.unavailableBody}</p>
      </div>`;
    }
    const form = this.#form;
    const step = this.#step;
    if (!form || !step) return html`<div class="cyd-form-runner" data-cyd-root><p class="cyd-body" role="status">${words.loading}</p></div>`;
    const lang = locale === this.locale ? nothing : locale;
    const key = this.#send.kind === 'sent' ? CONFIRMATION : `${step.pageId}:${this.#visit}`;
    return html`<div class="cyd-form-runner" data-cyd-root lang=${lang}>${keyed(key, this.#stepTemplate(form, step, locale, words))}</div>`;
  }

  #stepTemplate(form: FormDefinition, step: RunnerStep, locale: Locale, words: ClientWords): TemplateResult {
    if (this.#send.kind === 'sent') return this.#confirmationTemplate(form, this.#send.reference, locale);
    if (step.pageId === CHECK_ANSWERS) return this.#checkAnswersTemplate(form, locale, words);
    return this.#pageTemplate(form, findPage(form, step.pageId), step, locale);
  }

  #backLink(pageId: string | undefined, returnToCheck = false): TemplateResult | typeof nothing {
    if (pageId === undefined) return nothing;
    return html`<cyd-back-link href=${this.#link(pageId, returnToCheck)}></cyd-back-link>`;
  }

  #pageTemplate(form: FormDefinition, page: Page, step: RunnerStep, locale: Locale): TemplateResult {
    const back = step.returnToCheck ? CHECK_ANSWERS : previousPageId(form, this.#answers, page.id);
    const title = page.heading?.[locale] ?? page.questions[0]?.label[locale] ?? form.title[locale];
    if (page.exit) {
      return html`${this.#backLink(back)}
        <h1 class="cyd-heading-l" tabindex="-1">${title}</h1>
        <p class="cyd-body">${page.exit.body[locale]}</p>`;
    }
    const errors = this.#errors(locale);
    const single = page.questions.length === 1 && !page.heading;
    const formId = `${this.#runnerId}-form`;
    const summary = errors.length > 0
      ? html`<cyd-error-summary no-autofocus .errors=${errors.map((e) => ({ href: `#${e.field}`, text: e.message }))}></cyd-error-summary>`
      : nothing;
    return html`${this.#backLink(back)}${summary}
      ${page.heading ? html`<h1 class="cyd-heading-l" tabindex="-1">${page.heading[locale]}</h1>` : nothing}
      <form id=${formId} novalidate>
        ${page.questions.map((question) => questionTemplate(question, { values: this.#values, errors, isPageHeading: single }))}
        <cyd-button .buttonText=${bothLanguages((w) => w.continue)}></cyd-button>
      </form>`;
  }

  #checkAnswersTemplate(form: FormDefinition, locale: Locale, words: ClientWords): TemplateResult {
    const answers = pruneHiddenAnswers(form, this.#answers);
    const showAnswers = form.checkAnswers !== false;
    // Each row in every language of the form (the rows are the same path in each), so the summary
    // list marks nothing as in another language and follows a switch on its own.
    const inEach = form.languages.map((language) => ({ language, rows: answerSummary(form, answers, language) }));
    const textOf = (index: number, pick: (row: SummaryRow, words: ClientWords) => string): Text =>
      Object.fromEntries(inEach.map(({ language, rows }) => [language, pick(rows[index]!, clientMessages[language])]));
    const rows = answerSummary(form, answers, locale).map((row, index) => ({
      key: textOf(index, (r) => r.label),
      value: textOf(index, (r, w) => (r.value === '' ? w.notAnswered : r.value)),
      actions: [{ href: this.#link(row.pageId, true), text: bothLanguages((w) => w.change), visuallyHiddenText: textOf(index, (r) => r.label) }],
    }));
    const last = visiblePages(form, answers).at(-1)?.id;
    const send = this.#send;
    const problem = send.kind === 'failed'
      ? html`<cyd-error-summary no-autofocus .heading=${bothLanguages((w) => w.notSent)} .errors=${[{ text: bothLanguages((w) => w[send.message]) }]}></cyd-error-summary>`
      : nothing;
    return html`${this.#backLink(last)}${problem}
      <h1 class="cyd-heading-l" tabindex="-1">${showAnswers ? words.checkAnswers : words.sendHeading}</h1>
      ${showAnswers ? html`<cyd-summary-list .rows=${rows}></cyd-summary-list>` : nothing}
      <form id=${`${this.#runnerId}-form`} novalidate>
        ${form.declaration ? html`<h2 class="cyd-heading-m">${words.declarationHeading}</h2><p class="cyd-body">${form.declaration[locale]}</p>` : nothing}
        <cyd-button .buttonText=${bothLanguages((w) => (form.declaration ? w.acceptAndSend : w.send))} ?disabled=${send.kind === 'sending'}></cyd-button>
        ${send.kind === 'sending' ? html`<p class="cyd-body" role="status">${words.sending}</p>` : nothing}
      </form>`;
  }

  #confirmationTemplate(form: FormDefinition, reference: string, locale: Locale): TemplateResult {
    return html`<cyd-panel .titleText=${form.confirmation.title} reference=${reference}></cyd-panel>
      ${form.confirmation.body ? html`<p class="cyd-body">${form.confirmation.body[locale]}</p>` : nothing}`;
  }

  protected override async updated(changed: PropertyValues<this>): Promise<void> {
    super.updated(changed);
    if (!this.#focusPending) return;
    this.#focusPending = false;
    // The step's elements render after this one: wait for them, then move focus to what the step starts with.
    const children = [...this.querySelectorAll('*')].filter((el): el is LitElement => el instanceof LitElement);
    await Promise.all(children.map((child) => child.updateComplete));
    const summary = this.querySelector('cyd-error-summary');
    if (summary instanceof HTMLElement) {
      summary.focus();
      return;
    }
    const heading = this.querySelector<HTMLElement>('h1');
    if (!heading) return;
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cyd-form-runner': CydFormRunner;
  }
  interface HTMLElementEventMap {
    'cyd-form-submitted': CustomEvent<{ reference: string; formId: string }>;
  }
}

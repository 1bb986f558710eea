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
import '@cydran/components/summary-card';
import '@cydran/components/summary-list';
import '@cydran/components/text-input';
import { parseFormDefinition } from '../definition/parse.js';
import { type Answers, CHECK_ANSWERS, type FieldError, type FieldValues, type FormDefinition, type Page } from '../definition/types.js';
import {
  type SummaryRow,
  answerSummary,
  answerText,
  answerWords,
  repeatItems,
  repeatState,
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
export interface RunnerStep {
  readonly pageId: string;
  readonly returnToCheck: boolean;
  /** On a repeating page: the item (from 1) being answered; without it, the list of items. */
  readonly item?: number;
  /** With `item`: "Are you sure you want to remove…?" */
  readonly remove?: boolean;
}

/** What is wrong on a repeating page's list or remove step (they have no questions for the engine to check). */
type ListProblem = { kind: 'addAnotherRequired' | 'repeatTooFew' | 'removeRequired'; choice?: string };

/** The yes/no fields of a repeating page's list and remove steps (the server runner's names). */
const ADD_ANOTHER_FIELD = 'add-another';
const REMOVE_FIELD = 'remove';

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

/** A step from its address in the runner's links: `<page id>[/<item>[/remove]][?return]`. */
function stepOf(address: string): RunnerStep {
  const [path = '', returnTo] = address.split('?');
  const [pageId = '', item, remove] = path.split('/');
  const n = item === undefined ? Number.NaN : Number(item);
  return { pageId, returnToCheck: returnTo === 'return', ...(Number.isInteger(n) ? { item: n, remove: remove === 'remove' } : {}) };
}

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
  #listProblem: ListProblem | undefined;
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
    // A fetch of the definition carries on: an element moved in the page is disconnected and connected again.
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
        this.#fail([
          `${this.#describe()}: the definition could not be fetched (HTTP ${response.status}). Check that src is the address of the form's JSON definition and that the page may fetch it (same origin, or CORS).`,
        ]);
        return;
      }
      text = await response.text();
    } catch (error) {
      if (controller.signal.aborted) return;
      this.#fail([
        `${this.#describe()}: the definition could not be fetched (${error instanceof Error ? error.message : String(error)}). Check src, and that the page may fetch it (same origin, or CORS).`,
      ]);
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
      this.#fail(
        parsed.problems.map(
          (problem) => `${this.#describe()}: the definition is not valid: ${problem}. Fix the JSON (cydran-forms check lists every problem).`,
        ),
      );
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
    }
    if (!this.action)
      problems.push(
        `${this.#describe()}: action is missing. Give the address the answers are sent to: the server runner's submissions address, like action="https://forms.example.gov.wales/missed-bin/submissions".`,
      );
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
  restore(journey: {
    answers?: Answers;
    /** A page id, `'check-answers'`, or a repeating page's `'<id>/<item>'` or `'<id>/<item>/remove'`. */ step?: string;
    pending?: FieldValues;
    reference?: string;
  }): void {
    const form = this.#form;
    if (!form) throw new Error(`${this.#describe()}: restore() needs the form loaded first: await element.loaded.`);
    this.#answers = pruneHiddenAnswers(form, structuredClone(journey.answers ?? {}));
    this.#send = journey.reference ? { kind: 'sent', reference: journey.reference } : { kind: 'idle' };
    this.#go(journey.step ? stepOf(journey.step) : { pageId: this.#firstOpenPage(), returnToCheck: false }, 'replace', false);
    const step = this.#step;
    if (!journey.pending || !step || step.pageId === CHECK_ANSWERS) return;
    const page = findPage(form, step.pageId);
    if (page.repeat && (step.item === undefined || step.remove)) {
      // A list or remove step sent without its yes or no.
      const state = repeatState(form, page.id, this.#answers);
      this.#listProblem = { kind: step.remove ? 'removeRequired' : state.canAdd ? 'addAnotherRequired' : 'repeatTooFew' };
    } else if (!page.exit) {
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
    const allowed = this.#allowed(this.#mayVisit(step.pageId) ? step : { pageId: this.#firstOpenPage(), returnToCheck: false });
    this.#step = allowed;
    this.#rejected = undefined;
    this.#listProblem = undefined;
    this.#values = allowed.pageId === CHECK_ANSWERS ? {} : valuesFromAnswers(form, allowed.pageId, this.#stepAnswers(allowed));
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

  /** A repeating page's step as the server runner allows it: no items yet is the first item; an item out of range is the list. */
  #allowed(step: RunnerStep): RunnerStep {
    if (step.pageId === CHECK_ANSWERS || !findPage(this.#form!, step.pageId).repeat) return { pageId: step.pageId, returnToCheck: step.returnToCheck };
    const state = repeatState(this.#form!, step.pageId, this.#answers);
    const list = { pageId: step.pageId, returnToCheck: step.returnToCheck };
    if (state.count === 0) return { ...list, item: 1 };
    if (step.item === undefined) return list;
    if (step.remove) return step.item >= 1 && step.item <= state.count ? { ...list, item: step.item, remove: true } : list;
    return step.item >= 1 && (step.item <= state.count || (step.item === state.count + 1 && state.canAdd)) ? { ...list, item: step.item } : list;
  }

  /** The stored answers a step's fields show: the form's, or a repeating page's item's. */
  #stepAnswers(step: RunnerStep): Answers {
    if (step.item === undefined) return this.#answers;
    return repeatItems(this.#answers, step.pageId)[step.item - 1] ?? {};
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
    this.#go(stepOf(href.slice(LINK_PREFIX.length)), 'push');
  };

  #link(pageId: string, returnToCheck = false, item?: number, remove = false): string {
    const path = item === undefined ? pageId : `${pageId}/${item}${remove ? '/remove' : ''}`;
    return `${LINK_PREFIX}${path}${returnToCheck ? '?return' : ''}`;
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
    if (!this.#form || !step || step.pageId === CHECK_ANSWERS) return [];
    const problem = this.#listProblem;
    const page = findPage(this.#form, step.pageId);
    if (problem && page.repeat) {
      const words = clientMessages[locale];
      const itemName = page.repeat.itemName[locale];
      const field = problem.kind === 'removeRequired' ? REMOVE_FIELD : ADD_ANOTHER_FIELD;
      const message =
        problem.kind === 'removeRequired'
          ? words.removeRequired(itemName, step.item ?? 0)
          : problem.kind === 'addAnotherRequired'
            ? words.addAnotherRequired(itemName)
            : words.repeatTooFew(repeatState(this.#form, page.id, this.#answers).min);
      return [{ question: field, field, reason: problem.kind, message }];
    }
    if (!this.#rejected) return [];
    return validatePage(this.#form, step.pageId, this.#rejected, locale).errors;
  }

  /** Where a finished page leads: back to check answers when the person came from there and may go, else the next page. */
  #after(pageId: string): void {
    const form = this.#form!;
    const step = this.#step!;
    const next = step.returnToCheck && canReachCheckAnswers(form, this.#answers).ok ? CHECK_ANSWERS : nextPageId(form, this.#answers, pageId);
    this.#go({ pageId: next, returnToCheck: step.returnToCheck && next !== CHECK_ANSWERS }, 'push');
  }

  /** Continue on a repeating page's list (add another?) or remove step (are you sure?). */
  #continueList(page: Page, step: RunnerStep, input: FieldValues): void {
    const form = this.#form!;
    const state = repeatState(form, page.id, this.#answers);
    const list = { pageId: page.id, returnToCheck: step.returnToCheck };
    if (step.remove && step.item !== undefined) {
      const choice = input[REMOVE_FIELD];
      if (choice !== 'yes' && choice !== 'no') {
        this.#listProblem = { kind: 'removeRequired' };
        this.#focusPending = true;
        this.requestUpdate();
        return;
      }
      if (choice === 'yes') this.#answers = { ...this.#answers, [page.id]: repeatItems(this.#answers, page.id).filter((_, index) => index !== step.item! - 1) };
      this.#go(list, 'push');
      return;
    }
    const choice = typeof input[ADD_ANOTHER_FIELD] === 'string' ? String(input[ADD_ANOTHER_FIELD]) : undefined;
    if (state.canAdd && choice === 'yes') {
      this.#go({ ...list, item: state.count + 1 }, 'push');
      return;
    }
    const problem = state.canAdd && choice !== 'no' ? 'addAnotherRequired' : state.needMore ? 'repeatTooFew' : undefined;
    if (problem) {
      this.#listProblem = { kind: problem, ...(choice ? { choice } : {}) };
      this.#focusPending = true;
      this.requestUpdate();
      return;
    }
    this.#after(page.id);
  }

  /** Continue: the page's fields read by the engine, as the server runner reads a posted page. */
  #continue(formElement: HTMLFormElement): void {
    const form = this.#form!;
    const step = this.#step!;
    const input = fieldValuesOf(formElement);
    const page = findPage(form, step.pageId);
    if (page.repeat && (step.item === undefined || step.remove)) {
      this.#continueList(page, step, input);
      return;
    }
    const result = validatePage(form, step.pageId, input, this.#shownLocale());
    if (result.errors.length > 0) {
      this.#rejected = result.values;
      this.#focusPending = true;
      this.requestUpdate();
      return;
    }
    const answers: Answers = { ...this.#answers };
    if (step.item !== undefined) {
      // One item of a repeating page: stored in its place, then back to the list.
      const items = [...repeatItems(answers, page.id)];
      items[step.item - 1] = result.answers;
      answers[page.id] = items;
      this.#answers = answers;
      this.#go({ pageId: page.id, returnToCheck: step.returnToCheck }, 'push');
      return;
    }
    for (const question of page.questions) delete answers[question.id];
    Object.assign(answers, result.answers);
    this.#answers = answers;
    this.#after(page.id);
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
      this.#sendFailed('sendFailed', [
        `${this.#describe()}: the answers could not be sent to action="${this.action}" (${error instanceof Error ? error.message : String(error)}). Check the address, and that the server runner lists this page's origin in submissionOrigins.`,
      ]);
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
      this.#sendFailed('formChanged', [
        `${this.#describe()}: the server runs another version of form '${form.id}' than src gives (version ${form.version}).${said} Serve the same definition to both.`,
      ]);
    } else if (response.status === 403) {
      this.#sendFailed('sendRefused', [
        `${this.#describe()}: the server refused answers from ${window.location.origin}.${said} Add '${window.location.origin}' to submissionOrigins in the server runner's createFormHandler options.`,
      ]);
    } else if (response.status === 422 && field('error') === 'incomplete' && typeof field('page') === 'string') {
      this.#sendFailed('sendRefused', [
        `${this.#describe()}: the server says page '${String(field('page'))}' is not answered, though this runner found every page answered.${said} Serve the same definition to both.`,
      ]);
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
    const page = findPage(form, step.pageId);
    if (page.repeat && step.remove) return this.#removeTemplate(page, step, locale);
    if (page.repeat && step.item === undefined) return this.#listTemplate(form, page, step, locale, words);
    return this.#pageTemplate(form, page, step, locale);
  }

  #backLink(pageId: string | undefined, returnToCheck = false): TemplateResult | typeof nothing {
    if (pageId === undefined) return nothing;
    return html`<cyd-back-link href=${this.#link(pageId, returnToCheck)}></cyd-back-link>`;
  }

  /**
   * The step's form, inside a <div>: Lit removes a step's top-level nodes with
   * `node.remove()`, and a form's named fields shadow its own members (a field
   * named `remove` makes `form.remove` that field), so the form is never one.
   */
  #formTemplate(content: TemplateResult): TemplateResult {
    return html`<div class="cyd-form-runner__form"><form id=${`${this.#runnerId}-form`} novalidate>${content}</form></div>`;
  }

  /** Text in each of the form's languages. */
  #inEach(pick: (locale: Locale) => string): Partial<Record<Locale, string>> {
    const text: Partial<Record<Locale, string>> = {};
    for (const locale of this.#form?.languages ?? []) text[locale] = pick(locale);
    return text;
  }

  #errorSummary(errors: readonly FieldError[]): TemplateResult | typeof nothing {
    if (errors.length === 0) return nothing;
    return html`<cyd-error-summary no-autofocus .errors=${errors.map((e) => ({ href: `#${e.field}`, text: e.message }))}></cyd-error-summary>`;
  }

  /** The yes/no question of a list or remove step, in the runner's words (Ydw / Nac ydw). */
  #yesNo(name: string, label: Record<Locale, string>, error: string | undefined, heading: boolean, value?: string): TemplateResult {
    return html`<cyd-radios name=${name} .label=${label} yes-no inline .yesLabel=${bothLanguages((w) => w.yes)} .noLabel=${bothLanguages((w) => w.no)}
      .error=${error} ?is-page-heading=${heading} label-size=${heading ? 'l' : 'm'} value=${value ?? nothing}></cyd-radios>`;
  }

  #listTemplate(form: FormDefinition, page: Page, step: RunnerStep, locale: Locale, words: ClientWords): TemplateResult {
    const repeat = page.repeat!;
    const itemName = (l: Locale) => repeat.itemName[l];
    const state = repeatState(form, page.id, this.#answers);
    const errors = this.#errors(locale);
    const cards = repeatItems(this.#answers, page.id).map((item, index) => {
      // In each of the form's languages: the cards are nodes of their own, and follow a switch by themselves.
      const rows = page.questions.map((question) => ({
        key: this.#inEach((l) => question.label[l]),
        value: this.#inEach((l) => answerText(question, item[question.id], l) || clientMessages[l].notAnswered),
      }));
      // Made as nodes, not as a template: the card moves its content into itself, and Lit must not
      // have parts inside content that is moved (it could not clear them when the step changes).
      const card = document.createElement('cyd-summary-card');
      const list = document.createElement('cyd-summary-list');
      Object.assign(card, { cardTitle: this.#inEach((l) => answerWords[l].item(itemName(l), index + 1)) });
      card.setAttribute('change-href', this.#link(page.id, step.returnToCheck, index + 1));
      card.setAttribute('delete-href', this.#link(page.id, step.returnToCheck, index + 1, true));
      Object.assign(list, { rows });
      card.append(list);
      return card;
    });
    const question = state.canAdd
      ? this.#yesNo(
          ADD_ANOTHER_FIELD,
          { en: clientMessages.en.addAnotherQuestion(itemName('en')), cy: clientMessages.cy.addAnotherQuestion(itemName('cy')) },
          errors[0]?.message,
          false,
          this.#listProblem?.choice,
        )
      : html`<p class="cyd-body">${words.repeatFull(state.max)}</p>`;
    return html`${this.#backLink(step.returnToCheck ? CHECK_ANSWERS : previousPageId(form, this.#answers, page.id))}${this.#errorSummary(errors)}
      <h1 class="cyd-heading-l" tabindex="-1">${words.itemsHeading(itemName(locale))}</h1>
      ${cards}
      ${this.#formTemplate(html`${question}<cyd-button .buttonText=${bothLanguages((w) => w.continue)}></cyd-button>`)}`;
  }

  #removeTemplate(page: Page, step: RunnerStep, locale: Locale): TemplateResult {
    const repeat = page.repeat!;
    const n = step.item ?? 1;
    const errors = this.#errors(locale);
    const label = { en: clientMessages.en.removeQuestion(repeat.itemName.en, n), cy: clientMessages.cy.removeQuestion(repeat.itemName.cy, n) };
    return html`${this.#backLink(page.id, step.returnToCheck)}${this.#errorSummary(errors)}
      ${this.#formTemplate(html`${this.#yesNo(REMOVE_FIELD, label, errors[0]?.message, true)}<cyd-button .buttonText=${bothLanguages((w) => w.continue)}></cyd-button>`)}`;
  }

  #pageTemplate(form: FormDefinition, page: Page, step: RunnerStep, locale: Locale): TemplateResult {
    const toList = page.repeat !== undefined && repeatItems(this.#answers, page.id).length > 0;
    const back = toList
      ? this.#backLink(page.id, step.returnToCheck)
      : this.#backLink(step.returnToCheck ? CHECK_ANSWERS : previousPageId(form, this.#answers, page.id));
    const title = page.heading?.[locale] ?? page.questions[0]?.label[locale] ?? form.title[locale];
    if (page.exit) {
      return html`${back}
        <h1 class="cyd-heading-l" tabindex="-1">${title}</h1>
        <p class="cyd-body">${page.exit.body[locale]}</p>`;
    }
    const errors = this.#errors(locale);
    const single = page.questions.length === 1 && !page.heading;
    const caption =
      page.repeat && step.item !== undefined
        ? html`<p class="cyd-caption-l">${answerWords[locale].item(page.repeat.itemName[locale], step.item)}</p>`
        : nothing;
    return html`${back}${this.#errorSummary(errors)}${caption}
      ${page.heading ? html`<h1 class="cyd-heading-l" tabindex="-1">${page.heading[locale]}</h1>` : nothing}
      ${this.#formTemplate(html`
        ${page.questions.map((question) => questionTemplate(question, { values: this.#values, errors, isPageHeading: single }))}
        <cyd-button .buttonText=${bothLanguages((w) => w.continue)}></cyd-button>
      `)}`;
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
      actions: [
        {
          href: this.#link(row.pageId, true, row.index === undefined ? undefined : row.index + 1),
          text: bothLanguages((w) => w.change),
          visuallyHiddenText: textOf(index, (r) => r.label),
        },
      ],
    }));
    const last = visiblePages(form, answers).at(-1)?.id;
    const send = this.#send;
    const problem =
      send.kind === 'failed'
        ? html`<cyd-error-summary no-autofocus .heading=${bothLanguages((w) => w.notSent)} .errors=${[{ text: bothLanguages((w) => w[send.message]) }]}></cyd-error-summary>`
        : nothing;
    return html`${this.#backLink(last)}${problem}
      <h1 class="cyd-heading-l" tabindex="-1">${showAnswers ? words.checkAnswers : words.sendHeading}</h1>
      ${showAnswers ? html`<cyd-summary-list .rows=${rows}></cyd-summary-list>` : nothing}
      ${this.#formTemplate(html`
        ${form.declaration ? html`<h2 class="cyd-heading-m">${words.declarationHeading}</h2><p class="cyd-body">${form.declaration[locale]}</p>` : nothing}
        <cyd-button .buttonText=${bothLanguages((w) => (form.declaration ? w.acceptAndSend : w.send))} ?disabled=${send.kind === 'sending'}></cyd-button>
        ${send.kind === 'sending' ? html`<p class="cyd-body" role="status">${words.sending}</p>` : nothing}
      `)}`;
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

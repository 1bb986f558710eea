/**
 * `createFormHandler`: a form definition run as a Fetch API handler. Every
 * page is a plain HTML page from Cydran's server render that works with
 * JavaScript off; every POST is answered with a 303 to a GET, so reloading
 * or going back never sends anything twice.
 */
import { type Locale, LOCALE_COOKIE_MAX_AGE_SECONDS, LOCALE_STORAGE_KEY, isLocale, localeFromCookie } from '@cydran/i18n';
import { emailAddress, validate } from '@cydran/data-model';
import { type PageOptions, renderPage } from '@cydran/components/server';
import type { Answers, FieldError, FieldValues, FileAnswer, FormDefinition, Page, Text } from '../definition/types.js';
import { submissionSchema } from '../definition/index.js';
import {
  type ConditionContext,
  answerSummary,
  answerText,
  answerWords,
  canReachCheckAnswers,
  answerMisfit,
  checkCompatible,
  firstPageId,
  isFileAnswer,
  nextPageId,
  previousPageId,
  pruneHiddenAnswers,
  questionsOf,
  repeatItems,
  repeatState,
  validatePage,
  valuesFromAnswers,
  visiblePages,
} from '../engine/index.js';
import type { FormStore, Journey, Notifier, OutboxMessage, PendingValues } from '../storage/index.js';
import { readCookie, setCookie } from './cookies.js';
import { Csrf } from './csrf.js';
import { privateHeaders } from './responses.js';
import { sniffType } from './files.js';
import { type Html, attrs, html, toString } from './html.js';
import { type RunnerWords, runnerMessages } from './messages.js';
import { questionMarkup, textAttributes } from './question-markup.js';

type Values = FieldValues;

export interface FormHandlerOptions {
  form: FormDefinition;
  store: FormStore;
  /** Where the form is mounted: '/' (default) or '/apply-for-a-blue-badge'. */
  basePath?: string;
  /** Required when the form has saveAndReturn: sends the return link. */
  notifier?: Notifier;
  /**
   * Development only: serve `/outbox`, the messages the store's outbox holds
   * (what `developmentNotifier(store)` wrote). Never in production: it shows
   * every return link.
   */
  developmentOutbox?: boolean;
  /**
   * The key that signs CSRF tokens (at least 16 bytes). Give the same one to
   * every copy of the handler; without it each handler makes its own, and
   * pages open when the process restarts can no longer be sent.
   */
  csrfSecret?: string | Uint8Array;
  /** The largest request body accepted (default 64 KB, or the largest file a question accepts plus 64 KB). */
  maxBodyBytes?: number;
  /**
   * Origins (`https://www.example.gov.wales`) whose pages may send a finished
   * submission as JSON to `/submissions` — the client runner,
   * `<cyd-form-runner action="…">`, on a CMS page with no server of its own.
   * The form's own origin always may.
   */
  submissionOrigins?: readonly string[];
  /** The clock (tests). */
  now?: () => Date;
  /** Cydran's browser bundle (`…/cydran.js`): with it, pages are enhanced by the components; nothing depends on it. */
  scriptSrc?: string;
  /** Stylesheets for every page (`…/cydran.css`). */
  stylesheets?: string[];
  /**
   * The page template's other options (organisation, header, footer, phase
   * banner, CSP nonce…), or a function giving them for each request, for what
   * differs by person: the signed-in account in the header, the session's
   * timeout warning (`bodyStart`).
   */
  page?: PageExtras | ((request: Request) => PageExtras);
}

export type FormHandler = (request: Request) => Promise<Response>;

function hasOutbox(store: FormStore): store is FormStore & { outbox(): Promise<OutboxMessage[]> } {
  return 'outbox' in store && typeof store.outbox === 'function';
}

const CHECK_ANSWERS = 'check-answers';
const RESERVED = new Set([CHECK_ANSWERS, 'confirmation', 'save', 'saved', 'resume', 'outbox', 'submissions']);
const CSRF_FIELD = 'csrf-token';
const ACTION_FIELD = 'form-action';
/** Every page has at most one form; its error summary names it. */
const FORM_ID = 'cydran-form';
/** The yes/no field of a repeating page's list ("Do you want to add another?") and of its remove page. */
const ADD_ANOTHER_FIELD = 'add-another';
const REMOVE_FIELD = 'remove';
/** Pending values of a page that is not a question page (a list, a remove page) carry their problem here. */
const PROBLEM_FIELD = 'problem';
/** `?changed=1`: the page a resume into a changed version of the form lands on. */
const CHANGED_FIELD = 'changed';
/** A file question's chosen file, kept with pending values when the page had errors (the bytes are not kept). */
const FILE_META = ['name', 'type', 'size'] as const;

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly heading: keyof typeof runnerMessages.en,
    readonly body: keyof typeof runnerMessages.en,
    readonly headers: Record<string, string> = {},
  ) {
    super(`${status}`);
  }
}

/** What a service may add to every page the runner serves; the runner sets the rest. */
export type PageExtras = Omit<Partial<PageOptions>, 'lang' | 'title' | 'body' | 'hasErrors' | 'alternates' | 'backLink' | 'scripts' | 'stylesheets'>;

interface Context {
  request: Request;
  url: URL;
  locale: Locale;
  cookies: string[];
  secure: boolean;
}

type Body = { fields: Values; files: Map<string, File> };

function withoutTrailingSlash(path: string): string {
  return path.endsWith('/') ? path.slice(0, -1) : path;
}

export function createFormHandler(options: FormHandlerOptions): FormHandler {
  const { form, store } = options;
  if (form.saveAndReturn && !options.notifier) {
    throw new TypeError(
      `createFormHandler: form '${form.id}' has saveAndReturn, so the handler needs a notifier to send the return link. ` +
        'Pass notifier: developmentNotifier(store) from @cydran/forms/storage while developing, or your own { send(message) } that sends email.',
    );
  }
  for (const page of form.pages) {
    if (RESERVED.has(page.id)) {
      throw new TypeError(`createFormHandler: form '${form.id}' has a page with id '${page.id}', which is one of the runner's own addresses. Rename the page.`);
    }
  }
  const base = withoutTrailingSlash(options.basePath ?? '/');
  if (base !== '' && !base.startsWith('/')) throw new TypeError(`createFormHandler: basePath '${options.basePath}' must start with '/'.`);
  const csrf = new Csrf(options.csrfSecret);
  const largestFile = Math.max(0, ...form.pages.flatMap((p) => p.questions).map((q) => (q.type === 'file' ? q.maxBytes : 0)));
  const maxBodyBytes = options.maxBodyBytes ?? (largestFile > 0 ? largestFile + 65_536 : 65_536);
  const journeyCookie = `cydran-journey-${form.id}`;
  const cookiePath = base === '' ? '/' : base;
  const bilingual = form.languages.includes('en') && form.languages.includes('cy');
  const memoryPending = new Map<string, PendingValues>();
  const today = (): string | undefined => {
    if (!options.now) return undefined;
    const now = options.now();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  };
  const conditionContext = (): ConditionContext => {
    const date = today();
    return date ? { today: date } : {};
  };

  const t = (locale: Locale) => runnerMessages[locale];
  /** The runner's own words in both languages, as `text`/`text-cy` attributes: with JavaScript on, a live language switch changes them too. */
  const both = (name: string, pick: (words: RunnerWords, locale: Locale) => string): Record<string, string | undefined> =>
    textAttributes(name, { en: pick(runnerMessages.en, 'en'), cy: pick(runnerMessages.cy, 'cy') });
  const yesNo = { ...both('yes', (w) => w.yes), ...both('no', (w) => w.no) };
  const text = (value: Text | undefined, locale: Locale): string => (value ? (value[locale] ?? value.en ?? '') : '');
  const href = (path: string, query: Record<string, string> = {}): string => {
    const search = new URLSearchParams(query).toString();
    return `${base}/${path}${search ? `?${search}` : ''}`;
  };

  // ---- language ---------------------------------------------------------------------------

  function localeOf(request: Request, url: URL): { locale: Locale; chosen: boolean } {
    const asked = url.searchParams.get('lang');
    if (isLocale(asked) && form.languages.includes(asked)) return { locale: asked, chosen: true };
    const remembered = localeFromCookie(request.headers.get('cookie'));
    if (remembered && form.languages.includes(remembered)) return { locale: remembered, chosen: false };
    return { locale: form.languages[0] ?? 'en', chosen: false };
  }

  // ---- responses -------------------------------------------------------------------------

  function headers(ctx: Context, extra: Record<string, string> = {}): Headers {
    return privateHeaders(ctx.cookies, extra);
  }

  function redirect(ctx: Context, location: string): Response {
    return new Response(null, { status: 303, headers: headers(ctx, { location }) });
  }

  interface PageParts {
    title: string;
    body: Html;
    hasErrors?: boolean;
    back?: string;
    status?: number;
  }

  function page(ctx: Context, parts: PageParts): Response {
    const here = new URL(ctx.url);
    const alternate = (locale: Locale): string => {
      here.searchParams.set('lang', locale);
      return `${here.pathname}${here.search}`;
    };
    const markup = renderPage({
      ...(typeof options.page === 'function' ? options.page(ctx.request) : options.page),
      lang: ctx.locale,
      title: parts.title,
      hasErrors: parts.hasErrors === true,
      serviceName: form.title,
      serviceHref: `${base}/`,
      ...(bilingual ? { alternates: { en: alternate('en'), cy: alternate('cy') } } : {}),
      ...(parts.back ? { backLink: { href: parts.back } } : {}),
      stylesheets: options.stylesheets ?? [],
      scripts: options.scriptSrc ? [options.scriptSrc] : [],
      body: toString(parts.body),
    });
    return new Response(markup, { status: parts.status ?? 200, headers: headers(ctx, { 'content-type': 'text/html; charset=utf-8' }) });
  }

  function problemPage(ctx: Context, error: HttpError): Response {
    const words = t(ctx.locale);
    const heading = words[error.heading];
    const body = words[error.body];
    const response = page(ctx, {
      title: typeof heading === 'string' ? heading : '',
      status: error.status,
      body: html`<h1 class="cyd-heading-l">${typeof heading === 'string' ? heading : ''}</h1>
        <p class="cyd-body">${typeof body === 'string' ? body : ''}</p>
        <p class="cyd-body"><a class="cyd-link" href="${base}/">${text(form.title, ctx.locale)}</a></p>`,
    });
    for (const [name, value] of Object.entries(error.headers)) response.headers.set(name, value);
    return response;
  }

  // ---- journeys --------------------------------------------------------------------------

  async function currentJourney(ctx: Context): Promise<Journey | undefined> {
    const id = readCookie(ctx.request, journeyCookie);
    if (!id) return undefined;
    const journey = await store.getJourney(id);
    if (!journey || journey.formId !== form.id) return undefined;
    return journey;
  }

  function rememberJourney(ctx: Context, journey: Journey): void {
    ctx.cookies.push(setCookie(journeyCookie, journey.id, { path: cookiePath, secure: ctx.secure, httpOnly: true }));
  }

  async function journeyForPage(ctx: Context): Promise<Journey> {
    const journey = await currentJourney(ctx);
    if (journey && !journey.submittedId) return journey;
    // No journey yet (or the last one was sent): a new one, so the page has a CSRF token to carry.
    const started = await store.startJourney({ formId: form.id, formVersion: form.version, locale: ctx.locale });
    rememberJourney(ctx, started);
    return started;
  }

  async function pendingOf(journey: Journey): Promise<PendingValues | undefined> {
    return store.savePending ? journey.pending : memoryPending.get(journey.id);
  }

  /** Values that did not pass, kept in the store when it can (a restart loses nothing), else in memory. */
  async function savePending(journey: Journey, pending: PendingValues | undefined): Promise<void> {
    if (store.savePending) {
      await store.savePending(journey.id, pending);
      return;
    }
    if (pending) memoryPending.set(journey.id, pending);
    else memoryPending.delete(journey.id);
  }

  // ---- bodies ----------------------------------------------------------------------------

  /** The body, refused with 413 once it passes the limit, whatever Content-Length says. */
  async function readBytes(request: Request) {
    const declared = Number(request.headers.get('content-length') ?? '0');
    if (declared > maxBodyBytes) throw new HttpError(413, 'tooLargeHeading', 'tooLargeBody');
    const chunks: Uint8Array[] = [];
    let size = 0;
    if (request.body) {
      for await (const chunk of request.body) {
        size += chunk.byteLength;
        // Counted as it arrives: a missing or false Content-Length cannot get a larger body read.
        if (size > maxBodyBytes) throw new HttpError(413, 'tooLargeHeading', 'tooLargeBody');
        chunks.push(chunk);
      }
    }
    return Buffer.concat(chunks);
  }

  async function readBody(request: Request): Promise<Body> {
    const bytes = await readBytes(request);
    const type = request.headers.get('content-type') ?? '';
    if (!type.startsWith('application/x-www-form-urlencoded') && !type.startsWith('multipart/form-data')) {
      throw new HttpError(415, 'notAllowedHeading', 'notAllowedBody');
    }
    let data: FormData;
    try {
      data = await new Response(bytes, { headers: { 'content-type': type } }).formData();
    } catch {
      throw new HttpError(400, 'forbiddenHeading', 'forbiddenBody');
    }
    const fields: Values = {};
    const files = new Map<string, File>();
    for (const [name, value] of data) {
      if (typeof value !== 'string') {
        if (value.size > 0 || value.name !== '') files.set(name, value);
        continue;
      }
      const existing = fields[name];
      fields[name] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
    }
    return { fields, files };
  }

  /** The posted body of a journey's page, with the CSRF token checked; the token and action fields removed. */
  async function postedBody(ctx: Context, journey: Journey | undefined): Promise<{ input: Values; files: Map<string, File>; action: string | undefined }> {
    const { fields, files } = await readBody(ctx.request);
    const token = fields[CSRF_FIELD];
    if (!journey || !csrf.check(journey.id, token)) throw new HttpError(403, 'forbiddenHeading', 'forbiddenBody');
    const action = fields[ACTION_FIELD];
    const input: Values = {};
    for (const [name, value] of Object.entries(fields)) if (name !== CSRF_FIELD && name !== ACTION_FIELD) input[name] = value;
    return { input, files, action: typeof action === 'string' ? action : undefined };
  }

  function formTag(journey: Journey, action: string, content: Html, multipart = false): Html {
    return html`<form id="${FORM_ID}" method="post" action="${action}" novalidate${multipart ? html` enctype="multipart/form-data"` : ''}>
      <input type="hidden" name="${CSRF_FIELD}" value="${csrf.token(journey.id)}">
      ${content}
    </form>`;
  }

  // ---- question pages --------------------------------------------------------------------

  function pageById(pageId: string): Page | undefined {
    return form.pages.find((p) => p.id === pageId);
  }

  /** The page to send the person to when they ask for one they cannot be on yet. */
  function firstOpenPage(answers: Answers): string {
    const reach = canReachCheckAnswers(form, answers, conditionContext());
    return reach.ok ? CHECK_ANSWERS : reach.firstIncompletePage;
  }

  /** Whether the person may be on `pageId` now: it shows, and every page before it is answered. */
  function mayVisit(pageId: string, answers: Answers): boolean {
    const visible = visiblePages(form, answers, conditionContext()).map((p) => p.id);
    const at = visible.indexOf(pageId);
    if (at < 0) return false;
    const open = firstOpenPage(answers);
    if (open === CHECK_ANSWERS) return true;
    const openAt = visible.indexOf(open);
    return openAt < 0 || at <= openAt;
  }

  /** `?return=check-answers` only: a return address is never taken from the request as it is. */
  function returnsToCheckAnswers(url: URL): boolean {
    return url.searchParams.get('return') === CHECK_ANSWERS;
  }

  /** The query that keeps "came from check answers" across a page's own redirects. */
  function returnQuery(ctx: Context): Record<string, string> {
    return returnsToCheckAnswers(ctx.url) ? { return: CHECK_ANSWERS } : {};
  }

  /**
   * The page's error summary: the server's errors, or none — then it stays
   * hidden until, with JavaScript on, a submit attempt finds the form's
   * controls in error and lists them (as the server would have).
   */
  function errorSummary(errors: FieldError[]): Html {
    const list = errors.map((e) => ({ href: `#${e.field}`, text: e.message }));
    return html`<cyd-error-summary${attrs({ for: FORM_ID, errors: list.length > 0 ? list : undefined })}></cyd-error-summary>`;
  }

  function pageTitleOf(p: Page, locale: Locale): string {
    if (p.heading) return text(p.heading, locale);
    const first = p.questions[0];
    return first ? text(first.label, locale) : text(form.title, locale);
  }

  function saveButton(): Html {
    if (!form.saveAndReturn) return html``;
    return html`<cyd-button${attrs({ variant: 'secondary', name: ACTION_FIELD, value: 'save', ...both('text', (w) => w.saveForLater) })}></cyd-button>`;
  }

  function buttons(save = true): Html {
    return html`<div class="cyd-button-group">
      <cyd-button${attrs(both('text', (w) => w.continue))}></cyd-button>
      ${save ? saveButton() : ''}
    </div>`;
  }

  /** A question page, or one item of a repeating page (`item`: its position from 1). */
  interface Slot {
    page: Page;
    item?: number;
  }

  const slotKey = ({ page: p, item }: Slot): string => (item === undefined ? p.id : `${p.id}/${item}`);
  const slotPath = (slot: Slot): string => slotKey(slot);

  /** The stored answers a slot's fields show: the page's, or the item's. */
  function slotAnswers(answers: Answers, slot: Slot): Answers {
    if (slot.item === undefined) return answers;
    return repeatItems(answers, slot.page.id)[slot.item - 1] ?? {};
  }

  /** Files the person chose before, as the engine checks them: stored ones, or those of pending values. */
  function filesOf(slot: Slot, stored: Answers, pending: Values | undefined): Record<string, FileAnswer> {
    const files: Record<string, FileAnswer> = {};
    for (const question of slot.page.questions) {
      if (question.type !== 'file') continue;
      const name = pending?.[`${question.id}.name`];
      if (typeof name === 'string') {
        files[question.id] = {
          name,
          type: String(pending?.[`${question.id}.type`] ?? ''),
          size: Number(pending?.[`${question.id}.size`] ?? 0),
          sha256: '',
          storageKey: '',
        };
        continue;
      }
      const answer = stored[question.id];
      if (isFileAnswer(answer)) files[question.id] = answer;
    }
    return files;
  }

  async function showQuestionPage(ctx: Context, slot: Slot): Promise<Response> {
    const journey = await journeyForPage(ctx);
    const { answers } = journey;
    const p = slot.page;
    if (!mayVisit(p.id, answers)) return redirect(ctx, href(firstOpenPage(answers)));
    if (slot.item !== undefined && !itemInRange(slot, answers)) return redirect(ctx, href(p.id, returnQuery(ctx)));
    const locale = ctx.locale;
    const back =
      slot.item !== undefined && repeatItems(answers, p.id).length > 0
        ? href(p.id, returnQuery(ctx))
        : returnsToCheckAnswers(ctx.url)
          ? href(CHECK_ANSWERS)
          : previousHref(p.id, answers);
    if (p.exit) {
      return page(ctx, {
        title: pageTitleOf(p, locale),
        back,
        body: html`<h1 class="cyd-heading-l">${pageTitleOf(p, locale)}</h1><p class="cyd-body">${text(p.exit.body, locale)}</p>`,
      });
    }
    const pending = await pendingOf(journey);
    const shown = pending?.pageId === slotKey(slot) ? pending.values : undefined;
    const stored = slotAnswers(answers, slot);
    const values = shown ?? valuesFromAnswers(form, p.id, stored);
    // Errors are worked out again here, so they come in the language of this request.
    const errors = shown ? validatePage(form, p.id, shown, locale, { files: filesOf(slot, stored, shown), ...todayOption() }).errors : [];
    const single = p.questions.length === 1 && !p.heading;
    const fields = p.questions.map((question) => questionMarkup(question, { locale, values, errors, isPageHeading: single }));
    const multipart = p.questions.some((q) => q.type === 'file');
    const caption =
      slot.item !== undefined && p.repeat ? html`<p class="cyd-caption-l">${answerWords[locale].item(text(p.repeat.itemName, locale), slot.item)}</p>` : '';
    return page(ctx, {
      title: pageTitleOf(p, locale),
      hasErrors: errors.length > 0,
      back,
      body: html`${changedNotice(ctx)}${errorSummary(errors)}${caption}
        ${p.heading ? html`<h1 class="cyd-heading-l">${text(p.heading, locale)}</h1>` : ''}
        ${formTag(journey, href(slotPath(slot), returnQuery(ctx)), html`${fields}${buttons()}`, multipart)}`,
    });
  }

  function todayOption(): { today?: string } {
    const date = today();
    return date ? { today: date } : {};
  }

  function previousHref(pageId: string, answers: Answers): string {
    const previous = previousPageId(form, answers, pageId, conditionContext());
    return previous ? href(previous) : `${base}/`;
  }

  /** An item that exists, or the next one when another may be added. */
  function itemInRange(slot: Slot, answers: Answers): boolean {
    if (slot.item === undefined) return true;
    const state = repeatState(form, slot.page.id, answers);
    return slot.item >= 1 && (slot.item <= state.count || (slot.item === state.count + 1 && state.canAdd));
  }

  /** What the engine needs to check each chosen file: its size and the type its bytes show (never the name's or the browser's). */
  async function chosenFiles(p: Page, files: Map<string, File>): Promise<Map<string, { file: File; bytes: Uint8Array; answer: FileAnswer }>> {
    const chosen = new Map<string, { file: File; bytes: Uint8Array; answer: FileAnswer }>();
    for (const question of p.questions) {
      if (question.type !== 'file') continue;
      const file = files.get(question.id);
      if (!file) continue;
      const bytes = new Uint8Array(await file.arrayBuffer());
      const type = sniffType(bytes) ?? 'application/octet-stream';
      chosen.set(question.id, { file, bytes, answer: { name: file.name, type, size: bytes.byteLength, sha256: '', storageKey: '' } });
    }
    return chosen;
  }

  async function acceptQuestionPage(ctx: Context, slot: Slot): Promise<Response> {
    const journey = await currentJourney(ctx);
    const { input, files, action } = await postedBody(ctx, journey);
    if (!journey || journey.submittedId) return redirect(ctx, `${base}/`);
    const p = slot.page;
    if (!mayVisit(p.id, journey.answers)) return redirect(ctx, href(firstOpenPage(journey.answers)));
    if (slot.item !== undefined && !itemInRange(slot, journey.answers)) return redirect(ctx, href(p.id, returnQuery(ctx)));
    const stored = slotAnswers(journey.answers, slot);
    const chosen = await chosenFiles(p, files);
    // A file question answered before keeps its file when none is chosen this time.
    const checkedFiles = filesOf(slot, stored, undefined);
    for (const [id, { answer }] of chosen) checkedFiles[id] = answer;
    const result = validatePage(form, p.id, input, ctx.locale, { files: checkedFiles, ...todayOption() });
    const here = href(slotPath(slot), returnQuery(ctx));
    if (result.errors.length > 0) {
      const values: Values = { ...result.values };
      for (const [id, { answer }] of chosen) for (const part of FILE_META) values[`${id}.${part}`] = String(answer[part]);
      await savePending(journey, { pageId: slotKey(slot), values });
      return action === 'save' ? redirect(ctx, href('save')) : redirect(ctx, here);
    }
    const accepted: Answers = { ...result.answers };
    for (const [id, { file, bytes, answer }] of chosen) {
      const saved = await store.storeFile(bytes, { name: file.name, type: answer.type });
      accepted[id] = { ...answer, sha256: saved.sha256, storageKey: saved.storageKey };
    }
    const answers: Answers = { ...journey.answers };
    if (slot.item === undefined) {
      for (const question of p.questions) delete answers[question.id];
      Object.assign(answers, accepted);
    } else {
      const items = [...repeatItems(answers, p.id)];
      items[slot.item - 1] = accepted;
      answers[p.id] = items;
    }
    await store.saveAnswers(journey.id, answers, ctx.locale);
    if (action === 'save') return redirect(ctx, href('save'));
    if (slot.item !== undefined) return redirect(ctx, href(p.id, returnQuery(ctx)));
    return redirect(ctx, afterPage(ctx, p.id, answers));
  }

  /** Where a finished page leads: back to check answers when the person came from there and may go, else the next page. */
  function afterPage(ctx: Context, pageId: string, answers: Answers): string {
    if (returnsToCheckAnswers(ctx.url) && canReachCheckAnswers(form, answers, conditionContext()).ok) return href(CHECK_ANSWERS);
    return href(nextPageId(form, answers, pageId, conditionContext()));
  }

  // ---- repeating pages: the list of items, "add another", remove -------------------------

  async function showItemList(ctx: Context, p: Page): Promise<Response> {
    const journey = await journeyForPage(ctx);
    const { answers } = journey;
    if (!mayVisit(p.id, answers)) return redirect(ctx, href(firstOpenPage(answers)));
    const items = repeatItems(answers, p.id);
    if (items.length === 0) return redirect(ctx, href(`${p.id}/1`, returnQuery(ctx)));
    const locale = ctx.locale;
    const words = t(locale);
    const itemName = text(p.repeat?.itemName, locale);
    const state = repeatState(form, p.id, answers);
    const pending = await pendingOf(journey);
    const shown = pending?.pageId === `${p.id}/list` ? pending.values : undefined;
    const problem = shown?.[PROBLEM_FIELD];
    const message = problem === 'required' ? words.addAnotherRequired(itemName) : problem === 'tooFew' ? words.repeatTooFew(state.min) : undefined;
    const errors: FieldError[] = message ? [{ question: ADD_ANOTHER_FIELD, field: ADD_ANOTHER_FIELD, reason: String(problem), message }] : [];
    const cards = items.map((item, index) => {
      const rows = p.questions.map((question) => {
        const value = answerText(question, item[question.id], locale);
        return { key: text(question.label, locale), value: value === '' ? words.notAnswered : value };
      });
      return html`<cyd-summary-card${attrs({
        'card-title': answerWords[locale].item(itemName, index + 1),
        'change-href': href(`${p.id}/${index + 1}`, returnQuery(ctx)),
        'delete-href': state.count > 0 ? href(`${p.id}/${index + 1}/remove`, returnQuery(ctx)) : undefined,
      })}><cyd-summary-list${attrs({ rows })}></cyd-summary-list></cyd-summary-card>`;
    });
    const question = state.canAdd
      ? html`<cyd-radios${attrs({
          name: ADD_ANOTHER_FIELD,
          ...both('label', (w, l) => w.addAnotherQuestion(text(p.repeat?.itemName, l))),
          'label-size': 'm',
          'yes-no': true,
          inline: true,
          ...yesNo,
          value: typeof shown?.[ADD_ANOTHER_FIELD] === 'string' ? shown[ADD_ANOTHER_FIELD] : undefined,
          error: message,
        })}></cyd-radios>`
      : html`<p class="cyd-body">${words.repeatFull(state.max)}</p>`;
    return page(ctx, {
      title: words.itemsHeading(itemName),
      hasErrors: errors.length > 0,
      back: returnsToCheckAnswers(ctx.url) ? href(CHECK_ANSWERS) : previousHref(p.id, answers),
      body: html`${errorSummary(errors)}<h1 class="cyd-heading-l">${words.itemsHeading(itemName)}</h1>
        ${cards}
        ${formTag(journey, href(p.id, returnQuery(ctx)), html`${question}${buttons()}`)}`,
    });
  }

  async function acceptItemList(ctx: Context, p: Page): Promise<Response> {
    const journey = await currentJourney(ctx);
    const { input, action } = await postedBody(ctx, journey);
    if (!journey || journey.submittedId) return redirect(ctx, `${base}/`);
    if (!mayVisit(p.id, journey.answers)) return redirect(ctx, href(firstOpenPage(journey.answers)));
    if (action === 'save') return redirect(ctx, href('save'));
    const state = repeatState(form, p.id, journey.answers);
    const choice = input[ADD_ANOTHER_FIELD];
    if (state.canAdd && choice === 'yes') return redirect(ctx, href(`${p.id}/${state.count + 1}`, returnQuery(ctx)));
    const problem = state.canAdd && choice !== 'no' ? 'required' : state.needMore ? 'tooFew' : undefined;
    if (problem) {
      await savePending(journey, {
        pageId: `${p.id}/list`,
        values: { [PROBLEM_FIELD]: problem, ...(typeof choice === 'string' ? { [ADD_ANOTHER_FIELD]: choice } : {}) },
      });
      return redirect(ctx, href(p.id, returnQuery(ctx)));
    }
    await savePending(journey, undefined);
    return redirect(ctx, afterPage(ctx, p.id, journey.answers));
  }

  async function showRemoveItem(ctx: Context, slot: Slot, problem = false): Promise<Response> {
    const journey = await journeyForPage(ctx);
    const p = slot.page;
    const items = repeatItems(journey.answers, p.id);
    if (!mayVisit(p.id, journey.answers) || slot.item === undefined || slot.item > items.length) return redirect(ctx, href(p.id, returnQuery(ctx)));
    const locale = ctx.locale;
    const words = t(locale);
    const itemName = text(p.repeat?.itemName, locale);
    const item = slot.item;
    const heading = words.removeQuestion(itemName, item);
    const message = problem ? words.removeRequired(itemName, slot.item) : undefined;
    const errors: FieldError[] = message ? [{ question: REMOVE_FIELD, field: REMOVE_FIELD, reason: 'required', message }] : [];
    return page(ctx, {
      title: heading,
      hasErrors: errors.length > 0,
      status: problem ? 400 : 200,
      back: href(p.id, returnQuery(ctx)),
      body: html`${errorSummary(errors)}${formTag(
        journey,
        href(`${slotPath(slot)}/remove`, returnQuery(ctx)),
        html`
        <cyd-radios${attrs({ name: REMOVE_FIELD, ...both('label', (w, l) => w.removeQuestion(text(p.repeat?.itemName, l), item)), 'is-page-heading': true, 'label-size': 'l', 'yes-no': true, inline: true, ...yesNo, error: message })}></cyd-radios>
        ${buttons(false)}`,
      )}`,
    });
  }

  async function acceptRemoveItem(ctx: Context, slot: Slot): Promise<Response> {
    const journey = await currentJourney(ctx);
    const { input } = await postedBody(ctx, journey);
    if (!journey || journey.submittedId) return redirect(ctx, `${base}/`);
    const p = slot.page;
    const items = repeatItems(journey.answers, p.id);
    if (!mayVisit(p.id, journey.answers) || slot.item === undefined || slot.item > items.length) return redirect(ctx, href(p.id, returnQuery(ctx)));
    const choice = input[REMOVE_FIELD];
    if (choice !== 'yes' && choice !== 'no') return showRemoveItem(ctx, slot, true);
    if (choice === 'yes') {
      const answers: Answers = { ...journey.answers, [p.id]: items.filter((_, index) => index !== slot.item! - 1) };
      await store.saveAnswers(journey.id, answers, ctx.locale);
    }
    return redirect(ctx, href(p.id, returnQuery(ctx)));
  }

  // ---- check answers, submit, confirmation --------------------------------------------

  async function showCheckAnswers(ctx: Context): Promise<Response> {
    const journey = await currentJourney(ctx);
    if (!journey) return redirect(ctx, `${base}/`);
    if (journey.submittedId) return redirect(ctx, href('confirmation'));
    const answers = pruneHiddenAnswers(form, journey.answers, conditionContext());
    const reach = canReachCheckAnswers(form, answers, conditionContext());
    if (!reach.ok) return redirect(ctx, href(reach.firstIncompletePage));
    const locale = ctx.locale;
    const words = t(locale);
    const rows = answerSummary(form, answers, locale, conditionContext()).map((row) => ({
      key: row.label,
      value: row.value === '' ? words.notAnswered : row.value,
      actions: [
        {
          href: href(row.index === undefined ? row.pageId : `${row.pageId}/${row.index + 1}`, { return: CHECK_ANSWERS }),
          text: words.change,
          visuallyHiddenText: row.label,
        },
      ],
    }));
    const lastPage = visiblePages(form, answers, conditionContext()).at(-1);
    // checkAnswers: false still ends on this page, for the declaration and the one button that sends.
    const showAnswers = form.checkAnswers !== false;
    return page(ctx, {
      title: showAnswers ? words.checkAnswersShort : words.sendHeading,
      back: lastPage ? href(lastPage.id) : `${base}/`,
      body: html`<h1 class="cyd-heading-l">${showAnswers ? words.checkAnswers : words.sendHeading}</h1>
        ${showAnswers ? html`<cyd-summary-list${attrs({ rows })}></cyd-summary-list>` : ''}
        ${formTag(
          journey,
          href(CHECK_ANSWERS),
          html`
          ${form.declaration ? html`<h2 class="cyd-heading-m">${words.declarationHeading}</h2><p class="cyd-body">${text(form.declaration, locale)}</p>` : ''}
          <cyd-button${attrs(both('text', (w) => (form.declaration ? w.acceptAndSend : w.send)))}></cyd-button>`,
        )}`,
    });
  }

  async function submit(ctx: Context): Promise<Response> {
    const journey = await currentJourney(ctx);
    await postedBody(ctx, journey);
    if (!journey) return redirect(ctx, `${base}/`);
    const answers = pruneHiddenAnswers(form, journey.answers, conditionContext());
    if (!journey.submittedId) {
      const reach = canReachCheckAnswers(form, answers, conditionContext());
      if (!reach.ok) return redirect(ctx, href(reach.firstIncompletePage));
      // The whole journey checked again: pages were accepted one by one, possibly against an older definition.
      const parsed = submissionSchema(form).safeParse(answers);
      if (!parsed.success) return redirect(ctx, href(firstOpenPage(answers)));
    }
    // Idempotent per journey: a second press, or a second tab, gets the same submission.
    await store.submit({ journeyId: journey.id, formId: form.id, formVersion: form.version, locale: ctx.locale, answers });
    return redirect(ctx, href('confirmation'));
  }

  async function showConfirmation(ctx: Context): Promise<Response> {
    const journey = await currentJourney(ctx);
    const submission = journey?.submittedId ? await store.getSubmission(journey.submittedId) : undefined;
    if (!submission) return redirect(ctx, `${base}/`);
    const locale = ctx.locale;
    return page(ctx, {
      title: text(form.confirmation.title, locale),
      body: html`<cyd-panel${attrs({ ...textAttributes('title-text', form.confirmation.title), reference: submission.reference })}></cyd-panel>
        ${form.confirmation.body ? html`<p class="cyd-body">${text(form.confirmation.body, locale)}</p>` : ''}`,
    });
  }

  // ---- start page ------------------------------------------------------------------------

  async function showStart(ctx: Context): Promise<Response> {
    const locale = ctx.locale;
    const journey = await currentJourney(ctx);
    const first = firstPageId(form, journey && !journey.submittedId ? journey.answers : {}, conditionContext());
    return page(ctx, {
      title: text(form.title, locale),
      body: html`<h1 class="cyd-heading-xl">${text(form.title, locale)}</h1>
        ${form.description ? html`<p class="cyd-body">${text(form.description, locale)}</p>` : ''}
        <cyd-button${attrs({ start: true, href: href(first), ...both('text', (w) => w.start) })}></cyd-button>`,
    });
  }

  // ---- save and return -------------------------------------------------------------------

  const expiresAfterDays = form.saveAndReturn?.expiresAfterDays ?? 0;

  async function showSave(ctx: Context, error?: string, email?: string): Promise<Response> {
    const journey = await currentJourney(ctx);
    if (!journey || journey.submittedId) return redirect(ctx, `${base}/`);
    const words = t(ctx.locale);
    const errors: FieldError[] = error ? [{ question: 'email', field: 'email', reason: 'email', message: error }] : [];
    return page(ctx, {
      title: words.saveHeading,
      hasErrors: errors.length > 0,
      back: href(firstOpenPage(journey.answers)),
      status: error ? 400 : 200,
      body: html`${errorSummary(errors)}<h1 class="cyd-heading-l">${words.saveHeading}</h1>
        ${formTag(
          journey,
          href('save'),
          html`
          <cyd-text-input${attrs({ name: 'email', type: 'email', autocomplete: 'email', spellcheck: 'false', autocapitalize: 'none', ...both('label', (w) => w.saveEmailLabel), ...both('hint', (w) => w.saveEmailHint), value: email, error })}></cyd-text-input>
          <cyd-button${attrs(both('text', (w) => w.saveButton))}></cyd-button>`,
        )}`,
    });
  }

  async function sendReturnLink(ctx: Context): Promise<Response> {
    const journey = await currentJourney(ctx);
    const { input } = await postedBody(ctx, journey);
    if (!journey || journey.submittedId) return redirect(ctx, `${base}/`);
    const words = t(ctx.locale);
    const typed = typeof input.email === 'string' ? input.email : '';
    if (typed.trim() === '') return showSave(ctx, words.saveEmailMissing, typed);
    const checked = validate(emailAddress, typed, { locale: ctx.locale });
    if (!checked.success) return showSave(ctx, words.saveEmailInvalid, typed);
    const { token } = await store.createReturnLink(journey.id, checked.data, expiresAfterDays);
    const link = new URL(`${base}/resume/${encodeURIComponent(token)}`, ctx.url.origin);
    link.searchParams.set('lang', ctx.locale);
    const title = text(form.title, ctx.locale);
    await options.notifier!.send({
      to: checked.data,
      subject: words.emailSubject(title),
      body: words.emailBody(title, link.href, expiresAfterDays),
      locale: ctx.locale,
    });
    return redirect(ctx, href('saved'));
  }

  async function showSaved(ctx: Context): Promise<Response> {
    const words = t(ctx.locale);
    return page(ctx, {
      title: words.savedHeading,
      body: html`<cyd-panel${attrs({ 'title-text': words.savedHeading })}></cyd-panel>
        <p class="cyd-body">${words.savedBody(expiresAfterDays)}</p>`,
    });
  }

  async function resume(ctx: Context, token: string): Promise<Response> {
    const journey = await store.resume(token);
    if (!journey || journey.formId !== form.id || journey.submittedId) {
      const words = t(ctx.locale);
      return page(ctx, {
        title: words.expiredHeading,
        status: 410,
        body: html`<h1 class="cyd-heading-l">${words.expiredHeading}</h1><p class="cyd-body">${words.expiredBody}</p>
          <cyd-button${attrs({ href: `${base}/`, ...both('text', (w) => w.startAgain) })}></cyd-button>`,
      });
    }
    rememberJourney(ctx, journey);
    let answers = journey.answers;
    let changed = false;
    if (journey.formVersion !== form.version) {
      changed = !checkCompatible(form, journey.formVersion, answers).ok;
      // Answers the changed form cannot take are asked again rather than sent wrong; the rest are kept.
      if (changed) answers = answersThatFit(answers);
      await store.saveAnswers(journey.id, answers, ctx.locale);
    }
    // The token is in this address: leave it at once, so it is not kept in history or shown.
    return redirect(ctx, href(firstOpenPage(answers), { lang: ctx.locale, ...(changed ? { [CHANGED_FIELD]: '1' } : {}) }));
  }

  /** The saved answers whose question this version still asks and that still fit it (a repeating page's items each whole). */
  function answersThatFit(answers: Answers): Answers {
    const questions = new Map(questionsOf(form).map(({ question }) => [question.id, question]));
    const kept: Answers = {};
    for (const [key, answer] of Object.entries(answers)) {
      const page = pageById(key);
      if (page?.repeat) {
        const items = repeatItems(answers, key).filter((item) =>
          Object.entries(item).every(([id, value]) => questions.has(id) && answerMisfit(questions.get(id)!, value) === ''),
        );
        if (items.length > 0) kept[key] = items;
        continue;
      }
      const question = questions.get(key);
      if (question && answerMisfit(question, answer) === '') kept[key] = answer;
    }
    return kept;
  }

  /** After a resume into a changed form: says so, once, on the page the person lands on. */
  function changedNotice(ctx: Context): Html {
    if (ctx.url.searchParams.get(CHANGED_FIELD) !== '1') return html``;
    return html`<cyd-notification-banner${attrs({ ...both('title-text', (w) => w.incompatibleHeading), ...both('text', (w) => w.incompatibleBody) })}></cyd-notification-banner>`;
  }

  async function showOutbox(ctx: Context): Promise<Response> {
    if (!options.developmentOutbox || !hasOutbox(store)) throw new HttpError(404, 'notFoundHeading', 'notFoundBody');
    const messages = await store.outbox();
    const words = t(ctx.locale);
    const items = messages.map(
      (
        m,
      ) => html`<li lang="${m.locale}"><p class="cyd-body"><strong>${words.outboxTo}:</strong> ${m.to}<br><strong>${words.outboxSubject}:</strong> ${m.subject}</p>
        <pre class="cyd-body">${m.body}</pre></li>`,
    );
    return page(ctx, {
      title: words.outboxHeading,
      body: html`<h1 class="cyd-heading-l">${words.outboxHeading}</h1>
        ${messages.length === 0 ? html`<p class="cyd-body">${words.outboxEmpty}</p>` : html`<ol class="cyd-list">${items}</ol>`}`,
    });
  }

  // ---- finished submissions as JSON (the client runner) -----------------------------------

  const submissionOrigins = new Set(options.submissionOrigins ?? []);
  for (const origin of submissionOrigins) {
    if (new URL(origin).origin !== origin) {
      throw new TypeError(
        `createFormHandler: submissionOrigins has '${origin}', which is not an origin. Give scheme, host and port only, like 'https://www.example.gov.wales'.`,
      );
    }
  }

  /** The CORS headers for a request from `origin`, when it may send submissions; undefined when it may not. */
  function corsFor(ctx: Context): Record<string, string> | undefined {
    const origin = ctx.request.headers.get('origin');
    if (origin === null || origin === ctx.url.origin) return {};
    if (!submissionOrigins.has(origin)) return undefined;
    return { 'access-control-allow-origin': origin, vary: 'Origin' };
  }

  function json(ctx: Context, status: number, body: unknown, extra: Record<string, string> = {}): Response {
    return new Response(JSON.stringify(body), { status, headers: headers(ctx, { 'content-type': 'application/json; charset=utf-8', ...extra }) });
  }

  /** `GET /form.json`: the definition this server runs, for `<cyd-form-runner src>` (readable by the same origins that may send). */
  function definitionJson(ctx: Context): Response {
    const cors = corsFor(ctx);
    // Public content, but only the form's own pages and the named origins read it from a script.
    return new Response(JSON.stringify(form), {
      headers: headers(ctx, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-cache', ...(cors ?? {}) }),
    });
  }

  function submissionsPreflight(ctx: Context): Response {
    const cors = corsFor(ctx);
    if (!cors) return json(ctx, 403, { error: 'origin', message: 'This origin may not send submissions to this form.' });
    return new Response(null, {
      status: 204,
      headers: headers(ctx, {
        ...cors,
        'access-control-allow-methods': 'POST',
        'access-control-allow-headers': 'content-type',
        'access-control-max-age': '600',
      }),
    });
  }

  /**
   * `POST /submissions`, `application/json`: `{ id, formVersion, locale, answers }`
   * from the client runner. Checked as the server's own pages are: the path
   * must be complete, every answer valid (submissionSchema), the version the
   * one served. `id` (from the browser, random) makes a resend the same
   * submission. Only JSON: a cross-site page cannot send it without CORS, which
   * only `submissionOrigins` get.
   */
  async function acceptJsonSubmission(ctx: Context): Promise<Response> {
    const cors = corsFor(ctx);
    if (!cors) return json(ctx, 403, { error: 'origin', message: 'This origin may not send submissions to this form.' });
    if (!(ctx.request.headers.get('content-type') ?? '').startsWith('application/json')) {
      return json(ctx, 415, { error: 'contentType', message: 'Send the submission as application/json.' }, cors);
    }
    const text = new TextDecoder().decode(await readBytes(ctx.request));
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return json(ctx, 400, { error: 'json', message: 'The body is not JSON.' }, cors);
    }
    const given: Record<string, unknown> = typeof body === 'object' && body !== null && !Array.isArray(body) ? { ...body } : {};
    const { id, formVersion, locale, answers } = given;
    if (typeof id !== 'string' || !/^[A-Za-z0-9-]{16,64}$/.test(id))
      return json(ctx, 400, { error: 'id', message: 'id must be 16 to 64 letters, digits or hyphens (a random UUID).' }, cors);
    if (formVersion !== form.version) {
      return json(
        ctx,
        409,
        { error: 'version', message: `This server runs version ${form.version} of form '${form.id}', not ${String(formVersion)}. Reload the page.` },
        cors,
      );
    }
    if (!isLocale(locale) || !form.languages.includes(locale))
      return json(ctx, 400, { error: 'locale', message: `locale must be one of ${form.languages.join(', ')}.` }, cors);
    if (typeof answers !== 'object' || answers === null || Array.isArray(answers))
      return json(ctx, 400, { error: 'answers', message: 'answers must be an object.' }, cors);
    const pruned = pruneHiddenAnswers(form, { ...answers }, conditionContext());
    const reach = canReachCheckAnswers(form, pruned, conditionContext());
    if (!reach.ok)
      return json(ctx, 422, { error: 'incomplete', page: reach.firstIncompletePage, message: `Page '${reach.firstIncompletePage}' is not answered.` }, cors);
    const parsed = submissionSchema(form).safeParse(pruned);
    if (!parsed.success) {
      return json(ctx, 422, { error: 'invalid', issues: parsed.error.issues.map((issue) => ({ path: issue.path.map(String), message: issue.message })) }, cors);
    }
    const result = await store.submit({ journeyId: `client-${id}`, formId: form.id, formVersion: form.version, locale, answers: pruned });
    return json(ctx, result.duplicate ? 200 : 201, { reference: result.reference }, cors);
  }

  // ---- routing ---------------------------------------------------------------------------

  const GET = ['GET', 'HEAD'];
  const GET_POST = ['GET', 'HEAD', 'POST'];

  function allow(ctx: Context, methods: string[]): void {
    if (!methods.includes(ctx.request.method)) throw new HttpError(405, 'notAllowedHeading', 'notAllowedBody', { allow: methods.join(', ') });
  }

  async function route(ctx: Context, path: string): Promise<Response> {
    const [first = '', ...rest] = path.split('/');
    const isPost = ctx.request.method === 'POST';
    if (first === '' && rest.length === 0) {
      allow(ctx, GET);
      return showStart(ctx);
    }
    if (rest.length === 0) {
      switch (first) {
        case CHECK_ANSWERS:
          allow(ctx, GET_POST);
          return isPost ? submit(ctx) : showCheckAnswers(ctx);
        case 'confirmation':
          allow(ctx, GET);
          return showConfirmation(ctx);
        case 'save':
          if (!form.saveAndReturn) break;
          allow(ctx, GET_POST);
          return isPost ? sendReturnLink(ctx) : showSave(ctx);
        case 'saved':
          if (!form.saveAndReturn) break;
          allow(ctx, GET);
          return showSaved(ctx);
        case 'outbox':
          allow(ctx, GET);
          return showOutbox(ctx);
        case 'form.json':
          allow(ctx, GET);
          return definitionJson(ctx);
        case 'submissions':
          if (ctx.request.method === 'OPTIONS') return submissionsPreflight(ctx);
          allow(ctx, ['POST', 'OPTIONS']);
          return acceptJsonSubmission(ctx);
      }
      const p = pageById(first);
      if (p?.repeat) {
        allow(ctx, GET_POST);
        return isPost ? acceptItemList(ctx, p) : showItemList(ctx, p);
      }
      if (p) {
        allow(ctx, p.exit ? GET : GET_POST);
        return isPost ? acceptQuestionPage(ctx, { page: p }) : showQuestionPage(ctx, { page: p });
      }
    }
    const repeating = pageById(first);
    const item = rest[0] !== undefined && /^[1-9][0-9]{0,3}$/.test(rest[0]) ? Number(rest[0]) : undefined;
    if (repeating?.repeat && item !== undefined) {
      const slot: Slot = { page: repeating, item };
      if (rest.length === 1) {
        allow(ctx, GET_POST);
        return isPost ? acceptQuestionPage(ctx, slot) : showQuestionPage(ctx, slot);
      }
      if (rest.length === 2 && rest[1] === 'remove') {
        allow(ctx, GET_POST);
        return isPost ? acceptRemoveItem(ctx, slot) : showRemoveItem(ctx, slot);
      }
    }
    if (first === 'resume' && rest.length === 1 && rest[0] && form.saveAndReturn) {
      allow(ctx, GET);
      return resume(ctx, decodeURIComponent(rest[0]));
    }
    throw new HttpError(404, 'notFoundHeading', 'notFoundBody');
  }

  return async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const { locale, chosen } = localeOf(request, url);
    const ctx: Context = { request, url, locale, cookies: [], secure: url.protocol === 'https:' };
    if (chosen && localeFromCookie(request.headers.get('cookie')) !== locale) {
      // The same cookie @cydran/i18n's rememberLocale writes in the browser.
      ctx.cookies.push(setCookie(LOCALE_STORAGE_KEY, locale, { path: '/', secure: ctx.secure, maxAgeSeconds: LOCALE_COOKIE_MAX_AGE_SECONDS }));
    }
    try {
      const path = url.pathname === base ? '' : url.pathname.startsWith(`${base}/`) ? url.pathname.slice(base.length + 1) : undefined;
      if (path === undefined) throw new HttpError(404, 'notFoundHeading', 'notFoundBody');
      const response = await route(ctx, path.endsWith('/') ? path.slice(0, -1) : path);
      return request.method === 'HEAD' ? new Response(null, { status: response.status, headers: response.headers }) : response;
    } catch (error) {
      if (error instanceof HttpError) return problemPage(ctx, error);
      throw error;
    }
  };
}

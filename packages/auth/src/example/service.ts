/**
 * The example council service: a form from @cydran/forms behind sign-in.
 * It shows what a service does with `@cydran/auth/server` — mount the
 * handler's routes, `requireSession` before the form, the header's sign-out
 * link and the timeout warning on every signed-in page, the account's email
 * given to the form, each submission linked to the account that sent it.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { type Locale, type Text, resolveText } from '@cydran/i18n';
import { renderPage } from '@cydran/components/server';
import type { FormDefinition } from '@cydran/forms';
import { createFormHandler, html, htmlToString } from '@cydran/forms/server';
import { type SqlFormStore, developmentNotifier } from '@cydran/forms/storage';
import { authMessages } from '../patterns/index.js';
import { type AuthHandler, type AuthHandlerOptions, type Session, createAuthHandler } from '../server/index.js';
import { exampleMessages } from './messages.js';

export interface ExampleServiceOptions extends Omit<AuthHandlerOptions, 'database' | 'page' | 'stylesheets' | 'scriptSrc' | 'csrfSecret'> {
  /** The forms' store (`openStore()`): the form's journeys and submissions, and the sessions beside them. */
  store: SqlFormStore;
  /** The form the service protects (one of packages/forms/examples/*.json). */
  form: FormDefinition;
  /** Signs the CSRF tokens of the form and of sign-out (at least 16 bytes); one made per process without it. */
  csrfSecret: string | Uint8Array;
  stylesheets?: string[];
  scriptSrc?: string;
}

export interface ExampleService {
  handler: (request: Request) => Promise<Response>;
  auth: AuthHandler;
}

const organisation: Text = { en: exampleMessages.en.organisation, cy: exampleMessages.cy.organisation };
const footer = { copyright: { en: exampleMessages.en.copyright, cy: exampleMessages.cy.copyright } };

export function createExampleService(options: ExampleServiceOptions): ExampleService {
  const { store, form } = options;
  const stylesheets = options.stylesheets ?? [];
  const scripts = options.scriptSrc ? [options.scriptSrc] : [];
  const formBase = `/${form.id}`;
  const emailQuestion = form.pages.flatMap((page) => page.questions).find((question) => question.type === 'email')?.id;
  const auth = createAuthHandler({
    ...options,
    database: store.database,
    defaultReturnPath: options.defaultReturnPath ?? '/',
    page: { organisation, organisationHref: '/', serviceName: form.title, serviceHref: '/', footer },
    stylesheets,
    ...(options.scriptSrc ? { scriptSrc: options.scriptSrc } : {}),
  });

  // The signed-in session of the request the form is answering: its store and its pages read it.
  const current = new AsyncLocalStorage<Session>();
  const accountStore: SqlFormStore = {
    ...store,
    async startJourney(input) {
      const journey = await store.startJourney(input);
      const email = current.getStore()?.email;
      if (!emailQuestion || !email) return journey;
      // The account's address is the form's answer until the person changes it.
      const answers = { ...journey.answers, [emailQuestion]: email };
      await store.saveAnswers(journey.id, answers);
      return { ...journey, answers };
    },
    async submit(input) {
      const result = await store.submit(input);
      const session = current.getStore();
      if (session) await auth.sessions.linkSubmission(result.id, session.subject);
      return result;
    },
  };
  const frame = { organisation, organisationHref: '/', footer };
  const formHandler = createFormHandler({
    form,
    store: accountStore,
    basePath: formBase,
    notifier: developmentNotifier(store),
    csrfSecret: options.csrfSecret,
    stylesheets,
    ...(options.scriptSrc ? { scriptSrc: options.scriptSrc } : {}),
    // Every page of the form: the header's sign-out link and the timeout warning with the session's real end.
    page: (request) => {
      const session = current.getStore();
      return session ? { ...frame, ...auth.pageOptions(session, auth.localeOf(request)) } : frame;
    },
  });

  async function home(request: Request): Promise<Response> {
    const locale = auth.localeOf(request);
    const words = exampleMessages[locale];
    const session = await auth.session(request);
    const here = new URL(request.url);
    const alternate = (to: Locale): string => `${here.pathname}?lang=${to}`;
    let body;
    let pageParts: { header: { content: string }; bodyEnd?: string };
    if (session) {
      const ids = await auth.sessions.submissionsOf(session.subject);
      const submissions = (await Promise.all(ids.map((id) => store.getSubmission(id)))).filter((submission) => submission !== undefined);
      pageParts = auth.pageOptions(session, locale);
      body = html`<h1 class="cyd-heading-xl">${resolveText(form.title, locale)}</h1>
        ${session.email ? html`<p class="cyd-body">${words.signedInAs(session.email)}</p>` : ''}
        <cyd-button start href="${formBase}/?lang=${locale}" text="${exampleMessages.en.start}" text-cy="${exampleMessages.cy.start}"></cyd-button>
        <h2 class="cyd-heading-m">${words.yourReports}</h2>
        ${
          submissions.length === 0
            ? html`<p class="cyd-body">${words.noReports}</p>`
            : html`<ul class="cyd-list">${submissions.map((submission) => html`<li>${submission.reference}</li>`)}</ul>`
        }`;
    } else {
      pageParts = {
        header: {
          content: htmlToString(
            html`<a data-region="account" class="cyd-link" href="${auth.signInHref(locale, `${formBase}/`)}">${authMessages[locale].signIn}</a>`,
          ),
        },
      };
      body = html`<h1 class="cyd-heading-xl">${resolveText(form.title, locale)}</h1>
        <p class="cyd-body">${words.intro}</p>
        <cyd-button start href="${auth.signInHref(locale, `${formBase}/`)}" text="${exampleMessages.en.start}" text-cy="${exampleMessages.cy.start}"></cyd-button>`;
    }
    const markup = renderPage({
      lang: locale,
      title: resolveText(form.title, locale),
      organisation,
      organisationHref: '/',
      serviceName: form.title,
      serviceHref: '/',
      footer,
      alternates: { en: alternate('en'), cy: alternate('cy') },
      stylesheets,
      scripts,
      body: htmlToString(body),
      ...pageParts,
    });
    return new Response(markup, {
      headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'x-frame-options': 'DENY', 'x-content-type-options': 'nosniff' },
    });
  }

  async function handler(request: Request): Promise<Response> {
    if (auth.handles(request)) return auth(request);
    const url = new URL(request.url);
    if (url.pathname === '/' && (request.method === 'GET' || request.method === 'HEAD')) return home(request);
    if (url.pathname === formBase || url.pathname.startsWith(`${formBase}/`)) {
      const session = await auth.requireSession(request);
      if (session instanceof Response) return session;
      return current.run(session, () => formHandler(request));
    }
    return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }

  return { handler, auth };
}

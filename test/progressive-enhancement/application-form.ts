/**
 * A small service page as a council would serve it: a form of Cydran
 * components expanded on the server with `expandHTML`, validated on the
 * server, and re-rendered with inline errors and an error summary when an
 * answer is wrong. The no-JavaScript and upgrade tests drive this page.
 */
import type { Locale } from '@cydran/i18n';
import { expandHTML, serverTags } from '@cydran/components/server';
import { type Request, type Response, type TestServer, attribute, bundleStylesheet, formFields, serve } from './support.js';

type Bilingual = Record<Locale, string>;

interface Question {
  name: string;
  tag: 'cyd-text-input' | 'cyd-textarea';
  label: Bilingual;
  hint?: Bilingual;
  attributes?: string;
  /** The server's check: the error to show, or null when the answer is fine. */
  check(value: string): Bilingual | null;
}

export const QUESTIONS: Question[] = [
  {
    name: 'full-name',
    tag: 'cyd-text-input',
    label: { en: 'Full name', cy: 'Enw llawn' },
    attributes: 'autocomplete="name" spellcheck="false" required',
    check: (value) => (value.trim() ? null : { en: 'Enter your full name', cy: 'Rhowch eich enw llawn' }),
  },
  {
    name: 'email',
    tag: 'cyd-text-input',
    label: { en: 'Email address', cy: 'Cyfeiriad e-bost' },
    hint: { en: 'We will only use this to send you a receipt', cy: 'Byddwn ond yn defnyddio hwn i anfon derbynneb atoch' },
    attributes: 'type="email" autocomplete="email" spellcheck="false" required',
    check: (value) =>
      /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value.trim())
        ? null
        : {
            en: 'Enter an email address in the correct format, like name@example.com',
            cy: 'Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@example.com',
          },
  },
  {
    name: 'more-detail',
    tag: 'cyd-textarea',
    label: { en: 'Tell us more (optional)', cy: 'Dywedwch fwy wrthym (dewisol)' },
    check: () => null,
  },
];

/** The questions whose component exists yet (others are written in parallel). */
export function availableQuestions(): Question[] {
  const tags = serverTags();
  return QUESTIONS.filter((q) => tags.includes(q.tag));
}

const TITLE: Bilingual = { en: 'Apply for a parking permit', cy: 'Gwneud cais am drwydded parcio' };
const PROBLEM: Bilingual = { en: 'There is a problem', cy: 'Mae problem wedi codi' };
const THANKS: Bilingual = { en: 'Application received', cy: 'Cais wedi dod i law' };

export interface Problem {
  name: string;
  message: Bilingual;
}

/**
 * The error summary: Cydran's element when it exists, otherwise the same
 * links written out by hand, as a service would before the element existed.
 */
function errorSummary(problems: Problem[], locale: Locale): string {
  if (problems.length === 0) return '';
  if (serverTags().includes('cyd-error-summary')) {
    const errors = problems.map((p) => ({ href: `#${p.name}`, text: p.message }));
    return `<cyd-error-summary errors="${attribute(JSON.stringify(errors))}"></cyd-error-summary>`;
  }
  const items = problems.map((p) => `<li><a href="#${p.name}">${p.message[locale]}</a></li>`).join('');
  return `<div class="cyd-error-summary" role="alert"><h2 class="cyd-error-summary__title">${PROBLEM[locale]}</h2><ul class="cyd-error-summary__list">${items}</ul></div>`;
}

function question(q: Question, value: string | undefined, problem: Problem | undefined): string {
  const parts = [
    `name="${q.name}"`,
    `label="${attribute(q.label.en)}" label-cy="${attribute(q.label.cy)}"`,
    q.hint ? `hint="${attribute(q.hint.en)}" hint-cy="${attribute(q.hint.cy)}"` : '',
    q.attributes ?? '',
    value !== undefined && value !== '' ? `value="${attribute(value)}"` : '',
    problem ? `error="${attribute(problem.message.en)}" error-cy="${attribute(problem.message.cy)}"` : '',
  ];
  return `<${q.tag} ${parts.filter(Boolean).join(' ')}></${q.tag}>`;
}

export interface PageOptions {
  locale: Locale;
  values?: Record<string, string>;
  problems?: Problem[];
  /** Extra markup for the head (the upgrade test adds its module script). */
  head?: string;
}

/**
 * The page, expanded by the server renderer. The form has `novalidate`: the
 * server's checks are the authority, and the browser's own bubbles would
 * speak the browser's language, not the page's (docs/guides/messages.md:
 * no message comes from the browser).
 */
export function applicationPage({ locale, values = {}, problems = [], head = '' }: PageOptions): string {
  const byName = new Map(problems.map((p) => [p.name, p]));
  const title = `${problems.length ? `${locale === 'cy' ? 'Gwall' : 'Error'}: ` : ''}${TITLE[locale]}`;
  const fields = availableQuestions()
    .map((q) => question(q, values[q.name], byName.get(q.name)))
    .join('\n      ');
  return expandHTML(
    `<!doctype html>
<html lang="${locale}">
  <head><meta charset="utf-8"><title>${title}</title><link rel="stylesheet" href="/cydran.css">${head}</head>
  <body>
    <main>
      ${errorSummary(problems, locale)}
      <h1>${TITLE[locale]}</h1>
      <form method="post" action="/apply?lang=${locale}" novalidate>
      ${fields}
      <cyd-button type="submit" text="Continue" text-cy="Parhau"></cyd-button>
      </form>
    </main>
  </body>
</html>`,
    {
      onProblem: (problem) => {
        throw new Error(`The test page misuses a component: ${problem}`);
      },
    },
  );
}

export function thanksPage(locale: Locale): string {
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${THANKS[locale]}</title></head><body><h1>${THANKS[locale]}</h1></body></html>`;
}

export interface ApplicationServer extends TestServer {
  /** Every form post received, decoded, in order. */
  posts: Record<string, string>[];
}

/**
 * Serves the page at `/`, its stylesheet, and the form's POST handler.
 * `extra` answers any other path (the upgrade test's script).
 */
export async function serveApplication(
  options: { head?: string; extra?: (request: Request) => Promise<Response | undefined> | Response | undefined } = {},
): Promise<ApplicationServer> {
  const stylesheet = await bundleStylesheet();
  const posts: Record<string, string>[] = [];
  const server = await serve(async (request) => {
    const locale: Locale = request.query.get('lang') === 'cy' ? 'cy' : 'en';
    if (request.method === 'GET' && request.path === '/') {
      return { body: applicationPage({ locale, head: options.head }) };
    }
    if (request.path === '/cydran.css') return { type: 'text/css', body: stylesheet };
    if (request.method === 'POST' && request.path === '/apply') {
      const values = formFields(request.body);
      posts.push(values);
      const problems = availableQuestions().flatMap((q) => {
        const message = q.check(values[q.name] ?? '');
        return message ? [{ name: q.name, message }] : [];
      });
      if (problems.length === 0) return { body: thanksPage(locale) };
      return { status: 422, body: applicationPage({ locale, values, problems, head: options.head }) };
    }
    return options.extra?.(request);
  });
  return { ...server, posts };
}

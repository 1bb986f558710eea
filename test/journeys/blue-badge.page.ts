/**
 * "Apply for a Blue Badge": one realistic page that uses every Cydran form
 * control inside one native `<form>`, and the Node server a council would put
 * behind it. Both journey tests drive it:
 *
 * - `blue-badge.nojs.node.test.ts`: JavaScript off. The server renders the
 *   page with `expandHTML`, validates the multipart post with
 *   `@cydran/data-model` (the same schemas the browser uses) and simple
 *   required checks, and re-renders it with inline errors and an error
 *   summary. The language link goes to the equivalent page in the other
 *   language; the last answers and errors are kept in a session, so the
 *   Welsh page shows them in Welsh.
 * - `blue-badge.js.node.test.ts`: the same server render plus the elements'
 *   script; the browser checks the answers first, and the language toggle
 *   switches `lang` in place.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type Locale, LOCALES, localeFromCookie } from '@cydran/i18n';
import { dateOfBirth, emailAddress, nationalInsuranceNumber, nhsNumber, password, postcode, ukPhoneNumber, validate } from '@cydran/data-model';
import { expandHTML } from '@cydran/components/server';
import type * as z from 'zod';
import { type TestServer, attribute, bundleElements, bundleStylesheet, repositoryRoot, serve } from '../progressive-enhancement/support.js';

type Bilingual = Record<Locale, string>;

/** The page's address in each language: the language link goes to the equivalent page, not a home page. */
export const PAGE_PATH: Record<Locale, string> = { en: '/en/blue-badge', cy: '/cy/bathodyn-glas' };

export const TITLE: Bilingual = { en: 'Apply for a Blue Badge', cy: 'Gwneud cais am Fathodyn Glas' };
export const THANKS: Bilingual = { en: 'Application sent', cy: 'Cais wedi’i anfon' };
const ERROR_PREFIX: Bilingual = { en: 'Error: ', cy: 'Gwall: ' };

/** What the form posted, text fields only (files and passwords are never written back into a page). */
export type Answers = Record<string, string | string[]>;

/** One server-side problem: the field, where the summary links, the message in every language. */
export interface Problem {
  field: string;
  href: string;
  message: Bilingual;
  /** Date parts the problem is about (date of birth only). */
  parts?: readonly string[];
}

export interface PageOptions {
  lang: Locale;
  /** The answers to show again (the last post), by field name. */
  values?: Answers;
  /** The server's problems with them, in page order. */
  errors?: Problem[];
  /**
   * With the elements' script: the language toggle switches `lang` in place.
   * Without: it is a plain link to the page in the other language, which
   * works with JavaScript off.
   */
  scripted?: boolean;
}

// ---- the questions' own words, used by the page and by the server -------

export const REQUIRED: Record<string, Bilingual> = {
  'full-name': { en: 'Enter your full name', cy: 'Rhowch eich enw llawn' },
  dob: { en: 'Enter your date of birth', cy: 'Rhowch eich dyddiad geni' },
  'address-line-1': { en: 'Enter the first line of your address', cy: 'Rhowch linell gyntaf eich cyfeiriad' },
  town: { en: 'Enter your town or city', cy: 'Rhowch eich tref neu ddinas' },
  council: { en: 'Select your council', cy: 'Dewiswch eich cyngor' },
  pip: {
    en: 'Select yes if you get Personal Independence Payment',
    cy: 'Dewiswch ‘Ydw’ os ydych chi’n cael Taliad Annibyniaeth Personol',
  },
  'pip-points': { en: 'Enter your points for moving around', cy: 'Rhowch eich pwyntiau am symud o gwmpas' },
  conditions: {
    en: 'Select which of these apply to you, or select ‘None of these’',
    cy: 'Dewiswch pa rai o’r rhain sy’n berthnasol i chi, neu dewiswch ‘Dim un o’r rhain’',
  },
  'walking-description': { en: 'Describe how your condition affects your walking', cy: 'Disgrifiwch sut mae eich cyflwr yn effeithio ar eich gallu i gerdded' },
  photo: { en: 'Select a photo of yourself', cy: 'Dewiswch lun ohonoch chi’ch hun' },
  password: { en: 'Create a password', cy: 'Crëwch gyfrinair' },
};

export const PIP_POINTS_FORMAT: Bilingual = { en: 'Points must be a number from 0 to 12', cy: 'Rhaid i’r pwyntiau fod yn rhif o 0 i 12' };
export const NONE_WITH_OTHERS: Bilingual = {
  en: 'Select ‘None of these’ on its own, or untick it',
  cy: 'Dewiswch ‘Dim un o’r rhain’ ar ei ben ei hun, neu tynnwch y tic',
};
export const DESCRIPTION_MAX = 300;
const DESCRIPTION_TOO_LONG: Bilingual = { en: 'Description must be 300 characters or fewer', cy: 'Rhaid i’r disgrifiad fod yn 300 nod neu lai' };
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
const PHOTO_TYPES = ['.jpg', '.jpeg', '.png'];
const PHOTO_TYPE: Bilingual = { en: 'The photo must be a JPG or PNG', cy: 'Rhaid i’r llun fod yn JPG neu PNG' };
const PHOTO_SIZE: Bilingual = { en: 'The photo must be smaller than 5 MB', cy: 'Rhaid i’r llun fod yn llai na 5 MB' };

export const COUNCILS: { value: string; text: Bilingual }[] = [
  { value: 'cardiff', text: { en: 'Cardiff', cy: 'Caerdydd' } },
  { value: 'ceredigion', text: { en: 'Ceredigion', cy: 'Ceredigion' } },
  { value: 'gwynedd', text: { en: 'Gwynedd', cy: 'Gwynedd' } },
  { value: 'swansea', text: { en: 'Swansea', cy: 'Abertawe' } },
];

export const CONDITIONS: { value: string; label: Bilingual; exclusive?: boolean }[] = [
  { value: 'walking', label: { en: 'I cannot walk, or find walking very difficult', cy: 'Ni allaf gerdded, neu rwy’n ei chael hi’n anodd iawn cerdded' } },
  { value: 'arms', label: { en: 'I have a severe disability in both arms', cy: 'Mae gennyf anabledd difrifol yn y ddwy fraich' } },
  { value: 'sight', label: { en: 'I am registered as severely sight impaired', cy: 'Rwyf wedi fy nghofrestru â nam difrifol ar y golwg' } },
  { value: 'none', label: { en: 'None of these', cy: 'Dim un o’r rhain' }, exclusive: true },
];

/** `name="…" name-cy="…"`: author text in both languages. */
function text(name: string, words: Bilingual): string {
  return `${name}="${attribute(words.en)}" ${name}-cy="${attribute(words.cy)}"`;
}

function json(value: unknown): string {
  return attribute(JSON.stringify(value));
}

const first = (value: string | string[] | undefined): string => (Array.isArray(value) ? (value[0] ?? '') : (value ?? ''));

/** The three date boxes exactly as posted, to show them back (even a date missing a part). */
function dateParts(values: Answers): string {
  return (['day', 'month', 'year'] as const)
    .filter((part) => values[`dob-${part}`] !== undefined)
    .map((part) => `value-${part}="${attribute(first(values[`dob-${part}`]))}"`)
    .join(' ');
}

// ---- the page --------------------------------------------------------------

/**
 * The page's own words outside Cydran's elements (its heading and title)
 * switch with an in-place toggle only if the page switches them: here from
 * `data-text-en` / `data-text-cy` on `cyd-language-change`, as a council's
 * page would.
 */
const pageTextScript = `<script type="module">
  const titles = ${JSON.stringify(TITLE)};
  document.addEventListener('cyd-language-change', (event) => {
    const locale = event.detail.locale;
    for (const element of document.querySelectorAll('[data-text-' + locale + ']')) element.textContent = element.getAttribute('data-text-' + locale);
    const prefix = /^(Error|Gwall): /.exec(document.title)?.[0] ?? '';
    document.title = prefix + titles[locale];
  });
</script>`;

/**
 * The page, expanded by the server renderer in `lang`. The form has
 * `novalidate`: the server's checks are the authority, and with JavaScript
 * on Cydran checks in the page's language instead of the browser's bubbles.
 * Any developer error a component reports fails the test at once.
 */
export function blueBadgePage({ lang, values = {}, errors = [], scripted = false }: PageOptions): string {
  const problem = new Map(errors.map((p) => [p.field, p]));
  const value = (name: string) => {
    const v = first(values[name]);
    return v ? `value="${attribute(v)}"` : '';
  };
  const error = (name: string) => {
    const p = problem.get(name);
    return p ? text('error', p.message) : '';
  };
  const dobProblem = problem.get('dob');
  const ticked = Array.isArray(values.conditions) ? values.conditions : values.conditions ? [values.conditions] : [];
  const summaryItems = errors.map((p) => ({ href: p.href, text: p.message }));
  const toggle = scripted
    ? '<cyd-language-toggle></cyd-language-toggle>'
    : `<cyd-language-toggle href-en="${PAGE_PATH.en}" href-cy="${PAGE_PATH.cy}"></cyd-language-toggle>`;

  return expandHTML(
    `<!doctype html>
<html lang="${lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${errors.length ? ERROR_PREFIX[lang] : ''}${TITLE[lang]}</title>
  <link rel="stylesheet" href="/cydran.css">
  ${scripted ? `<script type="module" src="/cydran.js"></script>${pageTextScript}` : ''}
</head>
<body>
  <cyd-skip-link></cyd-skip-link>
  <header>${toggle}</header>
  <main id="main-content" tabindex="-1">
    <cyd-error-summary for="blue-badge" update-title ${summaryItems.length ? `errors="${json(summaryItems)}"` : ''}></cyd-error-summary>
    <h1 ${text('data-text', TITLE)}>${TITLE[lang]}</h1>
    <form id="blue-badge" method="post" action="${PAGE_PATH[lang]}" enctype="multipart/form-data" novalidate>
      <cyd-text-input name="full-name" autocomplete="name" spellcheck="false" required
        ${text('label', { en: 'Full name', cy: 'Enw llawn' })} ${text('required-message', REQUIRED['full-name']!)}
        ${value('full-name')} ${error('full-name')}></cyd-text-input>

      <cyd-date-input name="dob" iso-name="date-of-birth" autocomplete="bday" required
        ${text('label', { en: 'What is your date of birth?', cy: 'Beth yw eich dyddiad geni?' })}
        ${text('hint', { en: 'For example, 27 3 1950', cy: 'Er enghraifft, 27 3 1950' })}
        ${text('required-message', REQUIRED.dob!)}
        ${dateParts(values)} ${error('dob')} ${dobProblem?.parts ? `error-parts="${dobProblem.parts.join(' ')}"` : ''}></cyd-date-input>

      <cyd-text-input name="ni-number" data-schema="nationalInsuranceNumber" width="10" spellcheck="false" required
        ${text('label', { en: 'National Insurance number', cy: 'Rhif Yswiriant Gwladol' })}
        ${text('hint', { en: 'It’s on your National Insurance card or letter. For example, QQ 12 34 56 C', cy: 'Mae ar eich cerdyn neu lythyr Yswiriant Gwladol. Er enghraifft, QQ 12 34 56 C' })}
        ${value('ni-number')} ${error('ni-number')}></cyd-text-input>

      <cyd-text-input name="nhs-number" data-schema="nhsNumber" width="10" inputmode="numeric" spellcheck="false" required
        ${text('label', { en: 'NHS number', cy: 'Rhif GIG' })}
        ${text('hint', { en: 'For example, 485 777 3456', cy: 'Er enghraifft, 485 777 3456' })}
        ${value('nhs-number')} ${error('nhs-number')}></cyd-text-input>

      <cyd-fieldset fieldset-id="address" legend-size="m" ${text('legend', { en: 'What is your address?', cy: 'Beth yw eich cyfeiriad?' })}>
        <cyd-text-input name="address-line-1" autocomplete="address-line1" required
          ${text('label', { en: 'Address line 1', cy: 'Llinell 1 y cyfeiriad' })} ${text('required-message', REQUIRED['address-line-1']!)}
          ${value('address-line-1')} ${error('address-line-1')}></cyd-text-input>
        <cyd-text-input name="town" autocomplete="address-level2" width="two-thirds" required
          ${text('label', { en: 'Town or city', cy: 'Tref neu ddinas' })} ${text('required-message', REQUIRED.town!)}
          ${value('town')} ${error('town')}></cyd-text-input>
        <cyd-text-input name="postcode" data-schema="postcode" autocomplete="postal-code" width="10" required
          ${text('label', { en: 'Postcode', cy: 'Cod post' })}
          ${value('postcode')} ${error('postcode')}></cyd-text-input>
      </cyd-fieldset>

      <cyd-text-input name="email" type="email" data-schema="emailAddress" autocomplete="email" spellcheck="false" required
        ${text('label', { en: 'Email address', cy: 'Cyfeiriad e-bost' })}
        ${text('hint', { en: 'We will send your confirmation here', cy: 'Byddwn yn anfon eich cadarnhad yma' })}
        ${value('email')} ${error('email')}></cyd-text-input>

      <cyd-text-input name="phone" type="tel" data-schema="ukPhoneNumber" autocomplete="tel" width="20" optional
        ${text('label', { en: 'Phone number', cy: 'Rhif ffôn' })}
        ${value('phone')} ${error('phone')}></cyd-text-input>

      <cyd-select name="council" required ${text('label', { en: 'Which council are you applying to?', cy: 'I ba gyngor rydych chi’n gwneud cais?' })}
        ${text('required-message', REQUIRED.council!)} ${value('council')} ${error('council')}
        options="${json([{ value: '', text: { en: 'Choose your council', cy: 'Dewiswch eich cyngor' } }, ...COUNCILS])}"></cyd-select>

      <cyd-radios name="pip" yes-no required yes-cy="Ydw" no-cy="Nac ydw"
        ${text('label', { en: 'Do you get Personal Independence Payment (PIP)?', cy: 'Ydych chi’n cael Taliad Annibyniaeth Personol (PIP)?' })}
        ${text('required-message', REQUIRED.pip!)} ${value('pip')} ${error('pip')}>
        <div data-reveal-for="yes">
          <cyd-text-input name="pip-points" width="2" inputmode="numeric" pattern="[0-9]|1[0-2]" required
            ${text('label', { en: 'How many points did you score for ‘moving around’?', cy: 'Faint o bwyntiau gawsoch chi am ‘symud o gwmpas’?' })}
            ${text('required-message', REQUIRED['pip-points']!)} messages="${json({ patternMismatch: PIP_POINTS_FORMAT })}"
            ${value('pip-points')} ${error('pip-points')}></cyd-text-input>
        </div>
      </cyd-radios>

      <cyd-checkboxes name="conditions" required
        ${text('label', { en: 'Which of these apply to you?', cy: 'Pa rai o’r rhain sy’n berthnasol i chi?' })}
        ${text('hint', { en: 'Select all that apply', cy: 'Dewiswch bob un sy’n berthnasol' })}
        ${text('required-message', REQUIRED.conditions!)}
        options="${json(CONDITIONS)}" ${ticked.length ? `value="${json(ticked)}"` : ''} ${error('conditions')}></cyd-checkboxes>

      <cyd-character-count name="walking-description" maxlength="${DESCRIPTION_MAX}" rows="4" required
        ${text('label', { en: 'Describe how your condition affects your walking', cy: 'Disgrifiwch sut mae eich cyflwr yn effeithio ar eich gallu i gerdded' })}
        ${text('required-message', REQUIRED['walking-description']!)} messages="${json({ tooLong: DESCRIPTION_TOO_LONG })}"
        ${value('walking-description')} ${error('walking-description')}></cyd-character-count>

      <cyd-textarea name="more-detail" rows="3" optional
        ${text('label', { en: 'Is there anything else you want to tell us?', cy: 'Oes unrhyw beth arall rydych chi eisiau ei ddweud wrthym?' })}
        ${value('more-detail')}></cyd-textarea>

      <cyd-file-upload name="photo" accept="${PHOTO_TYPES.join(',')}" max-size="${PHOTO_MAX_BYTES}" required
        ${text('label', { en: 'Upload a photo of yourself', cy: 'Lanlwythwch lun ohonoch chi’ch hun' })}
        ${text('hint', { en: 'A recent photo of your head and shoulders: JPG or PNG, up to 5 MB', cy: 'Llun diweddar o’ch pen a’ch ysgwyddau: JPG neu PNG, hyd at 5 MB' })}
        ${text('required-message', REQUIRED.photo!)} ${error('photo')}></cyd-file-upload>

      <cyd-password-input name="password" autocomplete="new-password" required
        ${text('label', { en: 'Create a password', cy: 'Crëwch gyfrinair' })}
        ${text('hint', { en: 'So you can come back to your application. At least 8 characters', cy: 'Er mwyn i chi allu dod yn ôl at eich cais. O leiaf 8 nod' })}
        ${text('required-message', REQUIRED.password!)} ${error('password')}></cyd-password-input>

      <cyd-button type="submit" ${text('text', { en: 'Send application', cy: 'Anfon cais' })}></cyd-button>
    </form>
  </main>
</body>
</html>`,
    {
      onProblem: (p) => {
        throw new Error(`The blue badge page misuses a component: ${p}`);
      },
    },
  );
}

export function thanksPage(lang: Locale): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${THANKS[lang]}</title></head><body><main><h1>${THANKS[lang]}</h1></main></body></html>`;
}

// ---- the server's checks: the same schemas as the browser ------------------

/** A posted file, as the server saw it. */
export interface PostedFile {
  file: string;
  type: string;
  size: number;
}
export type PostedValue = string | PostedFile;
/** A post as received: one value per name, or a list when a name came more than once (ticked boxes). */
export type Posted = Record<string, PostedValue | PostedValue[]>;

function inEveryLanguage(message: (locale: Locale) => string): Bilingual {
  return Object.fromEntries(LOCALES.map((locale) => [locale, message(locale)])) as Bilingual;
}

/** A data-model schema's first problem in every language; blank is fine when the field is optional. */
function schemaProblem(schema: z.ZodType, answer: unknown, optional = false): { message: Bilingual; parts?: readonly string[] } | null {
  if (optional && typeof answer === 'string' && answer.trim() === '') return null;
  const results = LOCALES.map((locale) => validate(schema, answer, { locale }));
  if (results[0]!.success) return null;
  const errorsOf = (i: number) => (results[i]!.success ? [] : (results[i] as { errors: { message: string; parts?: string[] }[] }).errors);
  return { message: inEveryLanguage((locale) => errorsOf(LOCALES.indexOf(locale))[0]!.message), parts: errorsOf(0)[0]!.parts };
}

/**
 * Checks a post, in page order (the error summary's order). Text answers
 * come from `answers`; the photo from the post itself.
 */
export function checkAnswers(answers: Answers, photo: PostedFile | undefined): Problem[] {
  const problems: Problem[] = [];
  const add = (field: string, message: Bilingual, href = `#${field}`, parts?: readonly string[]) => problems.push({ field, href, message, parts });
  const answer = (name: string) => first(answers[name]).trim();
  const required = (name: string) => {
    if (!answer(name)) add(name, REQUIRED[name]!);
    return !!answer(name);
  };
  const schema = (name: string, s: z.ZodType, optional = false) => {
    const p = schemaProblem(s, answer(name), optional);
    if (p) add(name, p.message);
  };

  required('full-name');
  const date = { day: answer('dob-day'), month: answer('dob-month'), year: answer('dob-year') };
  if (!date.day && !date.month && !date.year) {
    add('dob', REQUIRED.dob!, '#dob-day');
  } else {
    const p = schemaProblem(dateOfBirth(), date);
    if (p) add('dob', p.message, `#dob-${p.parts?.[0] ?? 'day'}`, p.parts);
  }
  schema('ni-number', nationalInsuranceNumber);
  schema('nhs-number', nhsNumber);
  required('address-line-1');
  required('town');
  schema('postcode', postcode);
  schema('email', emailAddress);
  schema('phone', ukPhoneNumber, true);
  if (!COUNCILS.some((c) => c.value === answer('council'))) add('council', REQUIRED.council!);
  if (!['yes', 'no'].includes(answer('pip'))) {
    add('pip', REQUIRED.pip!);
  } else if (answer('pip') === 'yes' && required('pip-points') && !/^(?:[0-9]|1[0-2])$/.test(answer('pip-points'))) {
    // Only asked when the answer is yes; with JavaScript off the box is
    // always on the page (and posted empty), so "no" ignores it.
    add('pip-points', PIP_POINTS_FORMAT);
  }
  const conditions = Array.isArray(answers.conditions) ? answers.conditions : [];
  if (conditions.length === 0 || conditions.some((c) => !CONDITIONS.some((o) => o.value === c))) {
    add('conditions', REQUIRED.conditions!);
  } else if (conditions.includes('none') && conditions.length > 1) {
    // With JavaScript off nothing unticks the others: the server must say so.
    add('conditions', NONE_WITH_OTHERS);
  }
  // Browsers send a line break as CR LF; the page counts it as one.
  if (required('walking-description') && answer('walking-description').replace(/\r\n/g, '\n').length > DESCRIPTION_MAX) {
    add('walking-description', DESCRIPTION_TOO_LONG);
  }
  if (!photo || photo.size === 0 || photo.file === '') add('photo', REQUIRED.photo!);
  else if (!PHOTO_TYPES.some((ext) => photo.file.toLowerCase().endsWith(ext))) add('photo', PHOTO_TYPE);
  else if (photo.size > PHOTO_MAX_BYTES) add('photo', PHOTO_SIZE);
  const secret = first(answers.password);
  if (!secret) add('password', REQUIRED.password!);
  else schema('password', password);
  return problems;
}

// ---- the server -----------------------------------------------------------

export interface Post {
  path: string;
  /** The language the server answered in. */
  locale: Locale;
  fields: Posted;
}

export interface BlueBadgeServer extends TestServer {
  /** Every form post received, decoded, in order. */
  posts: Post[];
}

const SESSION_COOKIE = 'blue-badge-session';

function cookie(header: string | undefined, name: string): string | undefined {
  return header
    ?.split(';')
    .map((part) => part.trim().split('='))
    .find(([key]) => key === name)?.[1];
}

/**
 * Serves the page in both languages, its stylesheet (and script, when
 * scripted) and the form's POST handler. The last answers and errors are
 * kept per session (a cookie), so the page in the other language shows them:
 * switching language must never lose what the person typed (docs/welsh-language.md, requirement 4).
 */
export async function serveBlueBadge({ scripted = false }: { scripted?: boolean } = {}): Promise<BlueBadgeServer> {
  // data-schema="ukPhoneNumber" needs the phone entry as well as all.ts
  // since the schemas were split from libphonenumber's data; before that
  // split all.ts alone registered it.
  const phoneEntry = existsSync(join(repositoryRoot, 'packages/components/src/schema/phone-define.ts')) ? ['schema/phone-define.ts'] : [];
  const [stylesheet, script] = await Promise.all([bundleStylesheet(), scripted ? bundleElements(phoneEntry) : undefined]);
  const posts: Post[] = [];
  const sessions = new Map<string, { values: Answers; errors: Problem[] }>();

  const server = await serve(async (request) => {
    if (request.path === '/cydran.css') return { type: 'text/css', body: stylesheet };
    // Browsers ask for it unprompted; a 404 would show as a console error.
    if (request.path === '/favicon.ico') return { status: 204, type: 'image/x-icon', body: '' };
    if (script && request.path === '/cydran.js') return { type: 'text/javascript', body: script };
    const pathLocale = LOCALES.find((l) => PAGE_PATH[l] === request.path);
    if (!pathLocale) return undefined;

    const cookieHeader = request.headers.cookie;
    let sessionId = cookie(cookieHeader, SESSION_COOKIE);
    const headers: Record<string, string> = {};
    if (!sessionId || !sessions.has(sessionId)) {
      sessionId = randomUUID();
      sessions.set(sessionId, { values: {}, errors: [] });
      headers['set-cookie'] = `${SESSION_COOKIE}=${sessionId}; Path=/; HttpOnly; SameSite=Lax`;
    }
    const session = sessions.get(sessionId)!;

    if (request.method === 'GET') {
      return { headers, body: blueBadgePage({ lang: pathLocale, values: session.values, errors: session.errors, scripted }) };
    }
    if (request.method !== 'POST') return undefined;

    // The language of the answer: the person's latest choice (the cookie an
    // in-place toggle sets), else the page's address.
    const locale = localeFromCookie(cookieHeader) ?? pathLocale;
    // Node's Fetch API parses multipart (and urlencoded) bodies.
    const form = await new Request(`http://127.0.0.1${request.path}`, {
      method: 'POST',
      headers: { 'content-type': String(request.headers['content-type'] ?? '') },
      body: new Uint8Array(request.raw),
    }).formData();
    const fields: Posted = {};
    for (const name of new Set(form.keys())) {
      const all = form.getAll(name).map((v): PostedValue => (typeof v === 'string' ? v : { file: v.name, type: v.type, size: v.size }));
      fields[name] = all.length === 1 ? all[0]! : all;
    }
    posts.push({ path: request.path, locale, fields });

    const values: Answers = {};
    for (const name of new Set(form.keys())) {
      const strings = form.getAll(name).filter((v): v is string => typeof v === 'string');
      if (name === 'password' || strings.length === 0) continue;
      values[name] = name === 'conditions' ? strings : strings[0]!;
    }
    values.conditions ??= [];
    const photo = form.get('photo');
    const errors = checkAnswers(
      { ...values, password: String(form.get('password') ?? '') },
      photo && typeof photo !== 'string' ? { file: photo.name, type: photo.type, size: photo.size } : undefined,
    );
    if (errors.length > 0) {
      sessions.set(sessionId, { values, errors });
      return { status: 422, headers, body: blueBadgePage({ lang: locale, values, errors, scripted }) };
    }
    sessions.set(sessionId, { values: {}, errors: [] });
    return { headers, body: thanksPage(locale) };
  });
  return { ...server, posts };
}

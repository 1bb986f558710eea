/**
 * The provider's pages: each step's form inside the Cydran page template
 * (renderPage), server-rendered so every page works with JavaScript off.
 */
import type { Locale } from '@cydran/i18n';
import { renderPage, type PageOptions } from '@cydran/components/server';
import { attrs, html, htmlToString, type Html } from '@cydran/forms/server';
import { checkEmailAddress } from '@cydran/data-model/checks/email-address';
import { checkUkPhoneNumber } from '@cydran/data-model/checks/phone-number';
import type { Checked, PageRenderer, StepError, StepName, StepView } from './steps.js';
import { providerWords } from './words.js';

/** What the deployment gives every page: its organisation, stylesheets, scripts. */
export type PageSettings = Partial<Pick<PageOptions, 'organisation' | 'organisationHref' | 'serviceName' | 'stylesheets' | 'scripts' | 'footer' | 'phaseBanner'>>;

interface StepWords {
  title: string;
  email: string;
  password: string;
  confirm: string;
  continue: string;
  createAccount: string;
  forgotten: string;
  sms: string;
  app: string;
  phone: string;
  secretKey: string;
  sendNewCode: string;
  titles: Record<StepName, string>;
  emailMissing: string;
  emailFormat: string;
  passwordMissing: string;
  passwordShort: string;
  passwordLong: string;
  passwordsDiffer: string;
  codeMissing: string;
  codeFormat: string;
  methodMissing: string;
  phoneFormat: string;
}

const words: Record<Locale, StepWords> = {
  en: {
    title: 'Sign in',
    email: 'Email address',
    password: 'Password',
    confirm: 'Confirm your password',
    continue: 'Continue',
    createAccount: 'Create an account',
    forgotten: 'Forgotten your password?',
    sms: 'Text message',
    app: 'Authenticator app',
    phone: 'UK mobile phone number',
    secretKey: 'Secret key',
    sendNewCode: 'Send a new code',
    titles: {
      email: 'Enter your email address to sign in',
      password: 'Enter your password',
      code: 'Enter your security code',
      'create-email': 'Enter your email address',
      'create-code': 'Check your email',
      'create-password': 'Create your password',
      'create-method': 'Choose how to get security codes',
      'create-phone': 'Enter your mobile phone number',
      'create-sms-code': 'Check your phone',
      'create-app': 'Set up an authenticator app',
      'create-done': 'You have created your account',
      'reset-email': 'Reset your password',
      'reset-code': 'Check your email',
      'reset-password': 'Create a new password',
      'reset-done': 'You have changed your password',
      resend: 'Get a new security code',
      locked: 'Your account is locked',
      'too-many': 'You entered the wrong security code too many times',
      consent: 'Continue to the service',
    },
    emailMissing: 'Enter your email address',
    emailFormat: 'Enter an email address in the correct format, like name@example.com',
    passwordMissing: 'Enter your password',
    passwordShort: 'Your password must be at least 8 characters',
    passwordLong: 'Your password must be 256 characters or fewer',
    passwordsDiffer: 'The passwords do not match',
    codeMissing: 'Enter the security code',
    codeFormat: 'Enter the security code using only 6 digits',
    methodMissing: 'Select how you want to get security codes',
    phoneFormat: 'Enter a UK mobile phone number, like 07700 900 982',
  },
  cy: {
    title: 'Mewngofnodi',
    email: 'Cyfeiriad e-bost',
    password: 'Cyfrinair',
    confirm: 'Cadarnhewch eich cyfrinair',
    continue: 'Parhau',
    createAccount: 'Creu cyfrif',
    forgotten: 'Wedi anghofio eich cyfrinair?',
    sms: 'Neges destun',
    app: 'Ap dilysu',
    phone: 'Rhif ffôn symudol yn y DU',
    secretKey: 'Allwedd gyfrinachol',
    sendNewCode: 'Anfon cod newydd',
    titles: {
      email: 'Rhowch eich cyfeiriad e-bost i fewngofnodi',
      password: 'Rhowch eich cyfrinair',
      code: 'Rhowch eich cod diogelwch',
      'create-email': 'Rhowch eich cyfeiriad e-bost',
      'create-code': 'Gwiriwch eich e-bost',
      'create-password': 'Crëwch eich cyfrinair',
      'create-method': 'Dewiswch sut i gael codau diogelwch',
      'create-phone': 'Rhowch rif eich ffôn symudol',
      'create-sms-code': 'Gwiriwch eich ffôn',
      'create-app': 'Gosod ap dilysu',
      'create-done': 'Rydych wedi creu eich cyfrif',
      'reset-email': 'Ailosod eich cyfrinair',
      'reset-code': 'Gwiriwch eich e-bost',
      'reset-password': 'Crëwch gyfrinair newydd',
      'reset-done': 'Rydych wedi newid eich cyfrinair',
      resend: 'Cael cod diogelwch newydd',
      locked: 'Mae eich cyfrif wedi’i gloi',
      'too-many': 'Rydych wedi rhoi’r cod diogelwch anghywir gormod o weithiau',
      consent: 'Parhau i’r gwasanaeth',
    },
    emailMissing: 'Rhowch eich cyfeiriad e-bost',
    emailFormat: 'Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@enghraifft.com',
    passwordMissing: 'Rhowch eich cyfrinair',
    passwordShort: 'Rhaid i’ch cyfrinair fod yn 8 nod o leiaf',
    passwordLong: 'Rhaid i’ch cyfrinair fod yn 256 nod neu lai',
    passwordsDiffer: 'Nid yw’r cyfrineiriau’n cyfateb',
    codeMissing: 'Rhowch y cod diogelwch',
    codeFormat: 'Rhowch y cod diogelwch gan ddefnyddio 6 digid yn unig',
    methodMissing: 'Dewiswch sut rydych eisiau cael codau diogelwch',
    phoneFormat: 'Rhowch rif ffôn symudol yn y DU, fel 07700 900 982',
  },
};

const field = (form: FormData, name: string): string => {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
};

const fail = (field: string, reason: string, message: string, values: Record<string, string> = {}): { ok: false; errors: StepError[]; values: Record<string, string> } => ({
  ok: false,
  errors: [{ field, reason, message }],
  values,
});

/** Digits alone, as `<cyd-code-input>` reads a code: spaces and dashes dropped; null when something else is in it. */
function digits(value: string): string | null {
  const compact = value.replace(/[\s\u2010-\u2015-]/g, '');
  return /^[0-9]*$/.test(compact) ? compact : null;
}

export const validators = {
  email(form: FormData, locale: Locale): Checked<{ email: string }> {
    const typed = field(form, 'email');
    const checked = checkEmailAddress(typed);
    if (checked.ok) return { ok: true, value: { email: checked.value } };
    const missing = checked.reason === 'emailAddressRequired';
    return fail('email', missing ? 'emailMissing' : 'emailFormat', missing ? words[locale].emailMissing : words[locale].emailFormat, { email: typed });
  },
  signInPassword(form: FormData, locale: Locale): Checked<{ password: string }> {
    const password = field(form, 'password');
    return password ? { ok: true, value: { password } } : fail('password', 'passwordMissing', words[locale].passwordMissing);
  },
  newPassword(form: FormData, locale: Locale): Checked<{ password: string }> {
    const password = field(form, 'password');
    const length = [...password].length;
    if (length < 8) return fail('password', 'passwordTooShort', words[locale].passwordShort);
    if (length > 256) return fail('password', 'passwordTooLong', words[locale].passwordLong);
    if (field(form, 'confirm-password') !== password) return fail('confirm-password', 'passwordsDiffer', words[locale].passwordsDiffer);
    return { ok: true, value: { password } };
  },
  securityCode(form: FormData, locale: Locale): Checked<{ code: string }> {
    const typed = field(form, 'code');
    const code = digits(typed);
    if (code === '') return fail('code', 'codeMissing', words[locale].codeMissing, { code: typed });
    if (code === null || code.length !== 6) return fail('code', 'codeLength', words[locale].codeFormat, { code: typed });
    return { ok: true, value: { code } };
  },
  method(form: FormData, locale: Locale): Checked<{ method: 'sms' | 'totp' }> {
    const method = field(form, 'method');
    if (method === 'sms') return { ok: true, value: { method: 'sms' } };
    if (method === 'app') return { ok: true, value: { method: 'totp' } };
    return fail('method', 'methodMissing', words[locale].methodMissing);
  },
  mobile(form: FormData, locale: Locale): Checked<{ phone: string }> {
    const typed = field(form, 'phone');
    const checked = checkUkPhoneNumber(typed);
    return checked.ok ? { ok: true, value: { phone: checked.value } } : fail('phone', 'phoneFormat', words[locale].phoneFormat, { phone: typed });
  },
};

/** The secret key in groups of four, as people copy it into an app. */
export function groupSecret(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(' ') ?? secret;
}

function stepBody(view: StepView): Html {
  const w = words[view.locale];
  const errorOf = (name: string): string | undefined => view.errors.find((e) => e.field === name)?.message;
  const summary = view.errors.length > 0 ? html`<cyd-error-summary${attrs({ errors: view.errors.map((e) => ({ href: `#${e.field}`, text: e.message })) })}></cyd-error-summary>` : html``;
  const heading = html`<h1 class="cyd-heading-l">${w.titles[view.step]}</h1>`;
  const form = (content: Html, button = w.continue): Html =>
    html`<form method="post" action="${view.action}" novalidate>
      <input type="hidden" name="csrf" value="${view.csrfToken}">
      ${content}
      <cyd-button${attrs({ text: button })}></cyd-button>
    </form>`;
  const code = (hint?: string): Html =>
    html`<cyd-code-input${attrs({ name: 'code', hint, 'expires-in': view.step === 'code' && view.method === 'totp' ? undefined : view.codeMinutes, 'resend-href': view.step === 'code' && view.method === 'totp' ? undefined : view.links.resend, error: errorOf('code') })}></cyd-code-input>`;
  const emailInput = html`<cyd-text-input${attrs({ name: 'email', type: 'email', autocomplete: 'email', spellcheck: 'false', autocapitalize: 'none', label: w.email, value: view.values.email ?? view.email, error: errorOf('email') })}></cyd-text-input>`;

  switch (view.step) {
    case 'email':
      return html`${summary}${heading}${form(emailInput)}<p class="cyd-body"><a class="cyd-link" href="${view.links.createAccount}">${w.createAccount}</a></p>`;
    case 'create-email':
    case 'reset-email':
      return html`${summary}${heading}${form(emailInput)}`;
    case 'password':
      return html`${summary}${heading}<p class="cyd-body">${view.email ?? ''}</p>
        ${form(html`<cyd-password-input${attrs({ name: 'password', label: w.password, autocomplete: 'current-password', error: errorOf('password') })}></cyd-password-input>`)}
        <p class="cyd-body"><a class="cyd-link" href="${view.links.resetPassword}">${w.forgotten}</a></p>`;
    case 'create-code':
    case 'reset-code':
      return html`${summary}${heading}<p class="cyd-body">${view.email ?? ''}</p>${form(code())}`;
    case 'code':
    case 'create-sms-code':
      return html`${summary}${heading}${view.phoneEnding ? html`<p class="cyd-body">…${view.phoneEnding}</p>` : html``}${form(code())}`;
    case 'create-password':
    case 'reset-password':
      return html`${summary}${heading}${form(html`
        <cyd-password-input${attrs({ name: 'password', label: w.password, autocomplete: 'new-password', error: errorOf('password') })}></cyd-password-input>
        <cyd-password-input${attrs({ name: 'confirm-password', label: w.confirm, autocomplete: 'new-password', error: errorOf('confirm-password') })}></cyd-password-input>`)}`;
    case 'create-method':
      return html`${summary}${heading}${form(html`<cyd-radios${attrs({ name: 'method', label: w.titles['create-method'], options: [{ value: 'sms', label: w.sms }, { value: 'app', label: w.app }], error: errorOf('method') })}></cyd-radios>`)}`;
    case 'create-phone':
      return html`${summary}${heading}${form(html`<cyd-text-input${attrs({ name: 'phone', type: 'tel', autocomplete: 'tel', label: w.phone, value: view.values.phone, error: errorOf('phone') })}></cyd-text-input>`)}`;
    case 'create-app':
      return html`${summary}${heading}<p class="cyd-body">${w.secretKey}: <code class="cyd-secret-key" data-secret-key>${groupSecret(view.totp?.secret ?? '')}</code></p>${form(code())}`;
    case 'create-done':
    case 'reset-done':
      return html`<cyd-panel${attrs({ 'title-text': w.titles[view.step] })}></cyd-panel>${form(html``)}`;
    case 'resend':
      return html`${heading}<form method="post" action="${view.action}"><input type="hidden" name="csrf" value="${view.csrfToken}"><input type="hidden" name="for" value="${view.resendFor ?? ''}"><cyd-button${attrs({ text: w.sendNewCode })}></cyd-button></form>`;
    case 'locked':
    case 'too-many':
      return html`${heading}<p class="cyd-body"><a class="cyd-link" href="${view.links.resetPassword}">${w.forgotten}</a></p>`;
    case 'consent': {
      const p = providerWords[view.locale];
      return html`<h1 class="cyd-heading-l">${p.consentTitle(view.clientName ?? '')}</h1><p class="cyd-body">${p.consentBody}</p>${form(html``, p.allow)}`;
    }
  }
}

export function providerPages(settings: PageSettings = {}): PageRenderer {
  const page = (locale: Locale, title: string, body: Html, status: number, url?: URL, hasErrors = false): Response => {
    const alternate = (to: Locale): string => {
      const here = new URL(url ?? 'http://localhost/');
      here.searchParams.set('lang', to);
      return `${here.pathname}${here.search}`;
    };
    const markup = renderPage({
      serviceName: { en: words.en.title, cy: words.cy.title },
      ...settings,
      lang: locale,
      title,
      hasErrors,
      ...(url ? { alternates: { en: alternate('en'), cy: alternate('cy') } } : {}),
      body: htmlToString(body),
    });
    return new Response(markup, { status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'x-frame-options': 'DENY', 'content-security-policy': "frame-ancestors 'none'" } });
  };
  return {
    step(view, url) {
      return page(view.locale, words[view.locale].titles[view.step], stepBody(view), view.step === 'locked' || view.step === 'too-many' ? 429 : 200, url, view.errors.length > 0);
    },
    problem(kind, locale, status) {
      const w = providerWords[locale];
      const title = kind === 'expired' ? w.expiredTitle : w.problemTitle;
      return page(locale, title, html`<h1 class="cyd-heading-l">${title}</h1><p class="cyd-body">${kind === 'expired' ? w.expiredBody : w.problemBody}</p>`, status);
    },
    message(reason, locale) {
      const w = providerWords[locale];
      return reason === 'credentialsWrong' ? w.wrongPassword : reason === 'codeWrong' || reason === 'appCodeWrong' ? w.wrongCode : undefined;
    },
    validate: validators,
  };
}

/**
 * The provider's pages are the sign-in patterns (`@cydran/auth/patterns`):
 * each step's state is handed to its pattern and rendered whole, server
 * side, so every page works with JavaScript off; what a form posts is
 * checked by the patterns' validation. The few pages with no pattern (a new
 * code, consent, an expired sign-in) are written here with the same page.
 */
import type { Locale } from '@cydran/i18n';
import { attrs, html, type Html } from '@cydran/forms/server';
import {
  accountCreatedPage,
  accountLockedPage,
  authenticatorSetupPage,
  checkEmailPage,
  checkPhonePage,
  chooseMethodPage,
  createEmailPage,
  createPasswordPage,
  enterPhonePage,
  errorMessage,
  newPasswordPage,
  passwordChangedPage,
  problemPage,
  renderAuthPage,
  resetEmailPage,
  signInAppCodePage,
  signInEmailPage,
  signInPasswordPage,
  tooManyCodesPage,
  validateEmail,
  validateMobileNumber,
  validateNewPassword,
  validateSecurityCode,
  validateSecurityCodeMethod,
  validateSignInPassword,
  type AuthPageContent,
  type AuthSite,
  type FormState,
  type Validation,
} from '../patterns/index.js';
import type { Checked, PageRenderer, StepView } from './steps.js';
import { providerWords } from './words.js';

/** What every page shares: the organisation, service name, stylesheets, scripts, footer. */
export type PageSettings = Omit<AuthSite, 'alternates' | 'account' | 'backHref'>;

/** The hidden field every form posts its CSRF token in (the forms runner's name). */
export const CSRF_FIELD = 'csrf-token';

const checked = <T, U>(result: Validation<T>, map: (value: T) => U): Checked<U> =>
  result.ok ? { ok: true, value: map(result.value) } : { ok: false, errors: result.errors, values: result.values };

export const validators: PageRenderer['validate'] = {
  email: (form, locale) => checked(validateEmail(form, locale), (value) => value),
  signInPassword: (form, locale) => checked(validateSignInPassword(form, locale), (value) => value),
  newPassword: (form, locale, account) => checked(validateNewPassword(form, locale, account), (value) => value),
  securityCode: (form, locale) => checked(validateSecurityCode(form, locale), (value) => value),
  // The patterns say "app"; the accounts table says what kind of app code it is.
  method: (form, locale) => checked(validateSecurityCodeMethod(form, locale), ({ method }) => ({ method: method === 'app' ? 'totp' : 'sms' })),
  mobile: (form, locale) => checked(validateMobileNumber(form, locale), (value) => value),
};

/** A page with no pattern of its own: a heading, words, and perhaps a form. */
function ownPage(locale: Locale, title: string, body: Html): AuthPageContent {
  return { locale, title, body: html`<h1 class="cyd-heading-l">${title}</h1>${body}`, errors: [] };
}

function content(view: StepView): AuthPageContent {
  const { locale, links } = view;
  const form: FormState = { action: view.action, csrf: { token: view.csrfToken, name: CSRF_FIELD }, errors: view.errors, values: view.values };
  const code = { ...form, resendHref: links.resend, expiresInMinutes: view.codeMinutes };
  const words = providerWords[locale];
  switch (view.step) {
    case 'email':
      return signInEmailPage({ ...form, createAccountHref: links.createAccount }, locale);
    case 'password':
      return signInPasswordPage({ ...form, email: view.email ?? '', forgottenPasswordHref: links.resetPassword }, locale);
    case 'code':
      return view.method === 'totp' ? signInAppCodePage(form, locale) : checkPhonePage({ ...code, phoneEnding: view.phoneEnding ?? '' }, locale);
    case 'create-email':
      return createEmailPage({ ...form, signInHref: links.signIn }, locale);
    case 'create-code':
    case 'reset-code':
      return checkEmailPage({ ...code, email: view.email ?? '' }, locale);
    case 'create-password':
      return createPasswordPage(form, locale);
    case 'create-method':
      return chooseMethodPage(form, locale);
    case 'create-phone':
      return enterPhonePage(form, locale);
    case 'create-sms-code':
      return checkPhonePage({ ...code, phoneEnding: view.phoneEnding ?? '' }, locale);
    case 'create-app':
      return authenticatorSetupPage({ ...form, secret: view.totp?.secret ?? '', otpauthUri: view.totp?.uri ?? '' }, locale);
    case 'create-done':
      return accountCreatedPage({ continueHref: links.finish }, locale);
    case 'reset-email':
      return resetEmailPage(form, locale);
    case 'reset-password':
      return newPasswordPage(form, locale);
    case 'reset-done':
      // Signing in again with the new password: a reset by email never skips the security code.
      return passwordChangedPage({ signInHref: links.signIn }, locale);
    case 'locked':
      return accountLockedPage({ minutes: view.lockMinutes, resetPasswordHref: links.resetPassword }, locale);
    case 'too-many':
      return tooManyCodesPage({ minutes: view.lockMinutes }, locale);
    case 'resend':
      return ownPage(
        locale,
        words.resendTitle,
        html`<p class="cyd-body">${view.email && view.resendFor !== 'code' && view.resendFor !== 'create-sms-code' ? words.resendEmail(view.email) : words.resendPhone}</p>
          <form method="post" action="${view.action}" novalidate>
            <input type="hidden" name="${CSRF_FIELD}" value="${view.csrfToken}">
            <input type="hidden" name="for" value="${view.resendFor ?? ''}">
            <cyd-button${attrs({ text: words.sendNewCode })}></cyd-button>
          </form>`,
      );
    case 'consent':
      return ownPage(
        locale,
        words.consentTitle(view.clientName ?? ''),
        html`<p class="cyd-body">${words.consentBody}</p>
          <form method="post" action="${view.action}" novalidate>
            <input type="hidden" name="${CSRF_FIELD}" value="${view.csrfToken}">
            <cyd-button${attrs({ text: words.allow })}></cyd-button>
          </form>`,
      );
  }
}

const BACK: Partial<Record<StepView['step'], keyof StepView['links']>> = {
  password: 'signIn',
  'create-email': 'signIn',
  'create-code': 'createAccount',
  'reset-email': 'signIn',
  'reset-code': 'resetPassword',
};

const HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'x-frame-options': 'DENY',
  'content-security-policy': "frame-ancestors 'none'",
};

/** A whole page as a response, in the site's frame. */
export function pageResponse(page: AuthPageContent, site: AuthSite, status = 200): Response {
  return new Response(renderAuthPage(page, site), { status, headers: HEADERS });
}

export function providerPages(settings: PageSettings = {}): PageRenderer {
  const site: AuthSite = { serviceName: { en: 'Sign in', cy: 'Mewngofnodi' }, ...settings };
  return {
    step(view, url) {
      const alternate = (to: Locale): string => {
        const here = new URL(url);
        here.searchParams.set('lang', to);
        return `${here.pathname}${here.search}`;
      };
      const back = BACK[view.step];
      const status = view.step === 'locked' || view.step === 'too-many' ? 429 : 200;
      return pageResponse(
        content(view),
        { ...site, alternates: { en: alternate('en'), cy: alternate('cy') }, ...(back ? { backHref: view.links[back] } : {}) },
        status,
      );
    },
    problem(kind, locale, status) {
      const words = providerWords[locale];
      const page = kind === 'expired' ? ownPage(locale, words.expiredTitle, html`<p class="cyd-body">${words.expiredBody}</p>`) : problemPage({}, locale);
      return pageResponse(page, site, status);
    },
    document: (locale, title, body) => renderAuthPage(ownPage(locale, title, body), site),
    message: (reason, locale) => errorMessage(reason, locale),
    validate: validators,
  };
}

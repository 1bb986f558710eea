/**
 * Every sign-in page in each of its states, with example state: what the
 * stories show, the Node tests render and the browser tests upgrade. (A
 * `.fixture.ts` file: for stories and tests only, never shipped.)
 */
import type { Locale } from '@cydran/i18n';
import * as pages from './pages.js';
import type { AuthPageContent, FormState } from './pages.js';
import type { PageError } from './validate.js';
import type { AuthSite } from './page.js';

export const EXAMPLE_CSRF = { token: 'example-csrf-token' };
/** A secret as otplib makes one (base32), and the URI an authenticator app reads from the QR code. */
export const EXAMPLE_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
export const EXAMPLE_OTPAUTH_URI = `otpauth://totp/Cyngor%20Sir%20Gwernyfed:sarah%40example.com?secret=${EXAMPLE_SECRET}&issuer=Cyngor%20Sir%20Gwernyfed`;

const form = (action: string, errors?: PageError[], values?: FormState['values']): FormState => ({ action, csrf: EXAMPLE_CSRF, errors, values });

export interface ExamplePage {
  /** The page's function, by its exported name. */
  name: keyof typeof pages;
  /** A short name for the state ("errors", "wrong code"). */
  state: string;
  render: (locale: Locale) => AuthPageContent;
  /** The fields its form posts, CSRF token included; none for a page with no form. */
  posts: readonly string[];
}

const CODE = { resendHref: '/sign-in/resend-code', expiresInMinutes: 15 };
const CSRF = 'csrf-token';

export const EXAMPLE_PAGES: readonly ExamplePage[] = [
  {
    name: 'signInEmailPage',
    state: 'empty',
    posts: [CSRF, 'email'],
    render: (l) => pages.signInEmailPage({ ...form('/sign-in'), createAccountHref: '/create-account' }, l),
  },
  {
    name: 'signInEmailPage',
    state: 'errors',
    posts: [CSRF, 'email'],
    render: (l) =>
      pages.signInEmailPage(
        { ...form('/sign-in', [{ field: 'email', reason: 'emailFormat' }], { email: 'sarah.example.com' }), createAccountHref: '/create-account' },
        l,
      ),
  },
  {
    name: 'signInPasswordPage',
    state: 'empty',
    posts: [CSRF, 'password'],
    render: (l) => pages.signInPasswordPage({ ...form('/sign-in/password'), email: 'sarah@example.com', forgottenPasswordHref: '/reset-password' }, l),
  },
  {
    name: 'signInPasswordPage',
    state: 'wrong password',
    posts: [CSRF, 'password'],
    render: (l) =>
      pages.signInPasswordPage(
        {
          ...form('/sign-in/password', [{ field: 'password', reason: 'credentialsWrong' }]),
          email: 'sarah@example.com',
          forgottenPasswordHref: '/reset-password',
        },
        l,
      ),
  },
  {
    name: 'checkPhonePage',
    state: 'sign in',
    posts: [CSRF, 'code'],
    render: (l) => pages.checkPhonePage({ ...form('/sign-in/code'), ...CODE, phoneEnding: '4321' }, l),
  },
  {
    name: 'checkPhonePage',
    state: 'wrong code',
    posts: [CSRF, 'code'],
    render: (l) => pages.checkPhonePage({ ...form('/sign-in/code', [{ field: 'code', reason: 'codeWrong' }]), ...CODE, phoneEnding: '4321' }, l),
  },
  { name: 'signInAppCodePage', state: 'empty', posts: [CSRF, 'code'], render: (l) => pages.signInAppCodePage(form('/sign-in/app-code'), l) },
  {
    name: 'signInAppCodePage',
    state: 'wrong code',
    posts: [CSRF, 'code'],
    render: (l) => pages.signInAppCodePage(form('/sign-in/app-code', [{ field: 'code', reason: 'appCodeWrong' }]), l),
  },
  {
    name: 'createEmailPage',
    state: 'empty',
    posts: [CSRF, 'email'],
    render: (l) => pages.createEmailPage({ ...form('/create-account'), signInHref: '/sign-in' }, l),
  },
  {
    name: 'createEmailPage',
    state: 'errors',
    posts: [CSRF, 'email'],
    render: (l) => pages.createEmailPage({ ...form('/create-account', [{ field: 'email', reason: 'emailMissing' }]), signInHref: '/sign-in' }, l),
  },
  {
    name: 'checkEmailPage',
    state: 'empty',
    posts: [CSRF, 'code'],
    render: (l) => pages.checkEmailPage({ ...form('/create-account/code'), ...CODE, email: 'sarah@example.com' }, l),
  },
  {
    name: 'checkEmailPage',
    state: 'errors',
    posts: [CSRF, 'code'],
    render: (l) =>
      pages.checkEmailPage(
        { ...form('/create-account/code', [{ field: 'code', reason: 'codeLength' }], { code: '1234' }), ...CODE, email: 'sarah@example.com' },
        l,
      ),
  },
  {
    name: 'createPasswordPage',
    state: 'empty',
    posts: [CSRF, 'password', 'confirm-password'],
    render: (l) => pages.createPasswordPage(form('/create-account/password'), l),
  },
  {
    name: 'createPasswordPage',
    state: 'errors',
    posts: [CSRF, 'password', 'confirm-password'],
    render: (l) =>
      pages.createPasswordPage(
        form('/create-account/password', [
          { field: 'password', reason: 'passwordCommon' },
          { field: 'confirm-password', reason: 'confirmMissing' },
        ]),
        l,
      ),
  },
  { name: 'chooseMethodPage', state: 'empty', posts: [CSRF, 'method'], render: (l) => pages.chooseMethodPage(form('/create-account/method'), l) },
  {
    name: 'chooseMethodPage',
    state: 'errors',
    posts: [CSRF, 'method'],
    render: (l) => pages.chooseMethodPage(form('/create-account/method', [{ field: 'method', reason: 'methodMissing' }]), l),
  },
  { name: 'enterPhonePage', state: 'empty', posts: [CSRF, 'phone'], render: (l) => pages.enterPhonePage(form('/create-account/phone'), l) },
  {
    name: 'enterPhonePage',
    state: 'errors',
    posts: [CSRF, 'phone'],
    render: (l) => pages.enterPhonePage(form('/create-account/phone', [{ field: 'phone', reason: 'phoneNotMobile' }], { phone: '029 2087 2087' }), l),
  },
  {
    name: 'checkPhonePage',
    state: 'set up',
    posts: [CSRF, 'code'],
    render: (l) => pages.checkPhonePage({ ...form('/create-account/phone-code'), ...CODE, phoneEnding: '3456' }, l),
  },
  {
    name: 'authenticatorSetupPage',
    state: 'empty',
    posts: [CSRF, 'code'],
    render: (l) => pages.authenticatorSetupPage({ ...form('/create-account/app'), secret: EXAMPLE_SECRET, otpauthUri: EXAMPLE_OTPAUTH_URI }, l),
  },
  {
    name: 'authenticatorSetupPage',
    state: 'wrong code',
    posts: [CSRF, 'code'],
    render: (l) =>
      pages.authenticatorSetupPage(
        { ...form('/create-account/app', [{ field: 'code', reason: 'appCodeWrong' }]), secret: EXAMPLE_SECRET, otpauthUri: EXAMPLE_OTPAUTH_URI },
        l,
      ),
  },
  { name: 'accountCreatedPage', state: 'done', posts: [], render: (l) => pages.accountCreatedPage({ continueHref: '/service' }, l) },
  { name: 'resetEmailPage', state: 'empty', posts: [CSRF, 'email'], render: (l) => pages.resetEmailPage(form('/reset-password'), l) },
  {
    name: 'checkEmailPage',
    state: 'reset',
    posts: [CSRF, 'code'],
    render: (l) => pages.checkEmailPage({ ...form('/reset-password/code'), ...CODE, email: 'sarah@example.com' }, l),
  },
  {
    name: 'newPasswordPage',
    state: 'empty',
    posts: [CSRF, 'password', 'confirm-password'],
    render: (l) => pages.newPasswordPage(form('/reset-password/new'), l),
  },
  {
    name: 'newPasswordPage',
    state: 'errors',
    posts: [CSRF, 'password', 'confirm-password'],
    render: (l) => pages.newPasswordPage(form('/reset-password/new', [{ field: 'confirm-password', reason: 'passwordsDiffer' }]), l),
  },
  { name: 'passwordChangedPage', state: 'done', posts: [], render: (l) => pages.passwordChangedPage({ signInHref: '/sign-in' }, l) },
  { name: 'signedOutPage', state: 'signed out', posts: [], render: (l) => pages.signedOutPage({ signInHref: '/sign-in' }, l) },
  { name: 'timedOutPage', state: 'timed out', posts: [], render: (l) => pages.timedOutPage({ signInHref: '/sign-in' }, l) },
  { name: 'tooManyCodesPage', state: '15 minutes', posts: [], render: (l) => pages.tooManyCodesPage({ minutes: 15 }, l) },
  {
    name: 'accountLockedPage',
    state: '15 minutes',
    posts: [],
    render: (l) => pages.accountLockedPage({ minutes: 15, resetPasswordHref: '/reset-password' }, l),
  },
  { name: 'problemPage', state: 'try again', posts: [], render: (l) => pages.problemPage({ tryAgainHref: '/sign-in' }, l) },
];

/** The example site round every page: the council, the service, both languages' addresses. */
export function exampleSite(alternates: Partial<Record<Locale, string>> = { en: '/en/sign-in', cy: '/cy/mewngofnodi' }): AuthSite {
  return {
    organisation: { en: 'Gwernyfed County Council', cy: 'Cyngor Sir Gwernyfed' },
    organisationHref: '/',
    serviceName: { en: 'Your council account', cy: 'Eich cyfrif cyngor' },
    serviceHref: '/account',
    alternates,
    page: {
      footer: {
        accessibilityHref: '/accessibility',
        cookiesHref: '/cookies',
        privacyHref: '/privacy',
        contactHref: '/contact',
        copyright: { en: '© Gwernyfed County Council', cy: '© Cyngor Sir Gwernyfed' },
      },
    },
  };
}

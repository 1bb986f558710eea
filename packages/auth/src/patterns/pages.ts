/**
 * The sign-in pages, after GOV.UK One Login's authentication frontend: one
 * pure function per page and state, of typed state and the page's language,
 * giving the page's title, its `<main>` content as escaped HTML and its
 * errors. The `<cyd-…>` tags in it are expanded on the server (`renderAuthPage`
 * in render.ts), so every page works with JavaScript off; each form posts to
 * `state.action` with the CSRF token in a hidden field.
 *
 * Components get their words in both languages (`label`, `label-cy`) so they
 * follow a live language switch; the page's own text (headings, paragraphs)
 * is in the page's language, as the page has one address per language.
 */
import type { Locale } from '@cydran/i18n';
import { type Html, attrs, html } from './markup.js';
import { type AuthWords, authMessages, cy, en } from './auth.messages.js';
import { FIELDS, type FieldName, type PageError, SECURITY_CODE_LENGTH, type SecurityCodeMethod, type TypedValues } from './validate.js';
import { authenticatorQrCode, secretKeyGroups } from './authenticator.js';

/** The CSRF token the form posts back, in a hidden field (`name` defaults to `csrf-token`, as the forms runner's). */
export interface CsrfField {
  token: string;
  name?: string;
}

/** What every page with a form takes: where it posts and its CSRF token. */
export interface FormState {
  action: string;
  csrf: CsrfField;
  /** Errors from validation or the provider, by field. */
  errors?: readonly PageError[];
  /** What the person typed, shown again (never a password). */
  values?: TypedValues;
}

/** One page: its title (the `<h1>`, in the page's language), its content, its errors for the error summary. */
export interface AuthPageContent {
  locale: Locale;
  title: string;
  body: Html;
  errors: readonly PageError[];
}

/** Words that are plain strings in the catalogue. */
type StringKey = { [K in keyof AuthWords]: AuthWords[K] extends string ? K : never }[keyof AuthWords];

const words = (locale: Locale) => authMessages[locale];

/** `name="English" name-cy="Cymraeg"`: both languages, so the component follows a live switch. */
function both(name: string, key: StringKey): Record<string, string> {
  return { [name]: en[key], [`${name}-cy`]: cy[key] };
}

function bothText(name: string, text: Record<Locale, string>): Record<string, string> {
  return { [name]: text.en, [`${name}-cy`]: text.cy };
}

/** A field's error in both languages, from its reason. */
function errorOf(state: FormState, name: FieldName): Record<string, string> {
  const error = state.errors?.find((e) => e.field === name);
  return error ? both('error', error.reason) : {};
}

const DEFAULT_CSRF_FIELD = 'csrf-token';

function form(state: FormState, content: Html): Html {
  return html`<form method="post" action="${state.action}" novalidate>
<input type="hidden" name="${state.csrf.name ?? DEFAULT_CSRF_FIELD}" value="${state.csrf.token}">
${content}
</form>`;
}

const heading = (text: string) => html`<h1 class="cyd-heading-l">${text}</h1>`;
const paragraph = (content: Html | string) => html`<p class="cyd-body">${content}</p>`;
const link = (href: string, text: string) => html`<a class="cyd-link" href="${href}">${text}</a>`;
const button = (key: StringKey) => html`<cyd-button${attrs(both('text', key))}></cyd-button>`;
/** A link styled as a button (GOV.UK: "Continue" to another page). */
const linkButton = (href: string, key: StringKey) => html`<cyd-button${attrs({ ...both('text', key), href })}></cyd-button>`;

function page(locale: Locale, titleKey: StringKey, body: Html, errors: readonly PageError[] = []): AuthPageContent {
  return { locale, title: words(locale)[titleKey], body, errors };
}

/** The usual page: heading, what comes before the form, the form's fields and "Continue", what comes after. */
function formPage(locale: Locale, titleKey: StringKey, state: FormState, fields: Html, around: { before?: Html; after?: Html } = {}): AuthPageContent {
  return page(
    locale,
    titleKey,
    html`${heading(words(locale)[titleKey])}
${around.before ?? ''}
${form(
  state,
  html`${fields}
${button('continue')}`,
)}
${around.after ?? ''}`,
    state.errors,
  );
}

/** A page with no form: heading, paragraphs, then a link or button onwards. */
function statusPage(locale: Locale, titleKey: StringKey, paragraphs: readonly (Html | string)[], onwards: Html | string = ''): AuthPageContent {
  return page(
    locale,
    titleKey,
    html`${heading(words(locale)[titleKey])}
${paragraphs.map(paragraph)}
${onwards}`,
  );
}

function emailInput(state: FormState, hint?: StringKey): Html {
  return html`<cyd-text-input${attrs({
    name: FIELDS.email,
    ...both('label', 'emailAddress'),
    ...(hint ? both('hint', hint) : {}),
    type: 'email',
    autocomplete: 'email',
    spellcheck: 'false',
    autocapitalize: 'none',
    required: true,
    ...both('required-message', 'emailMissing'),
    value: state.values?.email,
    ...errorOf(state, FIELDS.email),
  })}></cyd-text-input>`;
}

function codeInput(state: FormState, label: StringKey, extra: { resendHref?: string; expiresInMinutes?: number; hint?: Record<Locale, string> }): Html {
  return html`<cyd-code-input${attrs({
    name: FIELDS.code,
    ...both('label', label),
    ...(extra.hint ? bothText('hint', extra.hint) : {}),
    length: SECURITY_CODE_LENGTH,
    'expires-in': extra.expiresInMinutes,
    'resend-href': extra.resendHref,
    ...errorOf(state, FIELDS.code),
  })}></cyd-code-input>`;
}

function newPasswordInputs(state: FormState): Html {
  return html`<cyd-password-input${attrs({
    name: FIELDS.password,
    ...both('label', 'password'),
    ...both('hint', 'passwordHint'),
    autocomplete: 'new-password',
    required: true,
    ...both('required-message', 'newPasswordMissing'),
    ...errorOf(state, FIELDS.password),
  })}></cyd-password-input>
<cyd-password-input${attrs({
    name: FIELDS.confirmPassword,
    ...both('label', 'confirmPassword'),
    autocomplete: 'new-password',
    required: true,
    ...both('required-message', 'confirmMissing'),
    ...errorOf(state, FIELDS.confirmPassword),
  })}></cyd-password-input>`;
}

// Sign in --------------------------------------------------------------------

export interface SignInEmailState extends FormState {
  createAccountHref: string;
}

/** Sign in, step 1: the email address (GOV.UK One Login asks for it first, then the password). */
export function signInEmailPage(state: SignInEmailState, locale: Locale): AuthPageContent {
  const w = words(locale);
  return formPage(locale, 'signInEmailTitle', state, emailInput(state), {
    after: paragraph(html`${w.noAccount} ${link(state.createAccountHref, w.createAccount)}`),
  });
}

export interface SignInPasswordState extends FormState {
  /** The address from step 1, shown so the person knows which account this is. */
  email: string;
  forgottenPasswordHref: string;
}

/** Sign in, step 2: the password, with Show/Dangos and "Forgotten your password?". */
export function signInPasswordPage(state: SignInPasswordState, locale: Locale): AuthPageContent {
  const w = words(locale);
  const password = html`<cyd-password-input${attrs({
    name: FIELDS.password,
    ...both('label', 'password'),
    autocomplete: 'current-password',
    required: true,
    ...both('required-message', 'passwordMissing'),
    ...errorOf(state, FIELDS.password),
  })}></cyd-password-input>
${paragraph(link(state.forgottenPasswordHref, w.forgottenPassword))}`;
  return formPage(locale, 'signInPasswordTitle', state, password, { before: paragraph(html`${w.signingInAs} <strong>${state.email}</strong>`) });
}

// Security codes ----------------------------------------------------------------

export interface CodeState extends FormState {
  /** Where to ask for a new code ("Problems with the code?"). */
  resendHref: string;
  /** How long the code lasts, said in words ("The code expires in 15 minutes"). */
  expiresInMinutes: number;
}

export interface CheckEmailState extends CodeState {
  /** The address the code went to. */
  email: string;
}

/** Create an account or reset a password: the code sent by email. */
export function checkEmailPage(state: CheckEmailState, locale: Locale): AuthPageContent {
  const w = words(locale);
  return formPage(locale, 'checkEmailTitle', state, codeInput(state, 'codeLabel', state), {
    before: html`${paragraph(html`${w.checkEmailSent} <strong>${state.email}</strong>`)}
${paragraph(w.checkEmailSpam)}`,
  });
}

export interface CheckPhoneState extends CodeState {
  /** The last digits of the number the code went to (never the whole number). */
  phoneEnding: string;
}

/** The code sent by text message: when setting it up, and at each sign-in. */
export function checkPhonePage(state: CheckPhoneState, locale: Locale): AuthPageContent {
  const hint = { en: en.checkPhoneSent(state.phoneEnding), cy: cy.checkPhoneSent(state.phoneEnding) };
  return formPage(locale, 'checkPhoneTitle', state, codeInput(state, 'codeLabel', { ...state, hint }));
}

/** Sign in with an authenticator app: the code the app shows now (it has no expiry to say, nothing to resend). */
export function signInAppCodePage(state: FormState, locale: Locale): AuthPageContent {
  return formPage(locale, 'signInAppTitle', state, codeInput(state, 'securityCode', {}));
}

// Create an account ---------------------------------------------------------

export interface CreateEmailState extends FormState {
  signInHref: string;
}

/** Create an account, step 1: the email address, to which a code is sent. */
export function createEmailPage(state: CreateEmailState, locale: Locale): AuthPageContent {
  const w = words(locale);
  return formPage(locale, 'createEmailTitle', state, emailInput(state, 'createEmailHint'), {
    after: paragraph(html`${w.haveAccount} ${link(state.signInHref, w.signIn)}`),
  });
}

/** Create an account: the password, typed twice (at least 8 characters; common ones refused). */
export function createPasswordPage(state: FormState, locale: Locale): AuthPageContent {
  return formPage(locale, 'createPasswordTitle', state, newPasswordInputs(state));
}

/** Create an account: how to get security codes, text message or authenticator app. The radios' legend is the page's heading. */
export function chooseMethodPage(state: FormState, locale: Locale): AuthPageContent {
  const options = [
    { value: 'sms' satisfies SecurityCodeMethod, label: { en: en.methodSms, cy: cy.methodSms }, hint: { en: en.methodSmsHint, cy: cy.methodSmsHint } },
    { value: 'app' satisfies SecurityCodeMethod, label: { en: en.methodApp, cy: cy.methodApp }, hint: { en: en.methodAppHint, cy: cy.methodAppHint } },
  ];
  const radios = html`<cyd-radios${attrs({
    name: FIELDS.method,
    ...both('label', 'chooseMethodTitle'),
    ...both('hint', 'chooseMethodIntro'),
    'is-page-heading': true,
    'label-size': 'l',
    required: true,
    ...both('required-message', 'methodMissing'),
    options,
    value: state.values?.method,
    ...errorOf(state, FIELDS.method),
  })}></cyd-radios>`;
  return page(
    locale,
    'chooseMethodTitle',
    form(
      state,
      html`${radios}
${button('continue')}`,
    ),
    state.errors,
  );
}

/** Set up text messages, step 1: the UK mobile number. */
export function enterPhonePage(state: FormState, locale: Locale): AuthPageContent {
  const phone = html`<cyd-text-input${attrs({
    name: FIELDS.phone,
    ...both('label', 'phoneLabel'),
    ...both('hint', 'phoneHint'),
    type: 'tel',
    autocomplete: 'tel',
    width: '20',
    required: true,
    ...both('required-message', 'phoneMissing'),
    value: state.values?.phone,
    ...errorOf(state, FIELDS.phone),
  })}></cyd-text-input>`;
  return formPage(locale, 'enterPhoneTitle', state, phone);
}

export interface AuthenticatorSetupState extends FormState {
  /** The shared secret, base32 (otplib's `generateSecret()`). */
  secret: string;
  /** The `otpauth://totp/…` URI the QR code holds (otplib's `generateURI`). */
  otpauthUri: string;
}

/** Set up an authenticator app: the QR code, the secret key in groups of four for people who cannot scan, then the app's code. */
export function authenticatorSetupPage(state: AuthenticatorSetupState, locale: Locale): AuthPageContent {
  const w = words(locale);
  const groups = secretKeyGroups(state.secret).map((group, i) => html`${i === 0 ? '' : ' '}<span class="cyd-auth-secret__group">${group}</span>`);
  const steps = html`<ol class="cyd-body cyd-auth-steps">
<li>${w.setupAppInstall}</li>
<li>${w.setupAppScan}
${authenticatorQrCode(state.otpauthUri, w.qrCodeName)}
<p class="cyd-body">${w.secretKeyIntro}</p>
<p class="cyd-body cyd-auth-secret"><span class="cyd-auth-secret__label">${w.secretKeyLabel}:</span> <code class="cyd-auth-secret__key" data-secret-key>${groups}</code></p>
</li>
<li>${w.setupAppEnterCode}</li>
</ol>`;
  return formPage(locale, 'setupAppTitle', state, codeInput(state, 'appCodeLabel', {}), { before: steps });
}

export interface ContinueState {
  /** Where "Continue" goes: back to the service that asked for the sign-in. */
  continueHref: string;
}

/** A panel, a paragraph, then onwards: the ends of creating an account and of resetting a password. */
function panelPage(locale: Locale, titleKey: StringKey, text: string, onwards: Html): AuthPageContent {
  return page(
    locale,
    titleKey,
    html`<cyd-panel${attrs(both('title-text', titleKey))}></cyd-panel>
${paragraph(text)}
${onwards}`,
  );
}

/** Create an account, done: the panel, then on to the service. */
export function accountCreatedPage(state: ContinueState, locale: Locale): AuthPageContent {
  return panelPage(locale, 'accountCreatedTitle', words(locale).accountCreatedText, linkButton(state.continueHref, 'continue'));
}

// Reset password ------------------------------------------------------------

/** Reset password, step 1: the email address; a code is sent whether or not it has an account. */
export function resetEmailPage(state: FormState, locale: Locale): AuthPageContent {
  return formPage(locale, 'resetTitle', state, emailInput(state), { before: paragraph(words(locale).resetIntro) });
}

/** Reset password, step 3 (after the emailed code, `checkEmailPage`): the new password. */
export function newPasswordPage(state: FormState, locale: Locale): AuthPageContent {
  return formPage(locale, 'newPasswordTitle', state, newPasswordInputs(state));
}

export interface SignInLinkState {
  signInHref: string;
}

/** Reset password, done. */
export function passwordChangedPage(state: SignInLinkState, locale: Locale): AuthPageContent {
  return panelPage(locale, 'resetDoneTitle', words(locale).resetDoneText, linkButton(state.signInHref, 'signIn'));
}

// Signed out, locked, problems ---------------------------------------------

/** "You have been signed out": after the person chose to. */
export function signedOutPage(state: SignInLinkState, locale: Locale): AuthPageContent {
  return statusPage(locale, 'signedOutTitle', [words(locale).signedOutText], linkButton(state.signInHref, 'signIn'));
}

/** "You have been signed out for your security": after the session timed out (where `<cyd-timeout-warning>` sends them). */
export function timedOutPage(state: SignInLinkState, locale: Locale): AuthPageContent {
  return statusPage(locale, 'timedOutTitle', [words(locale).timedOutText], linkButton(state.signInHref, 'signInAgain'));
}

export interface WaitState {
  /** Minutes until the person may try again (15 after 6 wrong codes). */
  minutes: number;
}

/** Too many wrong security codes: wait, then try again. */
export function tooManyCodesPage(state: WaitState, locale: Locale): AuthPageContent {
  return statusPage(locale, 'tooManyCodesTitle', [words(locale).waitMinutes(state.minutes)]);
}

export interface LockedState extends WaitState {
  resetPasswordHref: string;
}

/** Account locked after too many wrong passwords: try again later, or reset the password. */
export function accountLockedPage(state: LockedState, locale: Locale): AuthPageContent {
  const w = words(locale);
  return statusPage(locale, 'lockedTitle', [w.lockedText, w.lockedWait(state.minutes)], paragraph(link(state.resetPasswordHref, w.resetPassword)));
}

export interface ProblemState {
  /** Where "Try again" goes; without it the page only says to try later. */
  tryAgainHref?: string;
}

/** The generic "Sorry, there is a problem" page (GOV.UK's service error page). */
export function problemPage(state: ProblemState, locale: Locale): AuthPageContent {
  const w = words(locale);
  return statusPage(locale, 'problemTitle', [w.problemText], state.tryAgainHref ? paragraph(link(state.tryAgainHref, w.tryAgain)) : '');
}

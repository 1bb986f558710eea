/**
 * Each sign-in page's input checked as a pure function: what was posted in,
 * the clean value or the errors out, each error keyed by field with its
 * reason and its message in the page's language, and what was typed kept for
 * the page to show again (never a password). The provider calls these on
 * POST; the page templates take the errors back.
 */
import type { Locale } from '@cydran/i18n';
import { checkEmailAddress } from '@cydran/data-model/checks/email-address';
import { checkUkPhoneNumber, fictionalNumberType } from '@cydran/data-model/checks/phone-number';
import { securityCodeDigits } from '@cydran/components';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { dictionary } from '@zxcvbn-ts/language-common';
import { type AuthErrorReason, authMessages } from './auth.messages.js';

/** The fewest characters a new password may have (NCSC and GOV.UK One Login: length over complexity). */
export const PASSWORD_MIN_LENGTH = 8;
/** The most: long enough for any passphrase or password manager, short enough to hash cheaply. */
export const PASSWORD_MAX_LENGTH = 256;
/** Digits in a security code sent by email or text message, or made by an authenticator app. */
export const SECURITY_CODE_LENGTH = 6;

/** The form fields the patterns post, by name. */
export const FIELDS = {
  email: 'email',
  password: 'password',
  confirmPassword: 'confirm-password',
  code: 'code',
  method: 'method',
  phone: 'phone',
} as const;

export type FieldName = (typeof FIELDS)[keyof typeof FIELDS];

/** How security codes are sent: by text message, or made by an authenticator app. */
export const SECURITY_CODE_METHODS = ['sms', 'app'] as const;
export type SecurityCodeMethod = (typeof SECURITY_CODE_METHODS)[number];

/** What went wrong with one field, for a page to show (the provider may make its own: `credentialsWrong`, `codeWrong`). */
export interface PageError {
  field: FieldName;
  reason: AuthErrorReason;
}

/** A page's error as validation gives it: also the message, in the page's language. */
export interface FieldError extends PageError {
  message: string;
}

/** A posted form: `FormData`, `URLSearchParams` or a plain record of its fields. */
export type FormInput = FormData | URLSearchParams | Readonly<Record<string, unknown>>;

/** What the person typed, to show again: every field but passwords. */
export type TypedValues = Partial<Record<FieldName, string>>;

export type Validation<T> =
  { ok: true; value: T; values: TypedValues; errors: readonly [] } | { ok: false; values: TypedValues; errors: readonly FieldError[] };

/** The message for a reason in a language: what validation puts in `FieldError.message`. */
export function errorMessage(reason: AuthErrorReason, locale: Locale): string {
  return authMessages[locale][reason];
}

function field(input: FormInput, name: FieldName): string {
  const value = input instanceof FormData || input instanceof URLSearchParams ? input.get(name) : input[name];
  // A repeated field arrives as an array from some body parsers: the first is the one the form had.
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : '';
}

function result<T>(value: T, values: TypedValues, errors: PageError[], locale: Locale): Validation<T> {
  if (errors.length === 0) return { ok: true, value, values, errors: [] };
  return { ok: false, values, errors: errors.map((e) => ({ ...e, message: errorMessage(e.reason, locale) })) };
}

/** The email address page (sign in, create an account, reset password): the address trimmed, its domain in lower case. */
export function validateEmail(input: FormInput, locale: Locale): Validation<{ email: string }> {
  const typed = field(input, FIELDS.email);
  const checked = checkEmailAddress(typed);
  const errors: PageError[] = checked.ok ? [] : [{ field: FIELDS.email, reason: checked.reason === 'emailAddressRequired' ? 'emailMissing' : 'emailFormat' }];
  return result({ email: checked.ok ? checked.value : '' }, { email: typed }, errors, locale);
}

/**
 * The sign-in password page: only that a password was given. Whether it is
 * right is the provider's to say, with `credentialsWrong`, which never says
 * whether the email address has an account.
 */
export function validateSignInPassword(input: FormInput, locale: Locale): Validation<{ password: string }> {
  const password = field(input, FIELDS.password);
  return result({ password }, {}, password === '' ? [{ field: FIELDS.password, reason: 'passwordMissing' }] : [], locale);
}

// Only the common-password list: a passphrase of dictionary words is a good
// password (NCSC's three random words), so the word lists are left out and
// the estimate falls back to length for such a password.
let strength: ZxcvbnFactory | undefined;

/**
 * A password too easy to guess: in the common-password list, a keyboard run,
 * a repeat or a sequence, so that zxcvbn's estimate is under a million
 * guesses (its score 0 or 1). Length does the rest.
 */
export function isCommonPassword(password: string, userInputs: readonly string[] = []): boolean {
  strength ??= new ZxcvbnFactory({ dictionary: { 'passwords-common': dictionary['passwords-common'] } });
  return strength.check(password, [...userInputs]).score <= 1;
}

/** An address and the words of its local part ("sarah.jones@…" → sarah.jones, sarah, jones): a password built on them is easy to guess. */
function emailWords(email: string): string[] {
  const local = email.split('@')[0] ?? '';
  return [email, local, ...local.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 3)];
}

/**
 * The create-a-password and new-password pages: at least 8 characters, at
 * most 256, not a common password, not the email address, typed the same in
 * both boxes. One reason per box, the first that applies.
 */
export function validateNewPassword(input: FormInput, locale: Locale, account: { email?: string } = {}): Validation<{ password: string }> {
  const password = field(input, FIELDS.password);
  const confirm = field(input, FIELDS.confirmPassword);
  const email = account.email?.trim().toLowerCase();
  const errors: PageError[] = [];
  let reason: AuthErrorReason | undefined;
  if (password === '') reason = 'newPasswordMissing';
  else if ([...password].length < PASSWORD_MIN_LENGTH) reason = 'passwordTooShort';
  else if ([...password].length > PASSWORD_MAX_LENGTH) reason = 'passwordTooLong';
  else if (email && password.trim().toLowerCase() === email) reason = 'passwordIsEmail';
  else if (isCommonPassword(password, email ? emailWords(email) : [])) reason = 'passwordCommon';
  if (reason) errors.push({ field: FIELDS.password, reason });
  if (confirm === '') errors.push({ field: FIELDS.confirmPassword, reason: 'confirmMissing' });
  else if (!reason && confirm !== password) errors.push({ field: FIELDS.confirmPassword, reason: 'passwordsDiffer' });
  return result({ password }, {}, errors, locale);
}

/**
 * A security code page (email, text message, authenticator app): 6 digits,
 * spaces and dashes ignored, as `<cyd-code-input>` reads it. Whether it is
 * the right code is the provider's to say (`codeWrong`, `appCodeWrong`).
 */
export function validateSecurityCode(input: FormInput, locale: Locale): Validation<{ code: string }> {
  const typed = field(input, FIELDS.code);
  const digits = securityCodeDigits(typed);
  let reason: AuthErrorReason | undefined;
  if (digits === null) reason = 'codeNotDigits';
  else if (digits === '') reason = 'codeMissing';
  else if (digits.length !== SECURITY_CODE_LENGTH) reason = 'codeLength';
  return result({ code: digits ?? '' }, { code: typed }, reason ? [{ field: FIELDS.code, reason }] : [], locale);
}

const isMethod = (value: string): value is SecurityCodeMethod => (SECURITY_CODE_METHODS as readonly string[]).includes(value);

/** The choose-how-to-get-security-codes page: one of the two radios. */
export function validateSecurityCodeMethod(input: FormInput, locale: Locale): Validation<{ method: SecurityCodeMethod }> {
  const typed = field(input, FIELDS.method);
  if (isMethod(typed)) return result({ method: typed }, { method: typed }, [], locale);
  return { ok: false, values: {}, errors: [{ field: FIELDS.method, reason: 'methodMissing', message: errorMessage('methodMissing', locale) }] };
}

/**
 * The mobile phone number page: a UK number (spaces, brackets, hyphens, +44
 * accepted, by the data model's check), and a mobile one, as
 * libphonenumber's full metadata types it, since the codes go by text
 * message. The value is E.164 ("+447700900982").
 */
export function validateMobileNumber(input: FormInput, locale: Locale): Validation<{ phone: string }> {
  const typed = field(input, FIELDS.phone);
  const checked = checkUkPhoneNumber(typed);
  let reason: AuthErrorReason | undefined;
  if (!checked.ok) reason = checked.reason === 'phoneNumberRequired' ? 'phoneMissing' : checked.reason === 'phoneNumberNotUk' ? 'phoneNotUk' : 'phoneFormat';
  else if ((fictionalNumberType(checked.value) ?? parsePhoneNumberFromString(checked.value)?.getType()) !== 'MOBILE') reason = 'phoneNotMobile';
  return result({ phone: checked.ok ? checked.value : '' }, { phone: typed }, reason ? [{ field: FIELDS.phone, reason }] : [], locale);
}

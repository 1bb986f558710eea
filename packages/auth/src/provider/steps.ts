/**
 * The seam between the provider's flows and the pages that show them: the
 * steps, what each page is given (StepView), and the renderer that turns a
 * step into a page and checks what its form posts.
 */
import type { Locale } from '@cydran/i18n';
import type { Html } from '@cydran/forms/server';
import type { AuthErrorReason, FieldError, FieldName } from '../patterns/index.js';
import type { CodeMethod } from './accounts.js';

export const STEPS = [
  'email',
  'password',
  'code',
  'create-email',
  'create-code',
  'create-password',
  'create-method',
  'create-phone',
  'create-sms-code',
  'create-app',
  'create-done',
  'reset-email',
  'reset-code',
  'reset-password',
  'reset-done',
  'resend',
  'locked',
  'too-many',
  'consent',
] as const;

export type StepName = (typeof STEPS)[number];

/** An error by field, its reason and its message in the page's language: the patterns' FieldError. */
export type StepError = FieldError;

/** Everything a step's page shows. */
export interface StepView {
  step: StepName;
  locale: Locale;
  /** Where the page's form posts. */
  action: string;
  /** The hidden `csrf` field's value. */
  csrfToken: string;
  links: { signIn: string; createAccount: string; resetPassword: string; resend: string; finish: string };
  errors: readonly StepError[];
  /** What was typed, to show again (never a password). */
  values: Readonly<Partial<Record<FieldName, string>>>;
  email?: string;
  /** The sign-in code page: how this account gets codes. */
  method?: CodeMethod;
  /** The last 4 digits of the phone a code went to. */
  phoneEnding?: string;
  /** The authenticator set-up page: the secret (shown in groups) and the otpauth: URI for the QR code. */
  totp?: { secret: string; uri: string };
  /** The consent page. */
  clientName?: string;
  /** The resend page: the code page it sends a new code for. */
  resendFor?: StepName;
  codeMinutes: number;
  lockMinutes: number;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: readonly StepError[]; values: Partial<Record<FieldName, string>> };

/** Each page's form checked: shape only; whether a password or code is right is the provider's to say. */
export interface StepValidators {
  email(form: FormData, locale: Locale): Checked<{ email: string }>;
  signInPassword(form: FormData, locale: Locale): Checked<{ password: string }>;
  newPassword(form: FormData, locale: Locale, account: { email: string }): Checked<{ password: string }>;
  securityCode(form: FormData, locale: Locale): Checked<{ code: string }>;
  method(form: FormData, locale: Locale): Checked<{ method: CodeMethod }>;
  mobile(form: FormData, locale: Locale): Checked<{ phone: string }>;
}

export interface PageRenderer {
  step(view: StepView, url: URL): Response;
  /** An expired or unknown interaction, a refused form (CSRF): a page in the language, with this status. */
  problem(kind: 'expired' | 'problem', locale: Locale, status: number): Response;
  /** A whole page of the provider's own (signing out, an error from oidc-provider, the outbox) in the same frame, as HTML. */
  document(locale: Locale, title: string, body: Html): string;
  /** The message for a reason the provider decides (credentialsWrong, codeWrong, appCodeWrong). */
  message(reason: AuthErrorReason, locale: Locale): string;
  validate: StepValidators;
}

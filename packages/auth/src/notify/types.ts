import type { Locale } from '@cydran/i18n';

/**
 * What the provider sends. Each template is a message the body writes in
 * its own notification service (GOV.UK Notify templates, one per language);
 * the provider gives only the values that fill it.
 */
export type NotificationTemplate =
  /** A code to confirm an email address when creating an account. `code`, `minutes`. */
  | 'email-code'
  /** Someone tried to create an account for an address that has one: sign in or reset the password instead. No code. */
  | 'account-exists'
  /** A code to reset a password. `code`, `minutes`. */
  | 'reset-code'
  /** Someone asked to reset the password of an address with no account. No code. */
  | 'reset-no-account'
  /** A security code by text message, at set-up and at sign-in. `code`, `minutes`. */
  | 'sms-code';

export const NOTIFICATION_TEMPLATES: readonly NotificationTemplate[] = ['email-code', 'account-exists', 'reset-code', 'reset-no-account', 'sms-code'];

export interface Notification {
  channel: 'email' | 'sms';
  /** An email address or a phone number (E.164), by channel. */
  to: string;
  template: NotificationTemplate;
  /** The template's values (`code`, `minutes`), all strings as GOV.UK Notify takes them. */
  personalisation: Record<string, string>;
  /** The language to write it in: the page's when it was asked for. */
  locale: Locale;
}

/** Sends email and text messages for the provider: GOV.UK Notify, the development outbox, or a body's own service. */
export interface ProviderNotifier {
  send(notification: Notification): Promise<void>;
}

import type { Locale } from '@cydran/i18n';
import type { OutboxMessage, SqlFormStore } from './store.js';

export interface NotifierMessage {
  to: string;
  subject: string;
  body: string;
  /** The language the message is written in (the person's, when they asked for the link). */
  locale: Locale;
}

/** Sends save-and-return links; production plugs in email (GOV.UK Notify, SMTP…). */
export interface Notifier {
  send(message: NotifierMessage): Promise<void>;
}

/** Writes each message to the outbox table instead of sending it, for the runner's /outbox page in development. */
export function developmentNotifier(store: Pick<SqlFormStore, 'writeOutbox'>): Notifier {
  return { send: (message) => store.writeOutbox(message) };
}

/** What the development notifier has written, newest first. */
export function outbox(store: Pick<SqlFormStore, 'outbox'>): Promise<OutboxMessage[]> {
  return store.outbox();
}

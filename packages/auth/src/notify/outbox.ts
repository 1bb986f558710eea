/**
 * The development notifier: each message goes into the provider_outbox
 * table instead of out, and the provider's /outbox page (development only)
 * shows it, so codes can be read while building and by end-to-end tests.
 */
import { randomUUID } from 'node:crypto';
import { isLocale, type Locale } from '@cydran/i18n';
import type { Queryable } from '@cydran/forms/storage';
import type { Notification, NotificationTemplate, ProviderNotifier } from './types.js';
import { NOTIFICATION_TEMPLATES } from './types.js';

export interface OutboxEntry extends Notification {
  id: string;
  createdAt: Date;
}

export function outboxNotifier(db: Queryable, now: () => Date = () => new Date()): ProviderNotifier {
  return {
    async send(notification) {
      await db.query(
        'INSERT INTO provider_outbox (id, channel, recipient, template, personalisation, locale, created_at) VALUES ($1, $2, $3, $4, $5::text::jsonb, $6, $7::timestamptz)',
        [
          randomUUID(),
          notification.channel,
          notification.to,
          notification.template,
          JSON.stringify(notification.personalisation),
          notification.locale,
          now().toISOString(),
        ],
      );
    },
  };
}

const isTemplate = (value: unknown): value is NotificationTemplate => NOTIFICATION_TEMPLATES.some((template) => template === value);

/** Newest first; `to` keeps only that recipient's. */
export async function readOutbox(db: Queryable, to?: string): Promise<OutboxEntry[]> {
  const rows = await db.query(
    `SELECT id, channel, recipient, template, personalisation, locale, created_at FROM provider_outbox ${to === undefined ? '' : 'WHERE recipient = $1'} ORDER BY seq DESC`,
    to === undefined ? [] : [to],
  );
  return rows.map((row) => {
    const locale: Locale = isLocale(row.locale) ? row.locale : 'en';
    const template = isTemplate(row.template) ? row.template : 'email-code';
    const personalisation: Record<string, string> = {};
    if (typeof row.personalisation === 'object' && row.personalisation !== null) {
      for (const [name, value] of Object.entries(row.personalisation)) personalisation[name] = String(value);
    }
    return {
      id: String(row.id),
      channel: row.channel === 'sms' ? 'sms' : 'email',
      to: String(row.recipient),
      template,
      personalisation,
      locale,
      createdAt: row.created_at instanceof Date ? row.created_at : new Date(String(row.created_at)),
    };
  });
}

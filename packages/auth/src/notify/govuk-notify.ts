/**
 * A ProviderNotifier on GOV.UK Notify's HTTP API (v2): POST
 * /v2/notifications/email and /v2/notifications/sms, authorised by a JWT
 * (HS256; `iss` the service id, `iat` now) signed with the API key's secret.
 * Written on node:crypto and fetch, so the provider needs no Notify client.
 */
import { createHmac } from 'node:crypto';
import type { Locale } from '@cydran/i18n';
import { NOTIFICATION_TEMPLATES, type Notification, type NotificationTemplate, type ProviderNotifier } from './types.js';

export const NOTIFY_API = 'https://api.notifications.service.gov.uk';

export interface GovukNotifyOptions {
  /** The API key from GOV.UK Notify ("key name-service id-secret"). Keep it out of source control. */
  apiKey: string;
  /** Each template's id in Notify, per language: `{ 'email-code': { en: '…', cy: '…' }, … }`. */
  templates: Record<NotificationTemplate, Record<Locale, string>>;
  /** Notify's address; a test points it at the local stub. */
  baseUrl?: string;
  /** For the JWT's `iat`: tests move it. */
  now?: () => Date;
  fetch?: typeof fetch;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface NotifyKey {
  serviceId: string;
  secret: string;
}

/** The service id and secret in a Notify API key: the last two UUIDs (the key's name may itself hold dashes). */
export function parseNotifyKey(apiKey: string): NotifyKey {
  const serviceId = apiKey.slice(-73, -37);
  const secret = apiKey.slice(-36);
  if (apiKey.length < 74 || apiKey.charAt(apiKey.length - 37) !== '-' || !UUID.test(serviceId) || !UUID.test(secret)) {
    // The key is never put in the message: it is a secret.
    throw new TypeError(
      'govukNotify: apiKey is not a GOV.UK Notify API key. It should look like "name-<service id>-<secret>" (two UUIDs at the end); copy it whole from Notify\'s "API integration" page.',
    );
  }
  return { serviceId, secret };
}

const base64url = (value: string | Buffer): string => Buffer.from(value).toString('base64url');

/** The bearer token Notify asks for. */
export function notifyToken(key: NotifyKey, now: Date): string {
  const header = base64url(JSON.stringify({ typ: 'JWT', alg: 'HS256' }));
  const claims = base64url(JSON.stringify({ iss: key.serviceId, iat: Math.floor(now.getTime() / 1000) }));
  const signature = createHmac('sha256', key.secret).update(`${header}.${claims}`).digest('base64url');
  return `${header}.${claims}.${signature}`;
}

export function govukNotify(options: GovukNotifyOptions): ProviderNotifier {
  const key = parseNotifyKey(options.apiKey);
  for (const template of NOTIFICATION_TEMPLATES) {
    for (const locale of ['en', 'cy'] as const) {
      if (!UUID.test(options.templates[template]?.[locale] ?? '')) {
        throw new TypeError(
          `govukNotify: templates['${template}'].${locale} is not a Notify template id. Give the id (a UUID) of the ${locale === 'cy' ? 'Welsh' : 'English'} template from Notify's "Templates" page.`,
        );
      }
    }
  }
  const base = (options.baseUrl ?? NOTIFY_API).replace(/\/$/, '');
  const now = options.now ?? (() => new Date());
  const send = options.fetch ?? fetch;
  return {
    async send(notification: Notification) {
      const templateId = options.templates[notification.template][notification.locale];
      const body =
        notification.channel === 'email'
          ? { email_address: notification.to, template_id: templateId, personalisation: notification.personalisation }
          : { phone_number: notification.to, template_id: templateId, personalisation: notification.personalisation };
      const response = await send(`${base}/v2/notifications/${notification.channel}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${notifyToken(key, now())}`, 'content-type': 'application/json', 'user-agent': 'cydran-auth' },
        body: JSON.stringify(body),
      });
      if (response.status === 201) return;
      // Notify's own reason, never the recipient or the code: these messages reach logs.
      const reply: unknown = await response.json().catch(() => undefined);
      const errors = typeof reply === 'object' && reply !== null && 'errors' in reply && Array.isArray(reply.errors) ? reply.errors : [];
      const reasons = errors
        .map((error: unknown) =>
          typeof error === 'object' && error !== null && 'error' in error && 'message' in error ? `${String(error.error)}: ${String(error.message)}` : '',
        )
        .filter(Boolean)
        .join('; ');
      throw new Error(
        `GOV.UK Notify did not send the ${notification.channel} '${notification.template}' (${notification.locale}): HTTP ${response.status}${reasons ? ` — ${reasons}` : ''}.`,
      );
    },
  };
}

/**
 * The GOV.UK Notify adapter against the local stub of Notify's API: the
 * stub checks the JWT the way Notify does (signature by the key's secret,
 * iss the service id, iat within 30 seconds), so a wrong token is refused
 * there, not only in our own code.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { govukNotify, notifyToken, parseNotifyKey, startNotifyStub, type NotificationTemplate, type NotifyStub } from './index.js';

const SERVICE = '26785a09-ab16-4eb0-8407-a37497a57506';
const SECRET = '3d844edf-8d35-48ac-975b-e847b4f122b0';
const API_KEY = `cydran_test-${SERVICE}-${SECRET}`;
const template = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const TEMPLATES: Record<NotificationTemplate, { en: string; cy: string }> = {
  'email-code': { en: template(1), cy: template(2) },
  'account-exists': { en: template(3), cy: template(4) },
  'reset-code': { en: template(5), cy: template(6) },
  'reset-no-account': { en: template(7), cy: template(8) },
  'sms-code': { en: template(9), cy: template(10) },
};

const clock = Date.parse('2026-03-01T10:00:00Z');
let stub: NotifyStub;

before(async () => {
  stub = await startNotifyStub({ apiKey: API_KEY, now: () => new Date(clock) });
});
after(() => stub.close());

describe('GOV.UK Notify adapter', () => {
  test('an email goes to /v2/notifications/email with the Welsh template, the address and the code', async () => {
    const notify = govukNotify({ apiKey: API_KEY, templates: TEMPLATES, baseUrl: stub.url, now: () => new Date(clock) });
    await notify.send({ channel: 'email', to: 'sian@example.cymru', template: 'email-code', personalisation: { code: '123456', minutes: '15' }, locale: 'cy' });
    const sent = stub.sent.at(-1);
    assert.deepEqual(
      { ...sent, id: undefined },
      { id: undefined, channel: 'email', to: 'sian@example.cymru', templateId: template(2), personalisation: { code: '123456', minutes: '15' } },
    );
  });

  test('a text message goes to /v2/notifications/sms with the phone number', async () => {
    const notify = govukNotify({ apiKey: API_KEY, templates: TEMPLATES, baseUrl: stub.url, now: () => new Date(clock) });
    await notify.send({ channel: 'sms', to: '+447400123456', template: 'sms-code', personalisation: { code: '654321', minutes: '15' }, locale: 'en' });
    const sent = stub.sent.at(-1);
    assert.equal(sent?.channel, 'sms');
    assert.equal(sent?.to, '+447400123456');
    assert.equal(sent?.templateId, template(9));
  });

  test('the stub refuses a token signed with another secret, and the adapter says why without the key', async () => {
    const wrongKey = `cydran_test-${SERVICE}-${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}`;
    const notify = govukNotify({ apiKey: wrongKey, templates: TEMPLATES, baseUrl: stub.url, now: () => new Date(clock) });
    await assert.rejects(
      notify.send({ channel: 'email', to: 'a@example.cymru', template: 'email-code', personalisation: { code: '1' }, locale: 'en' }),
      (error: Error) =>
        error.message.includes('HTTP 403') &&
        error.message.includes('signature') &&
        !error.message.includes(SECRET) &&
        !error.message.includes('a@example.cymru'),
    );
  });

  test('the stub refuses a token for another service, and one whose iat is more than 30 seconds out', async () => {
    const otherService = govukNotify({
      apiKey: `k-${SERVICE.replace('2', '3')}-${SECRET}`,
      templates: TEMPLATES,
      baseUrl: stub.url,
      now: () => new Date(clock),
    });
    await assert.rejects(
      otherService.send({ channel: 'sms', to: '+447400123456', template: 'sms-code', personalisation: {}, locale: 'en' }),
      /service not found/,
    );
    const slowClock = govukNotify({ apiKey: API_KEY, templates: TEMPLATES, baseUrl: stub.url, now: () => new Date(clock - 31_000) });
    await assert.rejects(
      slowClock.send({ channel: 'sms', to: '+447400123456', template: 'sms-code', personalisation: {}, locale: 'en' }),
      /clock must be accurate/,
    );
  });

  test('the token is an HS256 JWT with iss the service id and iat in seconds', () => {
    const [header, claims] = notifyToken(parseNotifyKey(API_KEY), new Date(clock)).split('.');
    assert.deepEqual(JSON.parse(Buffer.from(header ?? '', 'base64url').toString()), { typ: 'JWT', alg: 'HS256' });
    assert.deepEqual(JSON.parse(Buffer.from(claims ?? '', 'base64url').toString()), { iss: SERVICE, iat: clock / 1000 });
  });

  test('a key that is not a Notify key, and a missing template id, are developer errors naming the option', () => {
    assert.throws(
      () => govukNotify({ apiKey: 'not-a-key', templates: TEMPLATES }),
      (error: Error) => error.message.startsWith('govukNotify: apiKey') && !error.message.includes('not-a-key'),
    );
    assert.throws(() => govukNotify({ apiKey: API_KEY, templates: { ...TEMPLATES, 'sms-code': { en: template(9), cy: '' } } }), /templates\['sms-code'\]\.cy/);
  });
});

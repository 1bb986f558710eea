/**
 * A local stand-in for GOV.UK Notify's v2 send API on loopback, for tests
 * (ours and a body's): it checks the JWT as Notify does (HS256 signature by
 * the key's secret, `iss` the service id, `iat` within 30 seconds) and the
 * request's shape, answers 201 with a notification like Notify's, and keeps
 * what it was sent.
 */
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseNotifyKey } from './govuk-notify.js';

export interface StubNotification {
  id: string;
  channel: 'email' | 'sms';
  to: string;
  templateId: string;
  personalisation: Record<string, string>;
}

export interface NotifyStub {
  /** Give it to govukNotify as baseUrl. */
  readonly url: string;
  /** What it accepted, oldest first. */
  readonly sent: StubNotification[];
  close(): Promise<void>;
}

export interface NotifyStubOptions {
  /** The API key it accepts (the same one the adapter is given). */
  apiKey: string;
  /** The stub's clock for the `iat` check. */
  now?: () => Date;
}

function reply(outgoing: ServerResponse, status: number, body: unknown): void {
  outgoing.writeHead(status, { 'content-type': 'application/json' });
  outgoing.end(JSON.stringify(body));
}

const refuse = (outgoing: ServerResponse, status: number, error: string, message: string): void =>
  reply(outgoing, status, { status_code: status, errors: [{ error, message }] });

async function readJson(incoming: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(Buffer.from(chunk));
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return undefined;
  }
}

function claimsOf(token: string, secret: string): Record<string, unknown> | string {
  const [header, claims, signature, extra] = token.split('.');
  if (!header || !claims || !signature || extra !== undefined) return 'Invalid token: not a JWT';
  const parsedHeader: unknown = JSON.parse(Buffer.from(header, 'base64url').toString('utf8'));
  if (typeof parsedHeader !== 'object' || parsedHeader === null || !('alg' in parsedHeader) || parsedHeader.alg !== 'HS256')
    return 'Invalid token: algorithm used is not HS256';
  const expected = createHmac('sha256', secret).update(`${header}.${claims}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'Invalid token: signature, api token not found';
  const parsed: unknown = JSON.parse(Buffer.from(claims, 'base64url').toString('utf8'));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return 'Invalid token: claims';
  return Object.fromEntries(Object.entries(parsed));
}

const isStringRecord = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((item) => typeof item === 'string');

export async function startNotifyStub(options: NotifyStubOptions): Promise<NotifyStub> {
  const key = parseNotifyKey(options.apiKey);
  const now = options.now ?? (() => new Date());
  const sent: StubNotification[] = [];
  const server = createServer((incoming, outgoing) => {
    const handle = async (): Promise<void> => {
      const channel = incoming.url === '/v2/notifications/email' ? 'email' : incoming.url === '/v2/notifications/sms' ? 'sms' : undefined;
      if (incoming.method !== 'POST' || !channel) return refuse(outgoing, 404, 'NotFound', 'Not found');
      const authorization = incoming.headers.authorization ?? '';
      if (!authorization.startsWith('Bearer ')) return refuse(outgoing, 401, 'AuthError', 'Unauthorized: authentication token must be provided');
      const claims = claimsOf(authorization.slice('Bearer '.length), key.secret);
      if (typeof claims === 'string') return refuse(outgoing, 403, 'AuthError', claims);
      if (claims.iss !== key.serviceId) return refuse(outgoing, 403, 'AuthError', 'Invalid token: service not found');
      if (typeof claims.iat !== 'number' || Math.abs(now().getTime() / 1000 - claims.iat) > 30) {
        return refuse(outgoing, 403, 'AuthError', 'Error: Your system clock must be accurate to within 30 seconds');
      }
      const body = await readJson(incoming);
      if (typeof body !== 'object' || body === null) return refuse(outgoing, 400, 'BadRequestError', 'Invalid JSON supplied in POST data');
      const to = channel === 'email' ? ('email_address' in body ? body.email_address : undefined) : 'phone_number' in body ? body.phone_number : undefined;
      const templateId = 'template_id' in body ? body.template_id : undefined;
      const personalisation = 'personalisation' in body ? body.personalisation : {};
      if (typeof to !== 'string' || to === '')
        return refuse(outgoing, 400, 'ValidationError', `${channel === 'email' ? 'email_address' : 'phone_number'} is a required property`);
      if (typeof templateId !== 'string') return refuse(outgoing, 400, 'ValidationError', 'template_id is a required property');
      if (!isStringRecord(personalisation)) return refuse(outgoing, 400, 'ValidationError', 'personalisation must be an object of strings');
      const id = randomUUID();
      sent.push({ id, channel, to, templateId, personalisation });
      reply(outgoing, 201, {
        id,
        reference: null,
        content: channel === 'email' ? { subject: '', body: '', from_email: 'stub@notify.invalid' } : { body: '', from_number: 'GOVUK' },
        uri: `/v2/notifications/${id}`,
        template: { id: templateId, version: 1, uri: `/v2/template/${templateId}` },
      });
    };
    handle().catch(() => refuse(outgoing, 500, 'Exception', 'Internal server error'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address: AddressInfo | string | null = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    sent,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

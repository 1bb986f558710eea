import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';

export type FetchHandler = (request: Request) => Promise<Response>;

export interface NodeListenerOptions {
  /**
   * Believe `X-Forwarded-Proto` and `X-Forwarded-Host` (behind a proxy you
   * run). Off by default: anyone can send those headers.
   */
  trustProxy?: boolean;
}

/** Node's IncomingMessage as a Fetch API Request (the body streamed, not read first). */
export function toRequest(incoming: IncomingMessage, options: NodeListenerOptions = {}): Request {
  const encrypted = 'encrypted' in incoming.socket && incoming.socket.encrypted === true;
  const forwardedProto = options.trustProxy
    ? String(incoming.headers['x-forwarded-proto'] ?? '')
        .split(',')[0]
        ?.trim()
    : '';
  const forwardedHost = options.trustProxy
    ? String(incoming.headers['x-forwarded-host'] ?? '')
        .split(',')[0]
        ?.trim()
    : '';
  const protocol = forwardedProto === 'https' || forwardedProto === 'http' ? forwardedProto : encrypted ? 'https' : 'http';
  const host = forwardedHost || incoming.headers.host || 'localhost';
  const url = new URL(incoming.url ?? '/', `${protocol}://${host}`);
  const headers = new Headers();
  for (let i = 0; i < incoming.rawHeaders.length; i += 2) headers.append(incoming.rawHeaders[i]!, incoming.rawHeaders[i + 1]!);
  const method = incoming.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  return new Request(url, {
    method,
    headers,
    body: hasBody ? (Readable.toWeb(incoming) as ReadableStream<Uint8Array>) : undefined,
    // Required by Node's fetch for a streamed body.
    duplex: 'half',
  } as RequestInit);
}

/** Writes a Fetch API Response to Node's ServerResponse, streaming its body. */
export async function writeResponse(response: Response, outgoing: ServerResponse): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers['set-cookie'] = cookies;
  outgoing.writeHead(response.status, response.statusText, headers);
  if (!response.body) {
    outgoing.end();
    return;
  }
  for await (const chunk of response.body) outgoing.write(chunk);
  outgoing.end();
}

/**
 * A Node `http` request listener for a Fetch API handler:
 * `http.createServer(toNodeListener(handler)).listen(3000)`; Express:
 * `app.use('/form', toNodeListener(handler))` (give the handler the same basePath).
 */
export function toNodeListener(handler: FetchHandler, options: NodeListenerOptions = {}): (incoming: IncomingMessage, outgoing: ServerResponse) => void {
  return (incoming, outgoing) => {
    // Express strips its mount path from req.url; the handler wants the whole path.
    if ('originalUrl' in incoming && typeof incoming.originalUrl === 'string') incoming.url = incoming.originalUrl;
    const run = async (): Promise<void> => {
      let response: Response;
      try {
        response = await handler(toRequest(incoming, options));
      } catch (error) {
        console.error('[cydran forms]', error);
        response = new Response('Internal Server Error', { status: 500, headers: { 'content-type': 'text/plain; charset=utf-8' } });
      }
      await writeResponse(response, outgoing);
    };
    run().catch((error: unknown) => {
      console.error('[cydran forms]', error);
      outgoing.destroy();
    });
  };
}

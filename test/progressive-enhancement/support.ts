/**
 * What the Node-side page tests share: a tiny HTTP server, Debian's
 * Chromium driven by puppeteer-core, and the library's stylesheet and
 * elements bundled in memory from src/ (so these tests need no build).
 */
import { existsSync } from 'node:fs';
import { type IncomingHttpHeaders, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import puppeteer, { type Browser } from 'puppeteer-core';

export const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));
const componentsSrc = join(repositoryRoot, 'packages', 'components', 'src');

export const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Launches headless Chromium, or fails saying how to get one. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromePath)) {
    throw new Error(
      `No Chromium at ${chromePath}. Install Debian's (apt-get update && apt-get install -y chromium) ` +
        'or point CHROME_PATH at a Chrome or Chromium you already have.',
    );
  }
  return puppeteer.launch({
    executablePath: chromePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface Request {
  method: string;
  path: string;
  query: URLSearchParams;
  /** The request body as text (forms post application/x-www-form-urlencoded). */
  body: string;
  /** The body's bytes, for bodies that are not text (multipart/form-data with files). */
  raw: Buffer;
  /** The request's headers (content-type with its multipart boundary, cookie…). */
  headers: IncomingHttpHeaders;
}

export interface Response {
  status?: number;
  type?: string;
  body: string | Uint8Array;
  headers?: Record<string, string>;
}

export interface TestServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves `handle` on 127.0.0.1 at a free port; unknown paths are 404. */
export async function serve(handle: (request: Request) => Promise<Response | undefined> | Response | undefined): Promise<TestServer> {
  const server = createServer(async (incoming, outgoing) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const url = new URL(incoming.url ?? '/', 'http://127.0.0.1');
    const raw = Buffer.concat(chunks);
    try {
      const response = await handle({
        method: incoming.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        body: raw.toString('utf8'),
        raw,
        headers: incoming.headers,
      });
      if (!response) {
        outgoing.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
        return;
      }
      outgoing
        .writeHead(response.status ?? 200, {
          'content-type': response.type ?? 'text/html; charset=utf-8',
          'cache-control': 'no-store',
          ...response.headers,
        })
        .end(response.body);
    } catch (error) {
      outgoing.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** A form post's fields, as the server receives them. */
export function formFields(body: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(body));
}

/** `src/cydran.css` with its @imports inlined, as dist/cydran.css would be. */
export async function bundleStylesheet(): Promise<string> {
  const result = await build({
    entryPoints: [join(componentsSrc, 'cydran.css')],
    bundle: true,
    write: false,
    outdir: 'out',
    logLevel: 'error',
  });
  return result.outputFiles[0]!.text;
}

/**
 * Every element (src/all.ts) as one browser module, built from source.
 * `entries` are further entry points under src/ to put in the same module
 * (e.g. `schema-phone.ts`): one module, so they share one registry of
 * named schemas, as in an application's own bundle.
 */
export async function bundleElements(entries: string[] = []): Promise<string> {
  const result = await build({
    stdin: {
      contents: ['all.ts', ...entries].map((entry) => `import ${JSON.stringify(`./${entry}`)};`).join('\n'),
      resolveDir: componentsSrc,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['source', 'browser'],
    tsconfig: join(repositoryRoot, 'tsconfig.json'),
    write: false,
    logLevel: 'error',
  });
  return result.outputFiles[0]!.text;
}

/** Escapes text for an HTML attribute value in double quotes. */
export function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

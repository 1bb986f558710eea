/**
 * A static server on 127.0.0.1 for the pages and files the page-load
 * benchmark loads, and the browser: Debian's Chromium (or CHROME_PATH) as
 * the page tests launch it, with every request that leaves 127.0.0.1 failed.
 */
import { createServer } from 'node:http';
import type { CDPSession } from 'puppeteer-core';
import { gzipSize } from './stats.js';

export { launchChromium } from '../../test/progressive-enhancement/support.js';

/**
 * Fails every https request a page makes (GCDS's stylesheet imports web fonts
 * from the internet), so a run never waits on the network; returns the URLs
 * it failed.
 */
export async function offline(cdp: CDPSession): Promise<string[]> {
  const blocked: string[] = [];
  cdp.on('Fetch.requestPaused', (event) => {
    blocked.push(event.request.url);
    void cdp.send('Fetch.failRequest', { requestId: event.requestId, errorReason: 'InternetDisconnected' });
  });
  await cdp.send('Fetch.enable', { patterns: [{ urlPattern: 'https://*' }] });
  return blocked;
}

export interface StaticFile {
  type: string;
  body: string | Uint8Array;
}

export interface StaticServer {
  origin: string;
  /** Gzip bytes of a served file, by path (what it would cost a visitor over a compressing server). */
  gzipBytes(path: string): number | undefined;
  close(): Promise<void>;
}

/** Serves `files` by path on 127.0.0.1 at a free port; anything else is 404. Nothing is cached. */
export async function serveFiles(files: Map<string, StaticFile>): Promise<StaticServer> {
  const gzipped = new Map<string, number>();
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const file = files.get(path);
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The benchmark server has no TCP port.');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    gzipBytes(path) {
      const file = files.get(path);
      if (!file) return undefined;
      if (!gzipped.has(path)) gzipped.set(path, gzipSize(file.body));
      return gzipped.get(path);
    },
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.json': 'application/json',
  '.map': 'application/json',
};

export function contentType(path: string): string {
  const dot = path.lastIndexOf('.');
  return TYPES[dot === -1 ? '' : path.slice(dot)] ?? 'application/octet-stream';
}

/**
 * The three example forms of @cydran/forms served as a council would serve
 * them: createFormHandler for each, mounted at /<form id>, on Node's http
 * server, with Cydran's stylesheet and elements (bundled from source), and
 * one store — PGlite in memory, or PostgreSQL in a schema of its own when
 * DATABASE_URL is set.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseFormDefinition, type FormDefinition } from '@cydran/forms';
import { createFormHandler, toNodeListener } from '@cydran/forms/server';
import { type SqlFormStore, developmentNotifier, openStore } from '@cydran/forms/storage';
import { bundleElements, bundleStylesheet } from '../progressive-enhancement/support.js';

export const EXAMPLES = ['blue-badge', 'missed-bin', 'consultation'] as const;
export type ExampleId = (typeof EXAMPLES)[number];

export interface FormsServer {
  origin: string;
  store: SqlFormStore;
  forms: Record<ExampleId, FormDefinition>;
  close(): Promise<void>;
}

export async function exampleForm(id: ExampleId): Promise<FormDefinition> {
  const parsed = parseFormDefinition(await readFile(new URL(`../../packages/forms/examples/${id}.json`, import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(`${id}.json: ${parsed.problems.join('; ')}`);
  return parsed.form;
}

export async function serveExamples(): Promise<FormsServer> {
  const databaseUrl = process.env.DATABASE_URL;
  const [store, css, js, ...definitions] = await Promise.all([
    databaseUrl ? openStore({ databaseUrl, schema: `journeys_${process.pid}_${Date.now()}` }) : openStore({ databaseUrl: '', dataDir: 'memory://' }),
    bundleStylesheet(),
    bundleElements(),
    ...EXAMPLES.map(exampleForm),
  ]);
  const forms = Object.fromEntries(EXAMPLES.map((id, i) => [id, definitions[i]!])) as Record<ExampleId, FormDefinition>;
  const handlers = new Map(
    EXAMPLES.map((id) => [
      id,
      createFormHandler({
        form: forms[id],
        store,
        basePath: `/${id}`,
        notifier: developmentNotifier(store),
        developmentOutbox: true,
        csrfSecret: 'journey tests: a secret of sixteen bytes or more',
        stylesheets: ['/assets/cydran.css'],
        scriptSrc: '/assets/cydran.js',
        page: {
          organisation: { en: 'Example Council', cy: 'Cyngor Enghreifftiol' },
          footer: { copyright: { en: '© Example Council', cy: '© Cyngor Enghreifftiol' } },
        },
      }),
    ]),
  );
  const server = createServer(
    toNodeListener(async (request) => {
      const url = new URL(request.url);
      if (url.pathname === '/assets/cydran.css') return new Response(css, { headers: { 'content-type': 'text/css' } });
      if (url.pathname === '/assets/cydran.js') return new Response(js, { headers: { 'content-type': 'text/javascript' } });
      const id = EXAMPLES.find((example) => url.pathname === `/${example}` || url.pathname.startsWith(`/${example}/`));
      const handler = id ? handlers.get(id) : undefined;
      return handler ? handler(request) : new Response('Not found', { status: 404 });
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    store,
    forms,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
    },
  };
}

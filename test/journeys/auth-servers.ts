/**
 * The sign-in's two servers as a council would run them, on loopback: the
 * example council service (a relying party protecting the missed-bin form)
 * and Cydran's OpenID provider with the example client registered for the
 * service's port. One store for both (PGlite in memory, or PostgreSQL in a
 * schema of its own when DATABASE_URL is set): their tables sit side by side.
 * Both clocks can be moved: the service's sessions (timeouts) and the
 * provider's (codes, lockouts, authenticator steps).
 */
import { createServer } from 'node:http';
import { type FormDefinition } from '@cydran/forms';
import { toNodeListener } from '@cydran/forms/server';
import { type SqlFormStore, openStore } from '@cydran/forms/storage';
import { type ExampleService, createExampleService } from '../../packages/auth/src/example/service.js';
import { EXAMPLE_CLIENT, type RunningProvider, startProvider } from '@cydran/auth/provider';
import { bundleElements, bundleStylesheet } from '../progressive-enhancement/support.js';
import { exampleForm } from './forms-server.js';

export interface AuthServers {
  /** http://localhost:PORT of the example service. */
  service: string;
  /** The provider's issuer (http://localhost:PORT). */
  provider: string;
  store: SqlFormStore;
  example: ExampleService;
  form: FormDefinition;
  /** Milliseconds added to the service's session clock (`session`) and to the provider's (`provider`). */
  clocks: { session: number; provider: number };
  close(): Promise<void>;
}

export interface AuthServerOptions {
  idleTimeoutSeconds?: number;
  warnBeforeSeconds?: number;
}

export async function serveAuth(options: AuthServerOptions = {}): Promise<AuthServers> {
  const databaseUrl = process.env.DATABASE_URL;
  const [store, css, js, form] = await Promise.all([
    databaseUrl ? openStore({ databaseUrl, schema: `auth_journeys_${process.pid}_${Date.now()}` }) : openStore({ databaseUrl: '', dataDir: 'memory://' }),
    bundleStylesheet(),
    bundleElements(),
    exampleForm('missed-bin'),
  ]);
  // The service listens first: the provider registers its port in the example client's redirect URIs.
  let handle: (request: Request) => Promise<Response> = async () => new Response('Starting', { status: 503 });
  const server = createServer(
    toNodeListener(async (request) => {
      const url = new URL(request.url);
      // The provider's pages load the same files from here (another origin, hence CORS).
      const cors = { 'access-control-allow-origin': '*' };
      if (url.pathname === '/assets/cydran.css') return new Response(css, { headers: { 'content-type': 'text/css', ...cors } });
      if (url.pathname === '/assets/cydran.js') return new Response(js, { headers: { 'content-type': 'text/javascript', ...cors } });
      return handle(request);
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const service = `http://localhost:${port}`;
  const clocks = { session: 0, provider: 0 };
  let provider: RunningProvider;
  try {
    provider = await startProvider({
      port: 0,
      store,
      exampleRedirectUris: [`${service}/auth/callback`],
      examplePostLogoutRedirectUris: [`${service}/signed-out`],
      now: () => new Date(Date.now() + clocks.provider),
      // The files this server already bundled, not a second bundle of the same sources.
      assets: false,
      pages: { stylesheets: [`${service}/assets/cydran.css`], scripts: [`${service}/assets/cydran.js`] },
    });
  } catch (error) {
    server.close();
    await store.close();
    throw error;
  }
  const example = createExampleService({
    issuer: provider.url,
    clientId: EXAMPLE_CLIENT.client_id,
    clientSecret: EXAMPLE_CLIENT.client_secret,
    store,
    form,
    csrfSecret: 'auth journeys: a secret of sixteen bytes or more',
    insecureLocalhostCookies: true,
    stylesheets: ['/assets/cydran.css'],
    scriptSrc: '/assets/cydran.js',
    now: () => new Date(Date.now() + clocks.session),
    ...(options.idleTimeoutSeconds ? { idleTimeoutSeconds: options.idleTimeoutSeconds } : {}),
    ...(options.warnBeforeSeconds ? { warnBeforeSeconds: options.warnBeforeSeconds } : {}),
  });
  await example.auth.ready();
  handle = example.handler;
  return {
    service,
    provider: new URL(provider.url).origin,
    store,
    example,
    form,
    clocks,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await provider.close();
      await store.close();
    },
  };
}

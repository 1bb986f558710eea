/**
 * cydran-auth: `provider` starts Cydran's OpenID provider with the example
 * client; `example` starts the example council service (a relying party)
 * that protects a form behind sign-in. Every failure says what was wrong and
 * what to do, and exits 1; usage mistakes exit 2 — as cydran-forms does.
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CliError, type CliIo, listenOn, openCliStore, portOption, readFormDefinitionFile, reportCliError, type RunningCommand } from '@cydran/forms/cli';
import { ASSET_PATHS, assetResponse, loadAssets, toNodeListener } from '@cydran/forms/server';
import { ProviderUnavailableError } from '../server/index.js';

export type { CliIo } from '@cydran/forms/cli';

export const USAGE = `Usage:
  cydran-auth provider [--port 4000] [--database URL] [--data DIR]
  cydran-auth example [--port 3000] [--issuer URL] [--client-id ID] [--client-secret SECRET]
                      [--form FORM.json] [--database URL] [--data DIR]

provider  Cydran's OpenID provider on http://localhost:PORT, with the example
          client registered and a development outbox at /outbox (the codes it sends).
example   An example council service on http://localhost:PORT that protects a
          form (default: the missed bin collection) behind sign-in at --issuer
          (default http://localhost:4000, the provider above).

The database is PostgreSQL when --database or DATABASE_URL is set, otherwise
PGlite in --data (default ./.cydran-provider-data or ./.cydran-example-data).
Development only: cookies go without Secure on http://localhost.`;

const OPTIONS = {
  port: { type: 'string' },
  issuer: { type: 'string' },
  'client-id': { type: 'string' },
  'client-secret': { type: 'string' },
  form: { type: 'string' },
  database: { type: 'string' },
  data: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = { [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]['type'] extends 'boolean' ? boolean : string };

export type Running = RunningCommand;

// The forms package ships its examples; the missed bin collection has an email question the account fills in.
const DEFAULT_FORM = fileURLToPath(new URL('examples/missed-bin.json', import.meta.resolve('@cydran/forms/package.json')));

async function provider(values: Values, io: CliIo): Promise<Running> {
  const port = portOption(values.port, io, 4000);
  const store = await openCliStore(values, io, '.cydran-provider-data');
  const { startProvider, EXAMPLE_CLIENT } = await import('../provider/index.js');
  let running;
  try {
    running = await startProvider({ port, store });
  } catch (error) {
    await store.close();
    const message = error instanceof Error ? error.message : String(error);
    throw new CliError(message.includes('in use') ? `Port ${port} is already in use. Stop what is using it or choose another with --port.` : message);
  }
  io.out(
    `Cydran's OpenID provider at ${running.url} (storage: ${store.kind}, ${store.where}).\n` +
      `Example client: id ${EXAMPLE_CLIENT.client_id}, secret ${EXAMPLE_CLIENT.client_secret}, redirect ${EXAMPLE_CLIENT.redirect_uris[0]}.\n` +
      `Development outbox (the codes it sends): ${new URL('/outbox', running.url).href}\n` +
      'Start the example service with: npx cydran-auth example\n',
  );
  return {
    server: running.server,
    url: running.url,
    close: async () => {
      await running.close();
      await store.close();
    },
  };
}

async function example(values: Values, io: CliIo): Promise<Running> {
  const port = portOption(values.port, io, 3000);
  const formPath = values.form ?? DEFAULT_FORM;
  const form = await readFormDefinitionFile(formPath, io, { given: '--form', advice: `Check it with: npx cydran-forms check ${formPath}` });
  const issuer = values.issuer ?? io.env.CYDRAN_AUTH_ISSUER ?? 'http://localhost:4000';
  const { EXAMPLE_CLIENT } = await import('../provider/index.js');
  const clientId = values['client-id'] ?? io.env.CYDRAN_AUTH_CLIENT_ID ?? EXAMPLE_CLIENT.client_id;
  const clientSecret =
    values['client-secret'] ?? io.env.CYDRAN_AUTH_CLIENT_SECRET ?? (clientId === EXAMPLE_CLIENT.client_id ? EXAMPLE_CLIENT.client_secret : undefined);
  const store = await openCliStore(values, io, '.cydran-example-data');
  const { createExampleService } = await import('../example/service.js');
  const assets = await loadAssets();
  let service;
  try {
    service = createExampleService({
      issuer,
      clientId,
      ...(clientSecret ? { clientSecret } : {}),
      store,
      form,
      csrfSecret: io.env.CYDRAN_CSRF_SECRET ?? randomBytes(32),
      insecureLocalhostCookies: true,
      ...(assets.css !== undefined ? { stylesheets: [ASSET_PATHS.css] } : {}),
      ...(assets.js !== undefined ? { scriptSrc: ASSET_PATHS.js } : {}),
    });
    await store.saveDefinition(form);
    await service.auth.ready();
  } catch (error) {
    await store.close();
    if (error instanceof ProviderUnavailableError) {
      throw new CliError(
        `Cannot reach the OpenID provider at ${issuer}: ${error.cause instanceof Error ? error.cause.message : error.message}. ` +
          'Start it first (npx cydran-auth provider, in another terminal) or give its address with --issuer URL.',
      );
    }
    if (error instanceof TypeError && error.message.startsWith('createAuthHandler')) throw new CliError(error.message, 2);
    throw error;
  }
  const handler = service.handler;
  const server = createServer(toNodeListener(async (request) => assetResponse(assets, new URL(request.url)) ?? handler(request)));
  let bound: number;
  try {
    bound = await listenOn(server, port);
  } catch (error) {
    await store.close();
    throw error;
  }
  const url = `http://localhost:${bound}/`;
  io.out(`Example council service at ${url} (signs in at ${issuer}; storage: ${store.kind}, ${store.where}).\n`);
  if (assets.from === 'none')
    io.err(
      'No Cydran stylesheet or script found (run npm run build, or install @cydran/components): pages are served unstyled and work with JavaScript off.\n',
    );
  return {
    server,
    url,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await store.close();
    },
  };
}

/** Runs one command: the exit code, or the running server (which keeps the process alive until closed). */
export async function run(argv: readonly string[], io: CliIo): Promise<number | Running> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    io.err(`cydran-auth: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...extra] = positionals;
  if (values.help || command === undefined || command === 'help') {
    io.out(`${USAGE}\n`);
    return command === undefined && !values.help ? 2 : 0;
  }
  try {
    if (extra.length > 0) throw new CliError(`cydran-auth ${command}: unexpected ${extra.join(' ')}.\n\n${USAGE}`, 2);
    switch (command) {
      case 'provider':
        return await provider(values, io);
      case 'example':
        return await example(values, io);
      default:
        throw new CliError(`cydran-auth: unknown command "${command}".\n\n${USAGE}`, 2);
    }
  } catch (error) {
    return reportCliError('cydran-auth', error, io);
  }
}

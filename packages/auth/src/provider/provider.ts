/**
 * `createProvider`: an OpenID provider on oidc-provider (a certified
 * implementation) whose interaction pages are Cydran's, whose models, keys
 * and accounts live in the forms' database, and whose codes go through a
 * pluggable notifier. `startProvider` runs one for development and the CLI.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isLocale, type Locale } from '@cydran/i18n';
import { migrate, openStore, type Database, type SqlFormStore } from '@cydran/forms/storage';
import { ASSET_PATHS, assetResponse, Csrf, html, loadAssets, raw, writeResponse, type Html } from '@cydran/forms/server';
import Provider, { type ClientMetadata, type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import { outboxNotifier, readOutbox } from '../notify/outbox.js';
import type { ProviderNotifier } from '../notify/types.js';
import { Accounts, normaliseEmail } from './accounts.js';
import { databaseAdapter } from './adapter.js';
import { Codes, DEFAULT_LIMITS, Guard, type Limits } from './guard.js';
import { interactionHandler } from './interactions.js';
import { type PageSettings, providerPages } from './pages.js';
import { pruneProvider } from './prune.js';
import { Sealer } from './sealing.js';
import { newSigningKey, randomKey, readJwks, readStrings, storedSecret, type PrivateJwk } from './secrets.js';
import type { PageRenderer } from './steps.js';
import { providerWords } from './words.js';
import { AUTH_MIGRATIONS_DIR } from '../server/sessions.js';

/**
 * Presses the sign-out page's button as the page loads, as oidc-provider's
 * own form-post pages do; with JavaScript off the page asks and the person
 * presses it.
 */
const SIGN_OUT_AT_ONCE = html`<script>
  document.querySelector('button[form="op.logoutForm"]').click();
</script>`;

/** packages/auth/migrations, from src/provider/ and from dist/provider/ alike. */
// One migrations folder for the package: the relying party's sessions and the provider's tables.
export { AUTH_MIGRATIONS_DIR };

export interface ProviderClient extends ClientMetadata {
  /** The body's own service: consent is taken as given (no consent page). Default true. */
  firstParty?: boolean;
  /** The service's name on the consent page, per language. Default: the client id. */
  name?: Partial<Record<Locale, string>>;
}

export interface ProviderOptions {
  /** The provider's public address (`https://sign-in.example.gov.wales`); mounted at its root. */
  issuer: string;
  /** The forms' database: `(await openStore()).database`. Run `migrate(database, AUTH_MIGRATIONS_DIR)` first, or leave `migrate` on. */
  database: Database;
  /** How codes are sent: `govukNotify(...)`, or `outboxNotifier(database)` in development. */
  notifier: ProviderNotifier;
  clients: ProviderClient[];
  /** Keys that sign the provider's cookies, newest first. Default: made once and kept in the database. */
  cookieKeys?: string[];
  /** Seals authenticator secrets and keys code hashes (at least 32 bytes). Default: made once and kept in the database — give your own in production, kept apart from the database. */
  secretKey?: string;
  /** Private signing keys (JWK). Default: an RS256 key made once and kept in the database. */
  jwks?: { keys: PrivateJwk[] };
  /** The clock for lockouts, codes and authenticator codes (tests move it). */
  now?: () => Date;
  limits?: Partial<Limits>;
  /** Serves /outbox and /outbox.json (what the outbox notifier "sent"). Never in production. */
  development?: boolean;
  /** The pages' organisation, service name, stylesheets and scripts. */
  pages?: PageSettings;
  /** Replaces the pages (the patterns' by default). */
  renderer?: PageRenderer;
  /** The account's name in authenticator apps (default: the issuer's host). */
  appName?: string;
  /** Believe X-Forwarded-* (behind your own proxy). */
  trustProxy?: boolean;
  /** Runs packages/auth/migrations first (default true). */
  migrate?: boolean;
}

export interface CydranProvider {
  /** The oidc-provider instance (its events, its models). */
  provider: Provider;
  /** A Node `http` request listener: `http.createServer(listener)`, or Express `app.use(listener)` at the root. */
  listener: (incoming: IncomingMessage, outgoing: ServerResponse) => void;
  issuer: string;
}

function localeFromParams(ctx: KoaContextWithOIDC): Locale {
  const requested = ctx.oidc?.params?.ui_locales;
  if (typeof requested === 'string') {
    for (const tag of requested.split(/\s+/)) {
      const primary = tag.toLowerCase().split('-')[0];
      if (isLocale(primary)) return primary;
    }
  }
  return 'en';
}

export async function createProvider(options: ProviderOptions): Promise<CydranProvider> {
  const issuerUrl = (() => {
    try {
      return new URL(options.issuer);
    } catch {
      throw new TypeError(
        `createProvider: issuer "${options.issuer}" is not a URL. Give the provider's public address, like "https://sign-in.example.gov.wales".`,
      );
    }
  })();
  if (issuerUrl.pathname !== '/' || issuerUrl.search)
    throw new TypeError(`createProvider: issuer "${options.issuer}" has a path; the provider mounts at a host's root. Give it its own host or port.`);
  if (!Array.isArray(options.clients) || options.clients.length === 0)
    throw new TypeError('createProvider: clients is empty. Register each service that signs people in: { client_id, client_secret, redirect_uris }.');
  const db = options.database;
  if (options.migrate !== false) await migrate(db, AUTH_MIGRATIONS_DIR);
  const now = options.now ?? (() => new Date());
  await pruneProvider(db, now);
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };

  const secretKey = options.secretKey ?? (await storedSecret(db, 'secret-key', randomKey, (value) => (typeof value === 'string' ? value : undefined)));
  const cookieKeys = options.cookieKeys ?? (await storedSecret(db, 'cookie-keys', () => [randomKey()], readStrings));
  const keys = options.jwks?.keys ?? (await storedSecret(db, 'jwks', () => [newSigningKey()], readJwks));
  const sealer = new Sealer(secretKey);
  const accounts = new Accounts(db, now);
  const guard = new Guard(db, now, limits);
  const codes = new Codes(db, sealer, now, limits.codeMinutes);
  const render = options.renderer ?? providerPages(options.pages);

  const firstParty = new Set(options.clients.filter((client) => client.firstParty !== false).map((client) => client.client_id));
  const names = new Map(options.clients.map((client) => [client.client_id, client.name]));
  const clients: ClientMetadata[] = options.clients.map(({ firstParty: _firstParty, name: _name, ...metadata }) => metadata);

  /**
   * The end-session request came from one of the body's own services, with
   * the ID token it was given (oidc-provider has checked the token and that
   * the return address is the service's): the person already chose to sign
   * out there, or the service timed them out, so the provider does not ask
   * again. A page left open on a shared computer must not keep them signed
   * in here.
   */
  const isSignOutFromOwnService = (ctx: KoaContextWithOIDC): boolean =>
    ctx.oidc.entities.IdTokenHint !== undefined && ctx.oidc.client !== undefined && firstParty.has(ctx.oidc.client.clientId);

  const page = (ctx: KoaContextWithOIDC, title: string, body: Html, status = 200): void => {
    ctx.status = status;
    ctx.type = 'html';
    ctx.set('cache-control', 'no-store');
    ctx.body = render.document(localeFromParams(ctx), title, body);
  };

  const configuration: Configuration = {
    adapter: databaseAdapter(db, () => new Date()),
    clients,
    jwks: { keys },
    cookies: { keys: cookieKeys },
    findAccount: async (_ctx, sub) => {
      const account = await accounts.byId(sub);
      if (!account) return undefined;
      return { accountId: account.id, claims: () => ({ sub: account.id, email: account.email, email_verified: true, locale: account.locale }) };
    },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['locale'] },
    // The scope's claims in the ID token too, so a relying party has them without a userinfo call.
    conformIdTokenClaims: false,
    // Each lifetime set, none left to oidc-provider's defaults (seconds).
    ttl: {
      AccessToken: 3600,
      AuthorizationCode: 60,
      ClientCredentials: 600,
      IdToken: 3600,
      Interaction: 3600,
      Session: 12 * 3600,
      Grant: 14 * 24 * 3600,
      RefreshToken: 14 * 24 * 3600,
    },
    pkce: { required: () => true },
    discovery: { ui_locales_supported: ['cy', 'en'], claims_locales_supported: ['cy', 'en'] },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => {
          const words = providerWords[localeFromParams(ctx)];
          // oidc-provider's form carries its own CSRF token; the button submits it.
          const button = html`<button type="submit" class="cyd-button" form="op.logoutForm" name="logout" value="yes">${words.signOut}</button>`;
          page(ctx, words.logoutTitle, html`${raw(form)}${button}${isSignOutFromOwnService(ctx) ? SIGN_OUT_AT_ONCE : html``}`);
        },
        postLogoutSuccessSource: (ctx) => {
          const words = providerWords[localeFromParams(ctx)];
          page(ctx, words.signedOutTitle, html`<p class="cyd-body">${words.signedOutBody}</p>`);
        },
      },
    },
    loadExistingGrant: async (ctx) => {
      const clientId = ctx.oidc.client?.clientId;
      const session = ctx.oidc.session;
      if (!clientId || !session?.accountId) return undefined;
      const grantId = ctx.oidc.result?.consent?.grantId ?? session.grantIdFor(clientId);
      const existing = grantId ? await ctx.oidc.provider.Grant.find(grantId) : undefined;
      if (!firstParty.has(clientId)) return existing;
      // The body's own services: what they ask for is granted without a consent page.
      const grant = existing ?? new ctx.oidc.provider.Grant({ clientId, accountId: session.accountId });
      grant.addOIDCScope([...ctx.oidc.requestParamOIDCScopes].join(' '));
      if (ctx.oidc.requestParamClaims.size > 0) grant.addOIDCClaims([...ctx.oidc.requestParamClaims]);
      await grant.save();
      return grant;
    },
    renderError: (ctx, out) => {
      const words = providerWords[localeFromParams(ctx)];
      // The error code only: its description can repeat what the client sent.
      page(
        ctx,
        words.problemTitle,
        html`<p class="cyd-body">${words.problemBody}</p><p class="cyd-body"><code>${String(out.error)}</code></p>`,
        ctx.status >= 400 ? ctx.status : 400,
      );
    },
  };

  const provider = new Provider(issuerUrl.href.replace(/\/$/, ''), configuration);
  if (options.trustProxy) provider.proxy = true;
  const callback = provider.callback();
  const interactions = interactionHandler({
    provider,
    db,
    accounts,
    codes,
    guard,
    sealer,
    notifier: options.notifier,
    csrf: new Csrf(secretKey),
    limits,
    now,
    render,
    appName: options.appName ?? issuerUrl.host,
    addressOf: (incoming) => {
      const forwarded = options.trustProxy
        ? String(incoming.headers['x-forwarded-for'] ?? '')
            .split(',')[0]
            ?.trim()
        : '';
      return forwarded || incoming.socket.remoteAddress || 'unknown';
    },
    clientName: (clientId, locale) => names.get(clientId)?.[locale] ?? names.get(clientId)?.en ?? clientId,
  });

  const outbox = async (incoming: IncomingMessage, path: string): Promise<Response> => {
    const url = new URL(incoming.url ?? '/', 'http://localhost');
    const asked = url.searchParams.get('to');
    // Emails are stored normalised; a phone number as given (E.164).
    const to = asked === null ? undefined : asked.includes('@') ? normaliseEmail(asked) : asked;
    const entries = await readOutbox(db, to);
    if (path === '/outbox.json')
      return new Response(JSON.stringify(entries), { headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' } });
    const chosen = url.searchParams.get('lang');
    const lang: Locale = isLocale(chosen) ? chosen : 'en';
    const words = providerWords[lang];
    const rows = entries.map(
      (entry) =>
        html`<tr class="cyd-table__row"><td class="cyd-table__cell">${entry.createdAt.toISOString()}</td><td class="cyd-table__cell">${entry.channel}</td><td class="cyd-table__cell">${entry.to}</td><td class="cyd-table__cell">${entry.template} (${entry.locale})</td><td class="cyd-table__cell"><code>${JSON.stringify(entry.personalisation)}</code></td></tr>`,
    );
    const body = html`${entries.length === 0 ? html`<p class="cyd-body">${words.outboxEmpty}</p>` : html`<table class="cyd-table"><tbody class="cyd-table__body">${rows}</tbody></table>`}`;
    return new Response(render.document(lang, words.outboxTitle, body), {
      headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
    });
  };

  const listener = (incoming: IncomingMessage, outgoing: ServerResponse): void => {
    const path = (incoming.url ?? '/').split('?')[0] ?? '/';
    const run = async (): Promise<void> => {
      if (path.startsWith('/interaction/')) return interactions(incoming, outgoing);
      if (options.development && (path === '/outbox' || path === '/outbox.json')) return writeResponse(await outbox(incoming, path), outgoing);
      return callback(incoming, outgoing);
    };
    run().catch((error: unknown) => {
      // The error's message only: a request's body (a password) is never logged.
      console.error('[cydran provider]', error instanceof Error ? error.message : 'unknown error');
      if (outgoing.headersSent) {
        outgoing.destroy();
        return;
      }
      writeResponse(render.problem('problem', 'en', 500), outgoing).catch(() => outgoing.destroy());
    });
  };

  return { provider, listener, issuer: provider.issuer };
}

/** The example client `startProvider` registers: for development only (its secret is published). */
export const EXAMPLE_CLIENT = {
  client_id: 'cydran-example',
  client_secret: 'cydran-example-secret-for-development-only',
  redirect_uris: ['http://localhost:3000/auth/callback', 'http://127.0.0.1:3000/auth/callback'],
  post_logout_redirect_uris: ['http://localhost:3000/signed-out', 'http://127.0.0.1:3000/signed-out'],
} as const satisfies ClientMetadata;

/** The development provider's pages name an example council, so nobody takes them for a real body's. */
const DEVELOPMENT_PAGES: PageSettings = {
  organisation: { en: 'Example Council', cy: 'Cyngor Enghreifftiol' },
  page: { footer: { copyright: { en: '© Example Council', cy: '© Cyngor Enghreifftiol' } } },
};

export interface StartProviderOptions {
  /** Default 4000; 0 picks a free one. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default http://localhost:<port>, or http://<host>:<port> when host is given. */
  issuer?: string;
  /** An open store to share; otherwise one is opened (PGlite in ./.cydran-data, or DATABASE_URL). */
  store?: SqlFormStore;
  dataDir?: string;
  /** The example client's redirect URIs (a test runs the example service on another port). */
  exampleRedirectUris?: string[];
  examplePostLogoutRedirectUris?: string[];
  clients?: ProviderClient[];
  now?: () => Date;
  limits?: Partial<Limits>;
  notifier?: ProviderNotifier;
  pages?: PageSettings;
  /**
   * Serve Cydran's stylesheet and script (the built package's, or bundled
   * from source in a clone) and put them on every page. Default true; tests
   * that read HTML only can leave them out.
   */
  assets?: boolean;
}

export interface RunningProvider extends CydranProvider {
  url: string;
  port: number;
  server: Server;
  store: SqlFormStore;
  close(): Promise<void>;
}

/**
 * A development provider on loopback: the outbox notifier and page, the
 * example client registered, everything in the forms' database.
 */
export async function startProvider(options: StartProviderOptions = {}): Promise<RunningProvider> {
  const host = options.host ?? '127.0.0.1';
  const assets = options.assets === false ? undefined : await loadAssets();
  const server = createServer();
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`startProvider: port ${options.port ?? 4000} is in use. Stop what is using it, or give another port (cydran-auth provider --port 4001).`)
          : error,
      ),
    );
    server.listen(options.port ?? 4000, host, () => {
      const address: AddressInfo | string | null = server.address();
      resolve(typeof address === 'object' && address !== null ? address.port : 0);
    });
  });
  const ownStore = options.store === undefined;
  let store: SqlFormStore;
  try {
    store = options.store ?? (await openStore(options.dataDir === undefined ? {} : { dataDir: options.dataDir }));
  } catch (error) {
    server.close();
    throw error;
  }
  const issuer = options.issuer ?? `http://${options.host ?? 'localhost'}:${port}`;
  const assetPages: PageSettings = {
    ...(assets?.css !== undefined ? { stylesheets: [ASSET_PATHS.css] } : {}),
    ...(assets?.js !== undefined ? { scripts: [ASSET_PATHS.js] } : {}),
  };
  const example: ProviderClient = {
    ...EXAMPLE_CLIENT,
    redirect_uris: options.exampleRedirectUris ?? [...EXAMPLE_CLIENT.redirect_uris],
    post_logout_redirect_uris: options.examplePostLogoutRedirectUris ?? [...EXAMPLE_CLIENT.post_logout_redirect_uris],
    name: { en: 'Example council service', cy: 'Gwasanaeth cyngor enghreifftiol' },
  };
  const running = await createProvider({
    issuer,
    database: store.database,
    notifier: options.notifier ?? outboxNotifier(store.database, options.now),
    clients: [example, ...(options.clients ?? [])],
    development: true,
    ...(options.now ? { now: options.now } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
    pages: { ...DEVELOPMENT_PAGES, ...assetPages, ...options.pages },
  });
  server.on('request', (incoming: IncomingMessage, outgoing: ServerResponse) => {
    const asset = assets && assetResponse(assets, new URL(incoming.url ?? '/', 'http://localhost'));
    if (asset) writeResponse(asset, outgoing).catch(() => outgoing.destroy());
    else running.listener(incoming, outgoing);
  });
  return {
    ...running,
    url: issuer,
    port,
    server,
    store,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      if (ownStore) await store.close();
    },
  };
}

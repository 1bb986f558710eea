/**
 * `createAuthHandler`: an OpenID Connect relying party as a Fetch API
 * handler, on `openid-client`. Sign-in is the authorisation code flow with
 * PKCE (S256), state and nonce, `ui_locales` from the page's language;
 * sign-out is RP-initiated logout. Sessions are server-side (sessions.ts);
 * every state change a page can cause is a POST with a CSRF check, or the
 * keep-alive with its own header. See packages/auth/docs/relying-party.md.
 */
import * as oidc from 'openid-client';
import { type Locale, LOCALE_COOKIE_MAX_AGE_SECONDS, LOCALE_STORAGE_KEY, isLocale, localeFromCookie } from '@cydran/i18n';
import type { PageOptions } from '@cydran/components/server';
import type { Database } from '@cydran/forms/storage';
import { Csrf, attrs, html, htmlToString, privateHeaders, readCookie, setCookie } from '@cydran/forms/server';
import { type AuthPageContent, type AuthSite, authMessages, renderAuthPage, signedOutPage, timedOutPage } from '../patterns/index.js';
import { type RelyingPartyWords, relyingPartyMessages } from './messages.js';
import { safeReturnPath } from './return-path.js';
import { type Claims, type Session, SessionStore, type SessionTimeouts, migrateAuth } from './sessions.js';

export type ClientAuthMethod = 'client_secret_basic' | 'client_secret_post' | 'none';

export interface AuthHandlerOptions extends SessionTimeouts {
  /** The provider's issuer URL; its metadata comes from `/.well-known/openid-configuration` (discovery). */
  issuer: string | URL;
  /** This service's client id at the provider. */
  clientId: string;
  /** The client secret; without it the service is a public client (PKCE only, `clientAuthMethod: 'none'`). */
  clientSecret?: string;
  /** How the secret is sent to the token endpoint (default `client_secret_basic`, OpenID Connect's default). */
  clientAuthMethod?: ClientAuthMethod;
  /** The database the forms use (`(await openStore()).database`): sessions live beside the journeys. */
  database: Database;
  /**
   * The service's public address, `https://apply.example.gov.wales`: the
   * redirect URIs registered at the provider are made from it
   * (`{publicUrl}{basePath}/auth/callback` and `/signed-out`). Default: each
   * request's own origin, right when the service is reached directly.
   */
  publicUrl?: string;
  /** Where the routes are mounted: '' (default) or '/account'. */
  basePath?: string;
  /** The scopes asked for (default `openid email`). */
  scope?: string;
  /** Where a sign-in with no (or a refused) return path lands (default `/`). */
  defaultReturnPath?: string;
  /** Seconds before the end the timeout warning opens (default 120, the element's own default). */
  warnBeforeSeconds?: number;
  /** Signs the sign-out form's CSRF token (at least 16 bytes). Give every copy of the service the same one. */
  csrfSecret?: string | Uint8Array;
  /**
   * Development only: on `http://localhost` (or 127.0.0.1, ::1) the cookies
   * are sent without `Secure`, which a browser would not keep over plain
   * HTTP. Any other host keeps `Secure` whatever this says.
   */
  insecureLocalhostCookies?: boolean;
  /** Stylesheets and script for the handler's own pages (signed out, problems). */
  stylesheets?: string[];
  scriptSrc?: string;
  /** The page template's other options for those pages (organisation, service name, footer…). */
  page?: Omit<Partial<PageOptions>, 'lang' | 'title' | 'body' | 'hasErrors' | 'alternates' | 'scripts' | 'stylesheets'>;
}

/** What a service puts round its own pages for a signed-in person: the header's sign-out link and the timeout warning. */
export interface SignedInPageOptions {
  header: { content: string };
  bodyEnd: string;
}

export interface AuthHandler {
  /** Answers the handler's routes; 404 for any other path. */
  (request: Request): Promise<Response>;
  /** Whether `request` is for one of the handler's routes (to mount it beside a service's own). */
  handles(request: Request): boolean;
  /** The signed-in session of `request`, its idle end moved on (it is activity); undefined when signed out. */
  session(request: Request): Promise<Session | undefined>;
  /**
   * The session, or the response to send instead: a 303 to sign-in that
   * comes back to this page (or to the timed-out page when the session ended).
   * `const session = await auth.requireSession(request); if (session instanceof Response) return session;`
   */
  requireSession(request: Request): Promise<Session | Response>;
  /** The header's account link and `<cyd-timeout-warning>` with the session's real end, for `renderPage`. */
  pageOptions(session: Session, locale: Locale): SignedInPageOptions;
  /** The sign-in address that comes back to `returnTo`, in `locale`. */
  signInHref(locale: Locale, returnTo?: string): string;
  /** The language of a request: `?lang=`, else the remembered choice (cookie), else English. */
  localeOf(request: Request): Locale;
  /** The CSRF token a sign-out form posts as `csrf-token`. */
  csrfToken(session: Session): string;
  /** Reaches the provider now (discovery) and runs the migrations: the CLI calls it to fail at start, not at the first sign-in. */
  ready(): Promise<void>;
  readonly sessions: SessionStore;
  readonly paths: Readonly<Record<'signIn' | 'callback' | 'signOut' | 'signedOut' | 'timedOut' | 'keepAlive', string>>;
}

const CSRF_FIELD = 'csrf-token';
const SESSION_COOKIE = 'cydran-session';
const ATTEMPT_COOKIE = 'cydran-sign-in';
/** The claims that describe the token, not the person: not kept in the session. */
const TOKEN_CLAIMS = new Set(['iss', 'aud', 'exp', 'iat', 'nbf', 'nonce', 'at_hash', 'c_hash', 's_hash', 'azp', 'jti']);
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly heading: 'problemHeading' | 'notFoundHeading',
    readonly body: keyof RelyingPartyWords,
    readonly signInAgain = false,
  ) {
    super(`${status} ${body}`);
  }
}

/** The provider could not be reached or its metadata was not usable. */
export class ProviderUnavailableError extends Error {}

interface Context {
  request: Request;
  url: URL;
  locale: Locale;
  origin: string;
  secure: boolean;
  cookies: string[];
}

function isLoopback(hostname: string): boolean {
  return LOOPBACK.has(hostname);
}

function trimSlash(path: string): string {
  return path.endsWith('/') ? path.slice(0, -1) : path;
}

export function createAuthHandler(options: AuthHandlerOptions): AuthHandler {
  if (typeof options !== 'object' || options === null)
    throw new TypeError('createAuthHandler: give the options: { issuer, clientId, clientSecret, database }.');
  let issuer: URL;
  try {
    issuer = new URL(String(options.issuer));
  } catch {
    throw new TypeError(
      `createAuthHandler: issuer ${JSON.stringify(String(options.issuer))} is not a URL. Give the provider's issuer, e.g. 'https://signin.example.gov.wales'.`,
    );
  }
  if (issuer.protocol !== 'https:' && !(issuer.protocol === 'http:' && isLoopback(issuer.hostname))) {
    throw new TypeError(
      `createAuthHandler: issuer ${issuer.href} is not https. Only a provider on this machine (http://localhost) may be reached over plain HTTP, for development.`,
    );
  }
  if (typeof options.clientId !== 'string' || options.clientId === '')
    throw new TypeError('createAuthHandler: clientId is missing. Give the client id the provider registered for this service.');
  if (!options.database || typeof options.database.query !== 'function') {
    throw new TypeError(
      "createAuthHandler: database is missing. Give the forms' database: database: (await openStore()).database (from @cydran/forms/storage).",
    );
  }
  const authMethod: ClientAuthMethod = options.clientAuthMethod ?? (options.clientSecret ? 'client_secret_basic' : 'none');
  if (authMethod !== 'none' && !options.clientSecret) {
    throw new TypeError(
      `createAuthHandler: clientAuthMethod is '${authMethod}' but clientSecret is missing. Give the secret the provider issued, or use clientAuthMethod: 'none' for a public client.`,
    );
  }
  let publicUrl: URL | undefined;
  if (options.publicUrl !== undefined) {
    try {
      publicUrl = new URL(options.publicUrl);
    } catch {
      throw new TypeError(
        `createAuthHandler: publicUrl ${JSON.stringify(options.publicUrl)} is not a URL. Give the service's address, e.g. 'https://apply.example.gov.wales'.`,
      );
    }
  }
  const base = trimSlash(options.basePath ?? '');
  if (base !== '' && !base.startsWith('/')) throw new TypeError(`createAuthHandler: basePath '${options.basePath}' must start with '/'.`);
  const defaultReturn = safeReturnPath(options.defaultReturnPath ?? '/');
  if (defaultReturn === undefined)
    throw new TypeError(`createAuthHandler: defaultReturnPath '${options.defaultReturnPath}' must be a path on this service, starting with one '/'.`);
  const warnBefore = options.warnBeforeSeconds ?? 120;
  const scope = options.scope ?? 'openid email';
  if (!scope.split(' ').includes('openid'))
    throw new TypeError(`createAuthHandler: scope '${scope}' has no 'openid'; without it the provider sends no ID token. Add it: 'openid ${scope}'.`);

  const sessions = new SessionStore(options.database, options);
  const csrf = new Csrf(options.csrfSecret);
  const paths = {
    signIn: `${base}/sign-in`,
    callback: `${base}/auth/callback`,
    signOut: `${base}/sign-out`,
    signedOut: `${base}/signed-out`,
    timedOut: `${base}/timed-out`,
    keepAlive: `${base}/session/keep-alive`,
  } as const;
  const ownPaths = new Set<string>(Object.values(paths));
  const words = (locale: Locale): RelyingPartyWords => relyingPartyMessages[locale];

  // ---- the provider ---------------------------------------------------------------------

  let discovered: Promise<oidc.Configuration> | undefined;
  function configuration(): Promise<oidc.Configuration> {
    discovered ??= (async () => {
      const clientAuth =
        authMethod === 'none'
          ? oidc.None()
          : authMethod === 'client_secret_post'
            ? oidc.ClientSecretPost(options.clientSecret)
            : oidc.ClientSecretBasic(options.clientSecret);
      try {
        return await oidc.discovery(issuer, options.clientId, options.clientSecret ? { client_secret: options.clientSecret } : {}, clientAuth, {
          // Plain HTTP only to a provider on this machine (checked above).
          execute: issuer.protocol === 'http:' ? [oidc.allowInsecureRequests] : [],
          timeout: 10,
        });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new ProviderUnavailableError(
          `createAuthHandler: cannot read the OpenID provider's metadata from ${issuer.href}.well-known/openid-configuration: ${reason}. ` +
            'Check that the provider is running and that issuer is its issuer URL exactly.',
          { cause: error },
        );
      }
    })();
    // A failure is not remembered: the next request tries again.
    discovered.catch(() => {
      discovered = undefined;
    });
    return discovered;
  }

  let migrated: Promise<unknown> | undefined;
  function migrateOnce(): Promise<unknown> {
    migrated ??= migrateAuth(options.database);
    migrated.catch(() => {
      migrated = undefined;
    });
    return migrated;
  }

  // ---- requests -------------------------------------------------------------------------

  function localeOf(request: Request): Locale {
    const asked = new URL(request.url).searchParams.get('lang');
    if (isLocale(asked)) return asked;
    return localeFromCookie(request.headers.get('cookie')) ?? 'en';
  }

  function contextOf(request: Request): Context {
    const url = new URL(request.url);
    const origin = publicUrl?.origin ?? url.origin;
    const https = origin.startsWith('https:');
    const secure = https || !(options.insecureLocalhostCookies && isLoopback(new URL(origin).hostname));
    if (!https && secure) {
      throw new TypeError(
        `createAuthHandler: a request came to ${origin} over plain HTTP, but session cookies are Secure and a browser will not keep them. ` +
          'Serve the service over HTTPS (behind a proxy: toNodeListener(handler, { trustProxy: true }) or publicUrl), ' +
          'or, on your own machine, use http://localhost with insecureLocalhostCookies: true.',
      );
    }
    const ctx: Context = { request, url, locale: localeOf(request), origin, secure, cookies: [] };
    const asked = url.searchParams.get('lang');
    if (isLocale(asked) && localeFromCookie(request.headers.get('cookie')) !== asked) {
      // The same cookie @cydran/i18n's rememberLocale writes in the browser.
      ctx.cookies.push(setCookie(LOCALE_STORAGE_KEY, asked, { path: '/', secure: secure, maxAgeSeconds: LOCALE_COOKIE_MAX_AGE_SECONDS }));
    }
    return ctx;
  }

  /** `__Host-` cookies cannot be set by a subdomain or for another path; the prefix needs Secure, so plain-HTTP development goes without. */
  const cookieName = (name: string, secure: boolean): string => (secure ? `__Host-${name}` : name);
  const sessionCookieOf = (ctx: Pick<Context, 'request' | 'secure'>): string | undefined => readCookie(ctx.request, cookieName(SESSION_COOKIE, ctx.secure));

  function sessionCookie(ctx: Context, token: string | undefined): string {
    // No Max-Age: the cookie goes when the browser closes; the server's timeouts end the session before that.
    return setCookie(cookieName(SESSION_COOKIE, ctx.secure), token ?? '', {
      path: '/',
      secure: ctx.secure,
      httpOnly: true,
      ...(token === undefined ? { maxAgeSeconds: 0 } : {}),
    });
  }

  function attemptCookie(ctx: Context, token: string | undefined): string {
    return setCookie(cookieName(ATTEMPT_COOKIE, ctx.secure), token ?? '', {
      path: '/',
      secure: ctx.secure,
      httpOnly: true,
      maxAgeSeconds: token === undefined ? 0 : sessions.signInTimeoutSeconds,
    });
  }

  function headers(ctx: Context, extra: Record<string, string> = {}): Headers {
    // The callback's address carries the code: privateHeaders keeps it from other sites.
    return privateHeaders(ctx.cookies, extra);
  }

  function redirect(ctx: Context, location: string): Response {
    return new Response(null, { status: 303, headers: headers(ctx, { location }) });
  }

  function json(ctx: Context, status: number, body: unknown): Response {
    return new Response(JSON.stringify(body), { status, headers: headers(ctx, { 'content-type': 'application/json; charset=utf-8' }) });
  }

  function withLang(path: string, locale: Locale): string {
    const url = new URL(path, 'https://path.invalid');
    url.searchParams.set('lang', locale);
    return `${url.pathname}${url.search}${url.hash}`;
  }

  /** A page of the patterns' kind, in the site's frame: the header's sign-in link, the language link to this address in the other language. */
  function page(ctx: Context, content: AuthPageContent, status = 200): Response {
    const alternate = (locale: Locale): string => {
      const here = new URL(ctx.url);
      here.searchParams.set('lang', locale);
      return `${here.pathname}${here.search}`;
    };
    const site: AuthSite = {
      ...(options.page ? { page: options.page } : {}),
      alternates: { en: alternate('en'), cy: alternate('cy') },
      stylesheets: options.stylesheets ?? [],
      scripts: options.scriptSrc ? [options.scriptSrc] : [],
      account: { signInHref: withLang(paths.signIn, ctx.locale) },
    };
    return new Response(renderAuthPage(content, site), { status, headers: headers(ctx, { 'content-type': 'text/html; charset=utf-8' }) });
  }

  function problemPage(ctx: Context, problem: HttpProblem): Response {
    const w = words(ctx.locale);
    const heading = problem.heading === 'notFoundHeading' ? w.notFoundHeading : authMessages[ctx.locale].problemTitle;
    const signInAgain = authMessages[ctx.locale].signInAgain;
    return page(
      ctx,
      {
        locale: ctx.locale,
        title: heading,
        errors: [],
        body: html`<h1 class="cyd-heading-l">${heading}</h1>
          <p class="cyd-body">${w[problem.body]}</p>
          ${problem.signInAgain ? html`<p class="cyd-body"><a class="cyd-link" href="${withLang(paths.signIn, ctx.locale)}">${signInAgain}</a></p>` : ''}`,
      },
      problem.status,
    );
  }

  // ---- sign in --------------------------------------------------------------------------

  const redirectUri = (ctx: Context): string => `${ctx.origin}${paths.callback}`;
  const postLogoutUri = (ctx: Context): string => `${ctx.origin}${paths.signedOut}`;
  // The page's language first, the other as the fallback (RFC 5646 tags, space-separated).
  const uiLocales = (locale: Locale): string => (locale === 'cy' ? 'cy en' : 'en cy');

  async function signIn(ctx: Context): Promise<Response> {
    // Signed in already or not, a new sign-in starts (another account, or a fresh one); the callback replaces the session.
    const returnTo = safeReturnPath(ctx.url.searchParams.get('return')) ?? defaultReturn!;
    const config = await configuration();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const token = await sessions.startSignIn({ state, nonce, codeVerifier, returnTo, locale: ctx.locale });
    const to = oidc.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri(ctx),
      scope,
      response_type: 'code',
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
      ui_locales: uiLocales(ctx.locale),
    });
    ctx.cookies.push(attemptCookie(ctx, token));
    return redirect(ctx, to.href);
  }

  function claimsOf(idClaims: Record<string, unknown>, userinfo: Record<string, unknown> | undefined): Claims {
    const claims: Record<string, unknown> = {};
    for (const [name, value] of Object.entries({ ...idClaims, ...userinfo })) if (!TOKEN_CLAIMS.has(name)) claims[name] = value;
    return { ...claims, sub: String(idClaims.sub) };
  }

  async function callback(ctx: Context): Promise<Response> {
    const attempt = await sessions.takeSignIn(readCookie(ctx.request, cookieName(ATTEMPT_COOKIE, ctx.secure)));
    ctx.cookies.push(attemptCookie(ctx, undefined));
    if (!attempt) throw new HttpProblem(400, 'problemHeading', 'signInExpired', true);
    ctx.locale = isLocale(ctx.url.searchParams.get('lang')) ? ctx.locale : attempt.locale;
    const config = await configuration();
    // The registered redirect URI with the provider's parameters: right behind a proxy too.
    const current = new URL(redirectUri(ctx));
    current.search = ctx.url.search;
    let tokens;
    let userinfo: Record<string, unknown> | undefined;
    try {
      tokens = await oidc.authorizationCodeGrant(config, current, {
        pkceCodeVerifier: attempt.codeVerifier,
        expectedState: attempt.state,
        expectedNonce: attempt.nonce,
        idTokenExpected: true,
      });
      const idClaims = tokens.claims();
      if (!idClaims) throw new Error('the token response had no ID token');
      if (tokens.access_token && config.serverMetadata().userinfo_endpoint) {
        userinfo = { ...(await oidc.fetchUserInfo(config, tokens.access_token, idClaims.sub)) };
      }
      const claims = claimsOf({ ...idClaims }, userinfo);
      // A new id whatever cookie came in: an id planted before sign-in is never promoted (no fixation).
      await sessions.end(sessionCookieOf(ctx));
      const { token } = await sessions.create({ claims, idToken: tokens.id_token, locale: ctx.locale });
      ctx.cookies.push(sessionCookie(ctx, token));
      if (localeFromCookie(ctx.request.headers.get('cookie')) !== ctx.locale) {
        ctx.cookies.push(setCookie(LOCALE_STORAGE_KEY, ctx.locale, { path: '/', secure: ctx.secure, maxAgeSeconds: LOCALE_COOKIE_MAX_AGE_SECONDS }));
      }
      return redirect(ctx, withLang(attempt.returnTo, ctx.locale));
    } catch (error) {
      if (error instanceof ProviderUnavailableError) throw error;
      // The reason, for the service's logs; the code and tokens are not in it.
      console.warn(`[cydran auth] sign-in refused: ${error instanceof Error ? error.message : String(error)}`);
      throw new HttpProblem(400, 'problemHeading', 'signInFailed', true);
    }
  }

  // ---- sign out -------------------------------------------------------------------------

  /** Ends the session here, then at the provider (RP-initiated logout), landing on the signed-out page. */
  async function endSession(ctx: Context, reason: 'signed-out' | 'timed-out'): Promise<Response> {
    const ended = await sessions.end(sessionCookieOf(ctx));
    ctx.cookies.push(sessionCookie(ctx, undefined));
    const locale = isLocale(ctx.url.searchParams.get('lang')) ? ctx.locale : (ended?.locale ?? ctx.locale);
    const state = `${reason}.${locale}`;
    const here = `${paths.signedOut}?${new URLSearchParams({ state })}`;
    if (!ended) return redirect(ctx, here);
    let config: oidc.Configuration;
    try {
      config = await configuration();
    } catch {
      // Signed out here; the provider can be told next time.
      return redirect(ctx, here);
    }
    if (!config.serverMetadata().end_session_endpoint) return redirect(ctx, here);
    const to = oidc.buildEndSessionUrl(config, {
      post_logout_redirect_uri: postLogoutUri(ctx),
      client_id: options.clientId,
      state,
      ui_locales: uiLocales(locale),
      ...(ended.idToken ? { id_token_hint: ended.idToken } : {}),
    });
    return redirect(ctx, to.href);
  }

  async function signOutPost(ctx: Context): Promise<Response> {
    const session = await sessions.get(sessionCookieOf(ctx));
    const type = ctx.request.headers.get('content-type') ?? '';
    const form = type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data') ? await ctx.request.formData() : undefined;
    if (!session || !csrf.check(`sign-out:${session.id}`, form?.get(CSRF_FIELD))) throw new HttpProblem(403, 'problemHeading', 'forbidden');
    return endSession(ctx, 'signed-out');
  }

  function signedOut(ctx: Context): Response {
    const [reason, locale] = (ctx.url.searchParams.get('state') ?? '').split('.');
    if (isLocale(locale) && !isLocale(ctx.url.searchParams.get('lang'))) ctx.locale = locale;
    const state = { signInHref: withLang(paths.signIn, ctx.locale) };
    return page(ctx, reason === 'timed-out' ? timedOutPage(state, ctx.locale) : signedOutPage(state, ctx.locale));
  }

  // ---- keep-alive -----------------------------------------------------------------------

  /** `<cyd-timeout-warning>`'s request: its own header (a cross-site page cannot send one without CORS) and, when sent, a same-origin Origin. */
  async function keepAlive(ctx: Context): Promise<Response> {
    const origin = ctx.request.headers.get('origin');
    const site = ctx.request.headers.get('sec-fetch-site');
    if (ctx.request.headers.get('cydran-keep-alive') !== '1' || (origin !== null && origin !== ctx.origin) || (site !== null && site !== 'same-origin')) {
      return json(ctx, 403, { error: 'forbidden', message: 'The keep-alive takes a POST from the service’s own page with the header Cydran-Keep-Alive: 1.' });
    }
    const session = await sessions.touch(sessionCookieOf(ctx));
    if (!session) return json(ctx, 401, { error: 'signed-out' });
    return json(ctx, 200, { expiresAt: session.expiresAt.toISOString() });
  }

  // ---- routing --------------------------------------------------------------------------

  function allow(ctx: Context, methods: readonly string[]): void {
    if (!methods.includes(ctx.request.method)) throw new HttpProblem(405, 'problemHeading', 'notAllowed');
  }

  const GET = ['GET', 'HEAD'];
  async function route(ctx: Context, path: string): Promise<Response> {
    switch (path) {
      case paths.signIn:
        allow(ctx, GET);
        return signIn(ctx);
      case paths.callback:
        allow(ctx, GET);
        return callback(ctx);
      case paths.signOut:
        // A link (the header's, the timeout warning's) or a form with the CSRF token.
        allow(ctx, ['GET', 'HEAD', 'POST']);
        return ctx.request.method === 'POST' ? signOutPost(ctx) : endSession(ctx, 'signed-out');
      case paths.timedOut:
        allow(ctx, GET);
        return endSession(ctx, 'timed-out');
      case paths.signedOut:
        allow(ctx, GET);
        return signedOut(ctx);
      case paths.keepAlive:
        if (ctx.request.method !== 'POST') return json(ctx, 405, { error: 'method', message: 'POST only.' });
        return keepAlive(ctx);
      default:
        throw new HttpProblem(404, 'notFoundHeading', 'notFound');
    }
  }

  const handles = (request: Request): boolean => ownPaths.has(trimSlash(new URL(request.url).pathname) || '/');

  const handler = async (request: Request): Promise<Response> => {
    const ctx = contextOf(request);
    try {
      await migrateOnce();
      const response = await route(ctx, trimSlash(ctx.url.pathname));
      return request.method === 'HEAD' ? new Response(null, { status: response.status, headers: response.headers }) : response;
    } catch (error) {
      if (error instanceof HttpProblem) return problemPage(ctx, error);
      if (error instanceof ProviderUnavailableError) {
        console.error(`[cydran auth] ${error.message}`);
        return problemPage(ctx, new HttpProblem(503, 'problemHeading', 'providerUnavailable'));
      }
      throw error;
    }
  };

  async function session(request: Request): Promise<Session | undefined> {
    await migrateOnce();
    return sessions.touch(sessionCookieOf(contextOf(request)));
  }

  async function requireSession(request: Request): Promise<Session | Response> {
    const ctx = contextOf(request);
    await migrateOnce();
    const token = sessionCookieOf(ctx);
    const found = await sessions.touch(token);
    if (found) return found;
    // A session that ran out says so (and signs out at the provider); no session asks to sign in.
    if (await sessions.ended(token)) return redirect(ctx, withLang(paths.timedOut, ctx.locale));
    return redirect(ctx, signInHref(ctx.locale, `${ctx.url.pathname}${ctx.url.search}`));
  }

  function signInHref(locale: Locale, returnTo?: string): string {
    const query = new URLSearchParams({ lang: locale });
    const path = safeReturnPath(returnTo);
    if (path !== undefined) query.set('return', path);
    return `${paths.signIn}?${query}`;
  }

  function pageOptions(current: Session, locale: Locale): SignedInPageOptions {
    const signOut = withLang(paths.signOut, locale);
    return {
      header: { content: htmlToString(html`<a data-region="account" class="cyd-link" href="${signOut}">${authMessages[locale].signOut}</a>`) },
      bodyEnd: htmlToString(
        html`<cyd-timeout-warning${attrs({
          'expires-at': current.expiresAt.toISOString(),
          'warn-before': warnBefore,
          'keep-alive-href': paths.keepAlive,
          'sign-out-href': signOut,
          'timed-out-href': withLang(paths.timedOut, locale),
        })}></cyd-timeout-warning>`,
      ),
    };
  }

  async function ready(): Promise<void> {
    await migrateOnce();
    await configuration();
  }

  return Object.assign(handler, {
    handles,
    session,
    requireSession,
    pageOptions,
    signInHref,
    localeOf,
    csrfToken: (current: Session) => csrf.token(`sign-out:${current.id}`),
    ready,
    sessions,
    paths,
  });
}

/**
 * `@cydran/auth/server`: an OpenID Connect relying party for any provider
 * (GOV.UK One Login, Entra ID, Keycloak, Cydran's own) as a standard Fetch
 * API handler, with server-side sessions in the forms' database. See
 * packages/auth/docs/relying-party.md.
 */
export {
  createAuthHandler,
  ProviderUnavailableError,
  type AuthHandler,
  type AuthHandlerOptions,
  type ClientAuthMethod,
  type SignedInPageOptions,
} from './handler.js';
export {
  AUTH_MIGRATIONS_DIR,
  DEFAULT_ABSOLUTE_TIMEOUT_SECONDS,
  DEFAULT_IDLE_TIMEOUT_SECONDS,
  SessionStore,
  migrateAuth,
  type Claims,
  type Session,
  type SessionTimeouts,
  type SignInAttempt,
} from './sessions.js';
export { safeReturnPath } from './return-path.js';
export { relyingPartyMessages } from './messages.js';

/**
 * Server-side sessions and sign-in attempts, in the same database as the
 * forms (PGlite or PostgreSQL). The cookie carries 32 random bytes; the
 * database keeps only their SHA-256, so neither a leaked backup nor a log of
 * queries gives anyone a way in.
 */
import { createHash, randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { type Locale, isLocale } from '@cydran/i18n';
import { type Database, type Row, migrate } from '@cydran/forms/storage';

/** packages/auth/migrations, from src/server/ and from dist/server/ alike. */
export const AUTH_MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));

/** Runs @cydran/auth's migrations (sessions, and the provider's tables) on a database from `openStore()`. */
export function migrateAuth(database: Database): Promise<string[]> {
  return migrate(database, AUTH_MIGRATIONS_DIR);
}

/** The claims a session keeps from the ID token and userinfo: who the person is, not the token's housekeeping. */
export type Claims = Record<string, unknown> & { sub: string };

export interface Session {
  /** The SHA-256 of the cookie's value: safe to log, and what CSRF tokens are bound to. Never a way in. */
  readonly id: string;
  /** The provider's `sub` for the person. */
  readonly subject: string;
  readonly claims: Claims;
  /** The `email` claim, when the provider gave one. */
  readonly email: string | undefined;
  /** The language the person signed in with. */
  readonly locale: Locale;
  readonly createdAt: Date;
  /** When the session really ends unless kept alive: the idle end, or the absolute end if sooner. Give it to `<cyd-timeout-warning expires-at>`. */
  readonly expiresAt: Date;
  /** The absolute end: no keep-alive moves it. */
  readonly absoluteExpiresAt: Date;
}

export interface SignInAttempt {
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
  locale: Locale;
}

export interface SessionTimeouts {
  /** Seconds without a request or keep-alive before the session ends (default 900: 15 minutes). */
  idleTimeoutSeconds?: number;
  /** Seconds after sign-in when the session ends whatever the person does (default 43,200: 12 hours). */
  absoluteTimeoutSeconds?: number;
  /** Seconds a sign-in attempt (the trip to the provider and back) may take (default 600). */
  signInTimeoutSeconds?: number;
  /** The clock (tests move it). */
  now?: () => Date;
}

export const DEFAULT_IDLE_TIMEOUT_SECONDS = 15 * 60;
export const DEFAULT_ABSOLUTE_TIMEOUT_SECONDS = 12 * 60 * 60;
const DEFAULT_SIGN_IN_TIMEOUT_SECONDS = 10 * 60;
/** Ended sessions stay this long, so the timed-out page can still sign the person out at the provider. */
const KEEP_ENDED_MS = 24 * 60 * 60 * 1000;

const hash = (token: string): string => createHash('sha256').update(token).digest('hex');
const iso = (date: Date): string => date.toISOString();
const asDate = (value: unknown): Date => (value instanceof Date ? value : new Date(String(value)));
/** 32 random bytes, base64url: the cookie's value. */
export const newToken = (): string => randomBytes(32).toString('base64url');
// A cookie's value is ours only if it looks like one: anything else is not looked up.
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

function positiveSeconds(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0) throw new TypeError(`createAuthHandler: ${name} must be a positive number of seconds (got ${String(value)}).`);
  return value;
}

function toSession(row: Row): Session {
  const raw: unknown = typeof row.claims === 'string' ? JSON.parse(row.claims) : row.claims;
  const stored: Record<string, unknown> = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? Object.fromEntries(Object.entries(raw)) : {};
  const claims: Claims = { ...stored, sub: String(row.subject) };
  const idle = asDate(row.idle_expires_at);
  const absolute = asDate(row.absolute_expires_at);
  const locale = isLocale(row.locale) ? row.locale : 'en';
  return {
    id: String(row.id_hash),
    subject: String(row.subject),
    claims,
    email: typeof claims.email === 'string' ? claims.email : undefined,
    locale,
    createdAt: asDate(row.created_at),
    expiresAt: idle < absolute ? idle : absolute,
    absoluteExpiresAt: absolute,
  };
}

export class SessionStore {
  readonly idleTimeoutSeconds: number;
  readonly absoluteTimeoutSeconds: number;
  readonly signInTimeoutSeconds: number;
  readonly #db: Database;
  readonly #now: () => Date;

  constructor(database: Database, options: SessionTimeouts = {}) {
    this.#db = database;
    this.#now = options.now ?? (() => new Date());
    this.idleTimeoutSeconds = positiveSeconds('idleTimeoutSeconds', options.idleTimeoutSeconds, DEFAULT_IDLE_TIMEOUT_SECONDS);
    this.absoluteTimeoutSeconds = positiveSeconds('absoluteTimeoutSeconds', options.absoluteTimeoutSeconds, DEFAULT_ABSOLUTE_TIMEOUT_SECONDS);
    this.signInTimeoutSeconds = positiveSeconds('signInTimeoutSeconds', options.signInTimeoutSeconds, DEFAULT_SIGN_IN_TIMEOUT_SECONDS);
    if (this.idleTimeoutSeconds > this.absoluteTimeoutSeconds) {
      throw new TypeError(
        `createAuthHandler: idleTimeoutSeconds (${this.idleTimeoutSeconds}) is longer than absoluteTimeoutSeconds (${this.absoluteTimeoutSeconds}); the idle timeout could never end a session. Make it shorter.`,
      );
    }
  }

  now(): Date {
    return this.#now();
  }

  #idleEnd(from: Date, absolute: Date): Date {
    const idle = new Date(from.getTime() + this.idleTimeoutSeconds * 1000);
    return idle < absolute ? idle : absolute;
  }

  /** A new session under a new random id (never one the browser sent: no fixation). Returns the cookie's value. */
  async create(input: { claims: Claims; idToken: string | undefined; locale: Locale }): Promise<{ token: string; session: Session }> {
    const token = newToken();
    const at = this.#now();
    const absolute = new Date(at.getTime() + this.absoluteTimeoutSeconds * 1000);
    const rows = await this.#db.query(
      `INSERT INTO auth_sessions (id_hash, subject, claims, id_token, locale, created_at, idle_expires_at, absolute_expires_at)
       VALUES ($1, $2, $3::text::jsonb, $4, $5, $6::timestamptz, $7::timestamptz, $8::timestamptz) RETURNING *`,
      [
        hash(token),
        input.claims.sub,
        JSON.stringify(input.claims),
        input.idToken ?? null,
        input.locale,
        iso(at),
        iso(this.#idleEnd(at, absolute)),
        iso(absolute),
      ],
    );
    await this.#sweep(at);
    return { token, session: toSession(rows[0]!) };
  }

  /** The live session for a cookie's value, without moving its idle end; undefined when unknown or ended. */
  async get(token: string | undefined): Promise<Session | undefined> {
    if (token === undefined || !TOKEN.test(token)) return undefined;
    const at = iso(this.#now());
    const rows = await this.#db.query(
      'SELECT * FROM auth_sessions WHERE id_hash = $1 AND idle_expires_at > $2::timestamptz AND absolute_expires_at > $2::timestamptz',
      [hash(token), at],
    );
    return rows[0] ? toSession(rows[0]) : undefined;
  }

  /** The person did something: the idle end moves to now + the idle timeout (never past the absolute end). */
  async touch(token: string | undefined): Promise<Session | undefined> {
    if (token === undefined || !TOKEN.test(token)) return undefined;
    const at = this.#now();
    const rows = await this.#db.query(
      `UPDATE auth_sessions SET idle_expires_at = LEAST(absolute_expires_at, $2::timestamptz + $3 * interval '1 second')
       WHERE id_hash = $1 AND idle_expires_at > $2::timestamptz AND absolute_expires_at > $2::timestamptz RETURNING *`,
      [hash(token), iso(at), this.idleTimeoutSeconds],
    );
    return rows[0] ? toSession(rows[0]) : undefined;
  }

  /** Ends the session, live or not, and gives back its ID token (for signing out at the provider). */
  async end(token: string | undefined): Promise<{ idToken: string | undefined; locale: Locale } | undefined> {
    if (token === undefined || !TOKEN.test(token)) return undefined;
    const rows = await this.#db.query('DELETE FROM auth_sessions WHERE id_hash = $1 RETURNING id_token, locale', [hash(token)]);
    const row = rows[0];
    if (!row) return undefined;
    return { idToken: typeof row.id_token === 'string' ? row.id_token : undefined, locale: isLocale(row.locale) ? row.locale : 'en' };
  }

  /** Whether a cookie's value names a session that has ended but is still on record (it timed out). */
  async ended(token: string | undefined): Promise<boolean> {
    if (token === undefined || !TOKEN.test(token)) return false;
    return (await this.#db.query('SELECT 1 FROM auth_sessions WHERE id_hash = $1', [hash(token)])).length > 0;
  }

  /** Records a trip to the provider; returns the attempt cookie's value. */
  async startSignIn(attempt: SignInAttempt): Promise<string> {
    const token = newToken();
    const at = this.#now();
    await this.#db.query(
      `INSERT INTO auth_sign_in_attempts (id_hash, state, nonce, code_verifier, return_to, locale, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7::timestamptz)`,
      [
        hash(token),
        attempt.state,
        attempt.nonce,
        attempt.codeVerifier,
        attempt.returnTo,
        attempt.locale,
        iso(new Date(at.getTime() + this.signInTimeoutSeconds * 1000)),
      ],
    );
    return token;
  }

  /** The attempt for a cookie's value, removed as it is read, so a callback can be used once. */
  async takeSignIn(token: string | undefined): Promise<SignInAttempt | undefined> {
    if (token === undefined || !TOKEN.test(token)) return undefined;
    const rows = await this.#db.query('DELETE FROM auth_sign_in_attempts WHERE id_hash = $1 RETURNING *', [hash(token)]);
    const row = rows[0];
    if (!row || asDate(row.expires_at) <= this.#now()) return undefined;
    return {
      state: String(row.state),
      nonce: String(row.nonce),
      codeVerifier: String(row.code_verifier),
      returnTo: String(row.return_to),
      locale: isLocale(row.locale) ? row.locale : 'en',
    };
  }

  /** Links a form submission to the account that sent it. */
  async linkSubmission(submissionId: string, subject: string): Promise<void> {
    await this.#db.query(
      'INSERT INTO auth_submission_accounts (submission_id, subject, created_at) VALUES ($1, $2, $3::timestamptz) ON CONFLICT (submission_id) DO NOTHING',
      [submissionId, subject, iso(this.#now())],
    );
  }

  /** The ids of the submissions an account sent, oldest first. */
  async submissionsOf(subject: string): Promise<string[]> {
    const rows = await this.#db.query('SELECT submission_id FROM auth_submission_accounts WHERE subject = $1 ORDER BY created_at, submission_id', [subject]);
    return rows.map((row) => String(row.submission_id));
  }

  /** Old rows go when a session starts: no timer to run, and the tables stay small. */
  async #sweep(at: Date): Promise<void> {
    const before = iso(new Date(at.getTime() - KEEP_ENDED_MS));
    await this.#db.query('DELETE FROM auth_sessions WHERE LEAST(idle_expires_at, absolute_expires_at) < $1::timestamptz', [before]);
    await this.#db.query('DELETE FROM auth_sign_in_attempts WHERE expires_at < $1::timestamptz', [iso(at)]);
  }
}

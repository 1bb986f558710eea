/**
 * Lockouts and rate limits, kept in the database so every copy of the
 * provider counts together, and codes: six digits, single use, expiring,
 * stored only as a keyed hash and compared in constant time.
 */
import { randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import { securityCodeDigits } from '@cydran/components';
import type { Database } from '@cydran/forms/storage';
import type { Sealer } from './sealing.js';

export const MINUTE = 60_000;

export interface Limits {
  /** Wrong passwords before a lock (5). */
  passwords: number;
  /** Wrong security codes before a lock (6). */
  codes: number;
  /** How long a lock lasts, in minutes (15). */
  lockMinutes: number;
  /** How long a code lasts, in minutes (15). */
  codeMinutes: number;
  /** Codes sent to one address or phone in lockMinutes (5): resending is capped too. */
  codesSent: number;
  /** Password and code attempts from one client address in lockMinutes (50). */
  perAddress: number;
}

export const DEFAULT_LIMITS: Limits = { passwords: 5, codes: 6, lockMinutes: 15, codeMinutes: 15, codesSent: 5, perAddress: 50 };

const iso = (date: Date): string => date.toISOString();
const asDate = (value: unknown): Date | undefined =>
  value === null || value === undefined ? undefined : value instanceof Date ? value : new Date(String(value));

export class Guard {
  constructor(
    private readonly db: Database,
    private readonly now: () => Date,
    private readonly limits: Limits,
  ) {}

  /** When the key's lock ends, or undefined when it is not locked. */
  async lockedUntil(key: string): Promise<Date | undefined> {
    const rows = await this.db.query('SELECT locked_until FROM provider_attempts WHERE key = $1', [key]);
    const until = asDate(rows[0]?.locked_until);
    return until && until > this.now() ? until : undefined;
  }

  /**
   * Counts one failure (or one use, for a rate limit) in the current window
   * of lockMinutes; at `limit` the key locks for lockMinutes and the count
   * starts again. Returns the lock's end when this call locked it.
   */
  async count(key: string, limit: number): Promise<Date | undefined> {
    const windowMs = this.limits.lockMinutes * MINUTE;
    const at = this.now();
    return this.db.transaction(async (tx) => {
      await tx.query('INSERT INTO provider_attempts (key, count, window_start) VALUES ($1, 0, $2::timestamptz) ON CONFLICT (key) DO NOTHING', [key, iso(at)]);
      const row = (await tx.query('SELECT count, window_start FROM provider_attempts WHERE key = $1 FOR UPDATE', [key]))[0];
      const started = asDate(row?.window_start) ?? at;
      const fresh = at.getTime() - started.getTime() >= windowMs;
      const count = (fresh ? 0 : Number(row?.count ?? 0)) + 1;
      if (count >= limit) {
        const until = new Date(at.getTime() + windowMs);
        await tx.query('UPDATE provider_attempts SET count = 0, window_start = $2::timestamptz, locked_until = $3::timestamptz WHERE key = $1', [
          key,
          iso(at),
          iso(until),
        ]);
        return until;
      }
      await tx.query('UPDATE provider_attempts SET count = $2, window_start = $3::timestamptz WHERE key = $1', [key, count, iso(fresh ? at : started)]);
      return undefined;
    });
  }

  async clear(key: string): Promise<void> {
    await this.db.query('DELETE FROM provider_attempts WHERE key = $1', [key]);
  }
}

export type CodePurpose = 'create' | 'reset' | 'sms';
export type CodeCheck = 'ok' | 'wrong' | 'expired';

export class Codes {
  constructor(
    private readonly db: Database,
    private readonly sealer: Sealer,
    private readonly now: () => Date,
    private readonly minutes: number,
  ) {}

  #hash(purpose: CodePurpose, subject: string, code: string): string {
    return this.sealer.mac(`code:${purpose}:${subject}:${code}`);
  }

  /** A new code for (purpose, subject); any earlier one stops working. */
  async issue(purpose: CodePurpose, subject: string): Promise<string> {
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const at = this.now();
    await this.db.transaction(async (tx) => {
      await tx.query('UPDATE provider_codes SET used_at = $3::timestamptz WHERE purpose = $1 AND subject = $2 AND used_at IS NULL', [
        purpose,
        subject,
        iso(at),
      ]);
      await tx.query(
        'INSERT INTO provider_codes (id, purpose, subject, code_hash, expires_at, created_at) VALUES ($1, $2, $3, $4, $5::timestamptz, $6::timestamptz)',
        [randomUUID(), purpose, subject, this.#hash(purpose, subject, code), iso(new Date(at.getTime() + this.minutes * MINUTE)), iso(at)],
      );
    });
    return code;
  }

  /** 'ok' uses the code up, so a second try with it is 'wrong'. */
  async check(purpose: CodePurpose, subject: string, given: string): Promise<CodeCheck> {
    const rows = await this.db.query(
      'SELECT id, code_hash, expires_at FROM provider_codes WHERE purpose = $1 AND subject = $2 AND used_at IS NULL ORDER BY seq DESC LIMIT 1',
      [purpose, subject],
    );
    const row = rows[0];
    const expected = Buffer.from(String(row?.code_hash ?? this.#hash(purpose, subject, 'none')));
    // Digits only, as the code input reads them: people paste "123 456" or "123-456".
    const actual = Buffer.from(this.#hash(purpose, subject, securityCodeDigits(given) ?? ''));
    const matches = actual.length === expected.length && timingSafeEqual(actual, expected);
    if (!row || !matches) return 'wrong';
    const at = this.now();
    if ((asDate(row.expires_at) ?? at) <= at) return 'expired';
    // Only one of two requests racing with the same code gets the row.
    const used = await this.db.query('UPDATE provider_codes SET used_at = $2::timestamptz WHERE id = $1 AND used_at IS NULL RETURNING id', [row.id, iso(at)]);
    return used.length === 1 ? 'ok' : 'wrong';
  }
}

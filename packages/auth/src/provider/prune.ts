/**
 * Expired rows out of the provider's tables. Every read already checks
 * expiry, so this is housekeeping: createProvider runs it at start, and a
 * long-running deployment runs it on a schedule (`pruneProvider(db)`).
 */
import type { Database } from '@cydran/forms/storage';

/** Codes, journeys and counters are kept a day past their end, for a support desk's questions. */
const KEEP_MS = 24 * 3_600_000;

export async function pruneProvider(db: Database, now: () => Date = () => new Date()): Promise<void> {
  const at = now();
  const kept = new Date(at.getTime() - KEEP_MS).toISOString();
  await db.query('DELETE FROM provider_models WHERE expires_at IS NOT NULL AND expires_at < $1::timestamptz', [new Date().toISOString()]);
  await db.query('DELETE FROM provider_codes WHERE expires_at < $1::timestamptz', [kept]);
  await db.query('DELETE FROM provider_journeys WHERE expires_at < $1::timestamptz', [kept]);
  await db.query('DELETE FROM provider_attempts WHERE window_start < $1::timestamptz AND (locked_until IS NULL OR locked_until < $1::timestamptz)', [kept]);
}

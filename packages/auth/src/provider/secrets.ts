/**
 * Secrets the provider makes once and keeps in its database when the
 * deployment does not give its own: the token-signing keys (a private JWK
 * set), the cookie keys, and the key that seals authenticator secrets and
 * hashes codes. Every copy of the provider on the same database then agrees
 * on them, and a restart keeps sessions and tokens valid.
 */
import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import type { Queryable } from '@cydran/forms/storage';

/** The value stored under `name`, made by `make` the first time (the first of two racing copies wins). */
export async function storedSecret<T>(db: Queryable, name: string, make: () => T, read: (stored: unknown) => T | undefined): Promise<T> {
  await db.query('INSERT INTO provider_secrets (name, value) VALUES ($1, $2::text::jsonb) ON CONFLICT (name) DO NOTHING', [name, JSON.stringify(make())]);
  const rows = await db.query('SELECT value FROM provider_secrets WHERE name = $1', [name]);
  const value = read(rows[0]?.value);
  if (value === undefined)
    throw new Error(
      `createProvider: the stored secret "${name}" in provider_secrets is not in the expected form; it was changed outside @cydran/auth. Delete that row to have a new one made.`,
    );
  return value;
}

export type PrivateJwk = Record<string, string>;

/** An RS256 signing key as a private JWK, with a key id. */
export function newSigningKey(): PrivateJwk {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk: PrivateJwk = {};
  for (const [name, value] of Object.entries(privateKey.export({ format: 'jwk' }))) if (typeof value === 'string') jwk[name] = value;
  return { ...jwk, kid: randomUUID(), alg: 'RS256', use: 'sig' };
}

export const readJwks = (stored: unknown): PrivateJwk[] | undefined => {
  if (!Array.isArray(stored) || stored.length === 0) return undefined;
  const keys: PrivateJwk[] = [];
  for (const key of stored) {
    if (typeof key !== 'object' || key === null) return undefined;
    const jwk: PrivateJwk = {};
    for (const [name, value] of Object.entries(key)) if (typeof value === 'string') jwk[name] = value;
    if (jwk.kty !== 'RSA' || !jwk.d) return undefined;
    keys.push(jwk);
  }
  return keys;
};

export const readStrings = (stored: unknown): string[] | undefined =>
  Array.isArray(stored) && stored.length > 0 && stored.every((item) => typeof item === 'string' && item.length >= 32) ? stored.map(String) : undefined;

export const randomKey = (): string => randomBytes(32).toString('base64url');

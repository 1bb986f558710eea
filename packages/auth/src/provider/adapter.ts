/**
 * oidc-provider's adapter on the provider's database: every model
 * (Session, Grant, AuthorizationCode, AccessToken, Interaction…) is a row of
 * provider_models, so the provider keeps nothing in memory and any number of
 * copies can share one PostgreSQL database.
 */
import type { Adapter, AdapterPayload } from 'oidc-provider';
import type { Database } from '@cydran/forms/storage';

function payloadOf(value: unknown, consumed: unknown): AdapterPayload | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const payload: AdapterPayload = { ...value };
  if (consumed !== null && consumed !== undefined)
    payload.consumed = Math.floor(new Date(String(consumed instanceof Date ? consumed.toISOString() : consumed)).getTime() / 1000);
  return payload;
}

export function databaseAdapter(db: Database, now: () => Date): (name: string) => Adapter {
  return (model) => {
    const find = async (column: 'id' | 'uid' | 'user_code', value: string): Promise<AdapterPayload | undefined> => {
      const rows = await db.query(
        `SELECT payload, consumed_at FROM provider_models WHERE model = $1 AND ${column} = $2 AND (expires_at IS NULL OR expires_at > $3::timestamptz) LIMIT 1`,
        [model, value, now().toISOString()],
      );
      return rows[0] ? payloadOf(rows[0].payload, rows[0].consumed_at) : undefined;
    };
    return {
      async upsert(id, payload, expiresIn) {
        const expires = expiresIn ? new Date(now().getTime() + expiresIn * 1000).toISOString() : null;
        await db.query(
          `INSERT INTO provider_models (model, id, payload, grant_id, user_code, uid, expires_at) VALUES ($1, $2, $3::text::jsonb, $4, $5, $6, $7::timestamptz)
           ON CONFLICT (model, id) DO UPDATE SET payload = EXCLUDED.payload, grant_id = EXCLUDED.grant_id, user_code = EXCLUDED.user_code, uid = EXCLUDED.uid, expires_at = EXCLUDED.expires_at`,
          [model, id, JSON.stringify(payload), payload.grantId ?? null, payload.userCode ?? null, payload.uid ?? null, expires],
        );
      },
      find: (id) => find('id', id),
      findByUid: (uid) => find('uid', uid),
      findByUserCode: (userCode) => find('user_code', userCode),
      async consume(id) {
        await db.query('UPDATE provider_models SET consumed_at = $3::timestamptz WHERE model = $1 AND id = $2', [model, id, now().toISOString()]);
      },
      async destroy(id) {
        await db.query('DELETE FROM provider_models WHERE model = $1 AND id = $2', [model, id]);
      },
      async revokeByGrantId(grantId) {
        await db.query('DELETE FROM provider_models WHERE model = $1 AND grant_id = $2', [model, grantId]);
      },
    };
  };
}

/**
 * The provider's accounts: a normalised email, a scrypt password hash, how
 * the person gets security codes (a text message to their phone, or an
 * authenticator app whose secret is kept sealed) and their language.
 */
import { randomUUID } from 'node:crypto';
import { isLocale, type Locale } from '@cydran/i18n';
import type { Database, Row } from '@cydran/forms/storage';

export type CodeMethod = 'sms' | 'totp';

export interface Account {
  id: string;
  email: string;
  passwordHash: string;
  method: CodeMethod;
  /** E.164, for 'sms'. */
  phone?: string;
  /** Sealed; open it with the provider's Sealer. For 'totp'. */
  sealedTotpSecret?: string;
  /** The last authenticator time step accepted: an app's code works once. */
  totpLastStep?: number;
  locale: Locale;
  createdAt: Date;
}

/**
 * Emails compared as people mean them: trimmed, Unicode NFC, lower case
 * (the local part too — in practice no public-service mailbox differs by case).
 */
export function normaliseEmail(email: string): string {
  return email.normalize('NFC').trim().toLowerCase();
}

function toAccount(row: Row): Account {
  const method = row.method === 'sms' ? 'sms' : 'totp';
  return {
    id: String(row.id),
    email: String(row.email),
    passwordHash: String(row.password_hash),
    method,
    ...(typeof row.phone === 'string' ? { phone: row.phone } : {}),
    ...(typeof row.totp_secret === 'string' ? { sealedTotpSecret: row.totp_secret } : {}),
    ...(row.totp_last_step === null || row.totp_last_step === undefined ? {} : { totpLastStep: Number(row.totp_last_step) }),
    locale: isLocale(row.locale) ? row.locale : 'en',
    createdAt: row.created_at instanceof Date ? row.created_at : new Date(String(row.created_at)),
  };
}

export type NewAccount = Omit<Account, 'id' | 'createdAt'>;

export class Accounts {
  constructor(
    private readonly db: Database,
    private readonly now: () => Date,
  ) {}

  async byEmail(email: string): Promise<Account | undefined> {
    const rows = await this.db.query('SELECT * FROM provider_accounts WHERE email = $1', [normaliseEmail(email)]);
    return rows[0] ? toAccount(rows[0]) : undefined;
  }

  async byId(id: string): Promise<Account | undefined> {
    if (!/^[0-9a-f-]{36}$/.test(id)) return undefined;
    const rows = await this.db.query('SELECT * FROM provider_accounts WHERE id = $1', [id]);
    return rows[0] ? toAccount(rows[0]) : undefined;
  }

  /** Undefined when the email already has an account (someone finished creating it first). */
  async create(account: NewAccount): Promise<Account | undefined> {
    const at = this.now().toISOString();
    const rows = await this.db.query(
      `INSERT INTO provider_accounts (id, email, password_hash, method, phone, totp_secret, totp_last_step, locale, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::timestamptz, $9::timestamptz) ON CONFLICT (email) DO NOTHING RETURNING *`,
      [
        randomUUID(),
        normaliseEmail(account.email),
        account.passwordHash,
        account.method,
        account.phone ?? null,
        account.sealedTotpSecret ?? null,
        account.totpLastStep ?? null,
        account.locale,
        at,
      ],
    );
    return rows[0] ? toAccount(rows[0]) : undefined;
  }

  async setPassword(id: string, passwordHash: string): Promise<void> {
    await this.db.query('UPDATE provider_accounts SET password_hash = $2, updated_at = $3::timestamptz WHERE id = $1', [
      id,
      passwordHash,
      this.now().toISOString(),
    ]);
  }

  async setLocale(id: string, locale: Locale): Promise<void> {
    await this.db.query('UPDATE provider_accounts SET locale = $2, updated_at = $3::timestamptz WHERE id = $1', [id, locale, this.now().toISOString()]);
  }

  /** Records an accepted authenticator step; false when that step (or a later one) was used already, by a request racing this one. */
  async useTotpStep(id: string, step: number): Promise<boolean> {
    const rows = await this.db.query(
      'UPDATE provider_accounts SET totp_last_step = $2 WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2) RETURNING id',
      [id, step],
    );
    return rows.length === 1;
  }
}

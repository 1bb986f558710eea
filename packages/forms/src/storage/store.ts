import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { isLocale, type Locale } from '@cydran/i18n';
import type { Answers, FieldValues, FormDefinition } from '../definition/types.js';
import { openPGlite, openPostgres, type Database, type Queryable, type Row } from './db.js';
import { migrate, MIGRATIONS_DIR } from './migrate.js';
import type { NotifierMessage } from './notifier.js';
import { newReference } from './reference.js';

/** The values typed on a page that did not pass validation: kept so they survive a redirect or a language switch, never submitted. */
export interface PendingValues {
  pageId: string;
  values: FieldValues;
}

export interface Journey {
  id: string;
  formId: string;
  formVersion: number;
  locale: Locale;
  answers: Answers;
  createdAt: Date;
  updatedAt: Date;
  submittedId?: string;
  pending?: PendingValues;
}

export interface Submission {
  id: string;
  reference: string;
  formId: string;
  formVersion: number;
  locale: Locale;
  answers: Answers;
  createdAt: Date;
}

export interface FormStore {
  /** Runs migrations/*.sql not yet applied, in order (openStore calls it). */
  migrate(): Promise<void>;
  /** `expiresAfterDays`: the form's saveAndReturn.expiresAfterDays; default the store's (28). */
  startJourney(input: { formId: string; formVersion: number; locale: Locale; expiresAfterDays?: number }): Promise<Journey>;
  /** Undefined when there is no such journey or it has expired. */
  getJourney(journeyId: string): Promise<Journey | undefined>;
  /** The whole answers object, stored when a page is accepted; clears pending values and moves the expiry on. */
  saveAnswers(journeyId: string, answers: Answers, locale?: Locale): Promise<void>;
  /** Undefined clears them. */
  savePending?(journeyId: string, pending: PendingValues | undefined): Promise<void>;
  /** The email address is not stored: the notifier sends the link and forgets it. */
  createReturnLink(journeyId: string, email: string, expiresAfterDays: number): Promise<{ token: string; expiresAt: Date }>;
  /** Undefined when the token is unknown or it or its journey has expired. */
  resume(token: string): Promise<Journey | undefined>;
  /** Exactly once per journeyId: a second call, even at the same moment, returns the first with duplicate: true. */
  submit(input: {
    journeyId: string;
    formId: string;
    formVersion: number;
    locale: Locale;
    answers: Answers;
  }): Promise<{ id: string; reference: string; duplicate: boolean }>;
  /** Oldest first. */
  submissions(formId: string): Promise<Submission[]>;
  getSubmission(id: string): Promise<Submission | undefined>;
  storeFile(bytes: Uint8Array, meta: { name: string; type: string }): Promise<{ storageKey: string; sha256: string; size: number }>;
  readFile(storageKey: string): Promise<Uint8Array | undefined>;
  close(): Promise<void>;
}

export interface OutboxMessage extends NotifierMessage {
  id: string;
  createdAt: Date;
}

/** The store openStore gives: the contract's FormStore plus what the development notifier and the CLI use. */
export interface SqlFormStore extends FormStore {
  savePending(journeyId: string, pending: PendingValues | undefined): Promise<void>;
  writeOutbox(message: NotifierMessage): Promise<void>;
  /** Newest first. */
  outbox(): Promise<OutboxMessage[]>;
  /** Form ids that have submissions, for the CLI. */
  formIds(): Promise<string[]>;
  /** Keeps the definition a server runs (serve calls it), so exports can label columns from the database alone. */
  saveDefinition(form: FormDefinition): Promise<void>;
  /** The stored definition (JSON, to be checked with parseFormDefinition): that version, or the newest. */
  definition(formId: string, version?: number): Promise<unknown>;
  /** 'pglite' or 'postgres'. */
  readonly kind: Database['kind'];
  /** The data folder or the URL without its password. */
  readonly where: string;
  /**
   * The connection itself, so other Cydran packages keep their tables in the
   * same database (PGlite allows one process per data folder, so a service
   * running forms and sign-in must share this one). Their migrations run
   * through `migrate(store.database, theirDir)`.
   */
  readonly database: Database;
}

export interface OpenStoreOptions {
  /** A postgres:// URL; default process.env.DATABASE_URL. When set, PGlite is not used; '' means PGlite whatever DATABASE_URL says. */
  databaseUrl?: string;
  /** PGlite's data folder (default './.cydran-data'); 'memory://' keeps it in memory. */
  dataDir?: string;
  /** PostgreSQL only: the schema to create and use (tests give each run its own). */
  schema?: string;
  /** Journeys not touched for this many days expire (default 28), unless startJourney says otherwise. */
  expiresAfterDays?: number;
  /** The clock (tests move it to check expiry). */
  now?: () => Date;
  migrationsDir?: string;
}

const DAY_MS = 86_400_000;
const DEFAULT_DAYS = 28;
// Eight characters of a 31-letter alphabet rarely collide; a few tries make it vanishingly rare.
const REFERENCE_TRIES = 5;

const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
const json = (value: unknown): string => JSON.stringify(value);
const iso = (date: Date): string => date.toISOString();

function asDate(value: unknown): Date {
  return value instanceof Date ? value : new Date(String(value));
}

function asLocale(value: unknown): Locale {
  if (isLocale(value)) return value;
  throw new Error(`Stored locale "${String(value)}" is not one Cydran speaks; the database was changed outside @cydran/forms.`);
}

function asAnswers(value: unknown): Answers {
  // jsonb comes back parsed from both drivers; a text column (an older hand-made table) would not.
  const parsed = typeof value === 'string' ? JSON.parse(value) : value;
  return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? { ...parsed } : {};
}

function toJourney(row: Row): Journey {
  const journey: Journey = {
    id: String(row.id),
    formId: String(row.form_id),
    formVersion: Number(row.form_version),
    locale: asLocale(row.locale),
    answers: asAnswers(row.answers),
    createdAt: asDate(row.created_at),
    updatedAt: asDate(row.updated_at),
  };
  if (row.submitted_id !== null && row.submitted_id !== undefined) journey.submittedId = String(row.submitted_id);
  if (row.pending !== null && row.pending !== undefined) {
    const pending = asAnswers(row.pending);
    if (typeof pending.pageId === 'string' && pending.values !== null && typeof pending.values === 'object') {
      journey.pending = { pageId: pending.pageId, values: { ...(pending.values as FieldValues) } };
    }
  }
  return journey;
}

function toSubmission(row: Row): Submission {
  return {
    id: String(row.id),
    reference: String(row.reference),
    formId: String(row.form_id),
    formVersion: Number(row.form_version),
    locale: asLocale(row.locale),
    answers: asAnswers(row.answers),
    createdAt: asDate(row.created_at),
  };
}

function checkDays(where: string, days: number): void {
  if (!Number.isFinite(days) || days <= 0) throw new Error(`${where}: expiresAfterDays must be a positive number of days (got ${String(days)}).`);
}

/**
 * Opens (and migrates) the forms database: PostgreSQL when `databaseUrl` or
 * DATABASE_URL is set, otherwise PGlite in `dataDir`. A new PGlite folder
 * takes seconds to create (initdb); an existing one opens quickly.
 */
export async function openStore(options: OpenStoreOptions = {}): Promise<SqlFormStore> {
  const databaseUrl = options.databaseUrl ?? process.env.DATABASE_URL;
  const db = databaseUrl
    ? await openPostgres(databaseUrl, options.schema === undefined ? {} : { schema: options.schema })
    : await openPGlite(options.dataDir ?? './.cydran-data');
  const now = options.now ?? (() => new Date());
  const defaultDays = options.expiresAfterDays ?? DEFAULT_DAYS;
  checkDays('openStore', defaultDays);
  const migrationsDir = options.migrationsDir ?? MIGRATIONS_DIR;

  const liveJourney = async (q: Queryable, id: string): Promise<Row | undefined> =>
    (await q.query('SELECT * FROM journeys WHERE id = $1 AND expires_at > $2::timestamptz', [id, iso(now())]))[0];

  const store: SqlFormStore = {
    kind: db.kind,
    where: db.where,
    database: db,
    async migrate() {
      await migrate(db, migrationsDir);
    },
    async startJourney({ formId, formVersion, locale, expiresAfterDays = defaultDays }) {
      checkDays(`startJourney (form '${formId}')`, expiresAfterDays);
      const at = now();
      const rows = await db.query(
        `INSERT INTO journeys (id, form_id, form_version, locale, answers, created_at, updated_at, expires_at, expires_after_days)
         VALUES ($1, $2, $3, $4, '{}'::jsonb, $5::timestamptz, $5::timestamptz, $6::timestamptz, $7) RETURNING *`,
        [randomUUID(), formId, formVersion, locale, iso(at), iso(new Date(at.getTime() + expiresAfterDays * DAY_MS)), expiresAfterDays],
      );
      return toJourney(rows[0]!);
    },
    async getJourney(journeyId) {
      const row = await liveJourney(db, journeyId);
      return row ? toJourney(row) : undefined;
    },
    async saveAnswers(journeyId, answers, locale) {
      const at = now();
      const rows = await db.query(
        `UPDATE journeys SET answers = $2::text::jsonb, locale = COALESCE($3, locale), pending = NULL, updated_at = $4::timestamptz,
           expires_at = GREATEST(expires_at, $4::timestamptz + expires_after_days * interval '1 day')
         WHERE id = $1 AND expires_at > $4::timestamptz RETURNING id`,
        [journeyId, json(answers), locale ?? null, iso(at)],
      );
      if (rows.length === 0)
        throw new Error(`saveAnswers: journey '${journeyId}' does not exist or has expired; start a new journey (startJourney) or resume a saved one.`);
    },
    async savePending(journeyId, pending) {
      await db.query('UPDATE journeys SET pending = $2::text::jsonb WHERE id = $1', [journeyId, pending ? json(pending) : null]);
    },
    async createReturnLink(journeyId, _email, expiresAfterDays) {
      checkDays('createReturnLink', expiresAfterDays);
      const at = now();
      const expiresAt = new Date(at.getTime() + expiresAfterDays * DAY_MS);
      const token = randomBytes(32).toString('base64url');
      await db.transaction(async (tx) => {
        if (!(await liveJourney(tx, journeyId))) {
          throw new Error(`createReturnLink: journey '${journeyId}' does not exist or has expired, so there is nothing to return to.`);
        }
        await tx.query('INSERT INTO return_tokens (token_hash, journey_id, created_at, expires_at) VALUES ($1, $2, $3::timestamptz, $4::timestamptz)', [
          hashToken(token),
          journeyId,
          iso(at),
          iso(expiresAt),
        ]);
        // The journey must outlive its link.
        await tx.query('UPDATE journeys SET expires_at = GREATEST(expires_at, $2::timestamptz) WHERE id = $1', [journeyId, iso(expiresAt)]);
      });
      return { token, expiresAt };
    },
    async resume(token) {
      if (typeof token !== 'string' || token.length === 0 || token.length > 200) return undefined;
      const rows = await db.query(
        `SELECT j.* FROM return_tokens t JOIN journeys j ON j.id = t.journey_id
         WHERE t.token_hash = $1 AND t.expires_at > $2::timestamptz AND j.expires_at > $2::timestamptz`,
        [hashToken(token), iso(now())],
      );
      return rows[0] ? toJourney(rows[0]) : undefined;
    },
    async submit({ journeyId, formId, formVersion, locale, answers }) {
      for (let attempt = 0; attempt < REFERENCE_TRIES; attempt++) {
        const result = await db.transaction(async (tx) => {
          const id = randomUUID();
          const reference = newReference();
          // ON CONFLICT with no target: a repeated journey and a repeated reference both land here, told apart below.
          const inserted = await tx.query(
            `INSERT INTO submissions (id, reference, form_id, form_version, locale, answers, created_at, journey_id)
             VALUES ($1, $2, $3, $4, $5, $6::text::jsonb, $7::timestamptz, $8) ON CONFLICT DO NOTHING RETURNING id`,
            [id, reference, formId, formVersion, locale, json(answers), iso(now()), journeyId],
          );
          if (inserted.length > 0) {
            await tx.query('UPDATE journeys SET submitted_id = $2 WHERE id = $1', [journeyId, id]);
            return { id, reference, duplicate: false };
          }
          const existing = await tx.query('SELECT id, reference FROM submissions WHERE journey_id = $1', [journeyId]);
          if (existing[0]) return { id: String(existing[0].id), reference: String(existing[0].reference), duplicate: true };
          return undefined;
        });
        if (result) return result;
      }
      throw new Error(
        `submit: ${REFERENCE_TRIES} new references in a row were already taken for journey '${journeyId}'; the submissions table may be damaged.`,
      );
    },
    async submissions(formId) {
      const rows = await db.query('SELECT * FROM submissions WHERE form_id = $1 ORDER BY created_at, reference', [formId]);
      return rows.map(toSubmission);
    },
    async getSubmission(id) {
      const rows = await db.query('SELECT * FROM submissions WHERE id = $1', [id]);
      return rows[0] ? toSubmission(rows[0]) : undefined;
    },
    async storeFile(bytes, meta) {
      const storageKey = randomUUID();
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      await db.query('INSERT INTO files (storage_key, sha256, size, type, name, bytes, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7::timestamptz)', [
        storageKey,
        sha256,
        bytes.byteLength,
        meta.type,
        meta.name,
        bytes,
        iso(now()),
      ]);
      return { storageKey, sha256, size: bytes.byteLength };
    },
    async readFile(storageKey) {
      const rows = await db.query('SELECT bytes FROM files WHERE storage_key = $1', [storageKey]);
      const bytes = rows[0]?.bytes;
      return bytes instanceof Uint8Array ? new Uint8Array(bytes) : undefined;
    },
    async writeOutbox(message) {
      await db.query('INSERT INTO outbox (id, "to", subject, body, locale, created_at) VALUES ($1, $2, $3, $4, $5, $6::timestamptz)', [
        randomUUID(),
        message.to,
        message.subject,
        message.body,
        message.locale,
        iso(now()),
      ]);
    },
    async outbox() {
      const rows = await db.query('SELECT * FROM outbox ORDER BY created_at DESC, id');
      return rows.map((row) => ({
        id: String(row.id),
        to: String(row.to),
        subject: String(row.subject),
        body: String(row.body),
        locale: asLocale(row.locale),
        createdAt: asDate(row.created_at),
      }));
    },
    async formIds() {
      const rows = await db.query('SELECT DISTINCT form_id FROM submissions ORDER BY form_id');
      return rows.map((row) => String(row.form_id));
    },
    async saveDefinition(form) {
      await db.query(
        `INSERT INTO form_definitions (form_id, form_version, definition, saved_at) VALUES ($1, $2, $3::text::jsonb, $4::timestamptz)
         ON CONFLICT (form_id, form_version) DO UPDATE SET definition = EXCLUDED.definition, saved_at = EXCLUDED.saved_at`,
        [form.id, form.version, json(form), iso(now())],
      );
    },
    async definition(formId, version) {
      const rows =
        version === undefined
          ? await db.query('SELECT definition FROM form_definitions WHERE form_id = $1 ORDER BY form_version DESC LIMIT 1', [formId])
          : await db.query('SELECT definition FROM form_definitions WHERE form_id = $1 AND form_version = $2', [formId, version]);
      return rows[0]?.definition;
    },
    async close() {
      await db.close();
    },
  };
  try {
    await store.migrate();
  } catch (error) {
    await db.close().catch(() => {});
    throw error;
  }
  return store;
}

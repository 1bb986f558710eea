/**
 * One small query interface over PGlite and node-postgres, so the store's
 * SQL is written once: `$1` parameters, rows as plain objects, and
 * transactions that run on one connection.
 */
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

export type Row = Record<string, unknown>;

export interface Queryable {
  query<T extends Row = Row>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface Database extends Queryable {
  /** Runs `fn` in one transaction on one connection; rolls back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** 'pglite' or 'postgres', for messages and the bench. */
  readonly kind: 'pglite' | 'postgres';
  /** Where the data lives, with any password removed (safe to print). */
  readonly where: string;
}

/** A PostgreSQL URL with its password taken out, so errors and logs never show it. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(a DATABASE_URL that is not a valid URL)';
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}

/**
 * PGlite is one process's database: a second process opening the same
 * folder (an export while `serve` runs) can corrupt it. A lock file beside
 * the folder, holding the owner's pid, turns that into a clear error; one
 * left by a process that died is taken over.
 */
async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const lockPath = `${resolve(dataDir)}.lock`;
  await mkdir(dirname(lockPath), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lockPath, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => rm(lockPath, { force: true });
    } catch (error) {
      if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
      const owner = Number((await readFile(lockPath, 'utf8').catch(() => '')).trim());
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isRunning(owner)) {
        throw new Error(
          `The PGlite data folder ${resolve(dataDir)} is in use by process ${owner} (a cydran-forms serve, or another program with the store open). ` +
            'PGlite allows one process at a time: stop that process first, or use PostgreSQL (set DATABASE_URL) so several can share the database.',
          { cause: error },
        );
      }
      if (owner === process.pid) {
        throw new Error(`openStore: this process already has the PGlite data folder ${resolve(dataDir)} open; close that store first, or share it.`, {
          cause: error,
        });
      }
      await rm(lockPath, { force: true });
    }
  }
  throw new Error(`openStore: could not take the lock ${lockPath} for the PGlite data folder; remove it if no process is using the folder.`);
}

export async function openPGlite(dataDir: string): Promise<Database> {
  const memory = dataDir === 'memory://';
  const unlock = memory ? async () => {} : await lockDataDir(dataDir);
  let db: PGlite;
  try {
    db = await PGlite.create(memory ? undefined : dataDir);
  } catch (error) {
    await unlock();
    throw error;
  }
  return {
    kind: 'pglite',
    where: dataDir,
    async query<T extends Row>(sql: string, params: unknown[] = []) {
      return (await db.query<T>(sql, params)).rows;
    },
    async transaction<T>(fn: (tx: Queryable) => Promise<T>) {
      return db.transaction(async (tx) =>
        fn({
          async query<R extends Row>(sql: string, params: unknown[] = []) {
            return (await tx.query<R>(sql, params)).rows;
          },
        }),
      );
    },
    async close() {
      await db.close();
      await unlock();
    },
  };
}

export interface PostgresOptions {
  /** Every connection uses this schema first (tests give each run its own). */
  schema?: string;
  max?: number;
}

export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<Database> {
  const schema = options.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) {
    throw new Error(`openStore: schema "${schema}" must be lower-case letters, digits and _ (it goes into SQL as a name).`);
  }
  // search_path as a start-up option, so every pooled connection has it without an extra round trip.
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10, ...(schema ? { options: `-c search_path=${schema}` } : {}) });
  // An idle client's network error would otherwise crash the process.
  pool.on('error', (error) => console.error('[cydran forms] PostgreSQL connection error:', error.message));
  try {
    if (schema !== undefined) await pool.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    else await pool.query('SELECT 1');
  } catch (error) {
    await pool.end().catch(() => {});
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Cannot reach the PostgreSQL database at ${redactUrl(url)}: ${reason}. ` +
        'Check that the server is running and accepts connections on that host and port, and that the user, password and database name are right; ' +
        'or leave DATABASE_URL unset to use the embedded PGlite database.',
      { cause: error },
    );
  }
  return {
    kind: 'postgres',
    where: redactUrl(url),
    async query<T extends Row>(sql: string, params: unknown[] = []) {
      return (await pool.query<T>(sql, params)).rows;
    },
    async transaction<T>(fn: (tx: Queryable) => Promise<T>) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn({
          async query<R extends Row>(sql: string, params: unknown[] = []) {
            return (await client.query<R>(sql, params)).rows;
          },
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    async close() {
      await pool.end();
    },
  };
}

import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Database } from './db.js';

/** packages/forms/migrations, from src/storage/ and from dist/storage/ alike. */
export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));

const NAME = /^(\d{4})_[a-z0-9_-]+\.sql$/;
// Any constant both drivers agree on: two servers starting together take turns.
const LOCK_KEY = 7_406_119;

/**
 * Applies each migrations/NNNN_name.sql not yet recorded in
 * cydran_migrations, in order, each in its own transaction with its record,
 * so a failure leaves the database at the last whole migration.
 */
export async function migrate(db: Database, dir: string = MIGRATIONS_DIR): Promise<string[]> {
  const names = (await readdir(dir)).filter((name) => NAME.test(name)).sort();
  await db.query('CREATE TABLE IF NOT EXISTS cydran_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
  const applied: string[] = [];
  for (const name of names) {
    const sql = await readFile(`${dir}/${name}`, 'utf8');
    const ran = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
      const done = await tx.query('SELECT 1 FROM cydran_migrations WHERE name = $1', [name]);
      if (done.length > 0) return false;
      // Statements one at a time: a parameterised query takes one statement.
      for (const statement of splitStatements(sql)) await tx.query(statement);
      await tx.query('INSERT INTO cydran_migrations (name) VALUES ($1)', [name]);
      return true;
    });
    if (ran) applied.push(name);
  }
  return applied;
}

/** Splits on semicolons that end a line; migrations keep to that (no functions with bodies). */
export function splitStatements(sql: string): string[] {
  const withoutComments = sql
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('--'))
    .join('\n');
  return withoutComments
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

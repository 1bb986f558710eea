/**
 * @cydran/forms/storage: journeys, save-and-return links, submissions
 * (exactly once per journey), uploaded files and the development outbox, in
 * PGlite by default or PostgreSQL when DATABASE_URL is set — the same SQL
 * (migrations/) on both. See docs/storage.md.
 */
export type { Journey, PendingValues, Submission, FormStore, SqlFormStore, OpenStoreOptions, OutboxMessage } from './store.js';
export { openStore } from './store.js';
export type { Notifier, NotifierMessage } from './notifier.js';
export { developmentNotifier, outbox } from './notifier.js';
export { REFERENCE_ALPHABET, newReference } from './reference.js';
export { redactUrl, type Database, type Queryable, type Row } from './db.js';
export { MIGRATIONS_DIR, migrate } from './migrate.js';

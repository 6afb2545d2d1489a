import { PostgresStore } from './postgres-store.ts';
import { SqliteStore } from './sqlite-store.ts';
import type { Store } from './store.ts';

export type { Store, UnansweredQuestion } from './store.ts';
export { SqliteStore } from './sqlite-store.ts';
export { PostgresStore, StoreOpenError, type PostgresStoreOptions } from './postgres-store.ts';
export { MIGRATIONS } from './migrations.ts';
export { POSTGRES_MIGRATIONS } from './postgres-migrations.ts';

/**
 * The store the configuration asks for: PostgreSQL when a database URL is given (several
 * instances share it), the embedded SQLite file otherwise. Migrations are applied before it resolves.
 */
export async function openStore(where: { databaseUrl?: string; sqliteFile: string }): Promise<Store> {
  return where.databaseUrl ? PostgresStore.open(where.databaseUrl) : new SqliteStore(where.sqliteFile);
}

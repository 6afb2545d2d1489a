import pg from 'pg';
import { describe, expect, inject, test } from 'vitest';
import { POSTGRES_MIGRATIONS, PostgresStore } from '../../src/store/index.ts';
import { createDatabase } from '../support/postgres.ts';
import { storeContract } from './contract.ts';

const admin = inject('postgresUrl');

describe.skipIf(!admin)('PostgreSQL (a real temporary server)', () => {
  // A new database for each test: the migrations run from scratch every time.
  storeContract('PostgreSQL', async () => PostgresStore.open(await createDatabase(admin)));

  test('GIVEN five instances starting at once on an empty database THEN the migrations run once and all of them work', async () => {
    const url = await createDatabase(admin);
    const stores = await Promise.all(Array.from({ length: 5 }, () => PostgresStore.open(url, { maxConnections: 2 })));
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query('SELECT version FROM schema_migrations ORDER BY version');
    expect(rows.map((r) => r.version)).toEqual(POSTGRES_MIGRATIONS.map((_, i) => i + 1));
    await client.end();
    for (const store of stores) expect(await store.integrityCheck()).toBe('ok');
    await Promise.all(stores.map((s) => s.close()));
  });

  test('GIVEN a database migrated by a newer version THEN the start stops and says so', async () => {
    const url = await createDatabase(admin);
    await (await PostgresStore.open(url)).close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [POSTGRES_MIGRATIONS.length + 1]);
    await client.end();
    await expect(PostgresStore.open(url)).rejects.toThrow(/plus récente que ce programme/);
  });

  test('GIVEN a wrong password THEN opening fails (nothing is silently created elsewhere)', async () => {
    const url = new URL(await createDatabase(admin));
    url.password = 'faux';
    await expect(PostgresStore.open(url.toString())).rejects.toThrow(/password/);
  });
});

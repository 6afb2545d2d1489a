import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { MIGRATIONS, POSTGRES_MIGRATIONS, SqliteStore } from '../../src/store/index.ts';
import { storeContract } from './contract.ts';

storeContract('SQLite', async () => new SqliteStore(':memory:'));

describe('SQLite migrations', () => {
  test('GIVEN the two engines THEN they have the same migrations, by number', () => {
    expect(MIGRATIONS.length).toBe(POSTGRES_MIGRATIONS.length);
  });

  test('GIVEN a store opened twice on one file THEN the second opening migrates nothing and keeps the data', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'migr-')), 'data.sqlite');
    const first = new SqliteStore(file);
    await first.audit({ at: '2026-11-03T11:00:00.000Z', actorId: 'u', actorRole: 'staff', action: 'export', requestId: null, details: 'x' });
    const second = new SqliteStore(file);
    expect(second.schemaVersion).toBe(MIGRATIONS.length);
    expect(await second.listAudit()).toHaveLength(1);
    await first.close();
    await second.close();
  });
});

import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { MIGRATIONS, SqliteStore } from '../../src/store/index.ts';

function open(file: string, startAt: number): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'migrate-opener.ts'), file, String(startAt)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

describe('migrations under the write lock', () => {
  test('GIVEN six processes opening a never-migrated database at once THEN all start, each migration applied once', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'migrate-')), 'data.sqlite');
    // Node and tsx take about a second to start: the openers all wait for the same instant.
    const startAt = Date.now() + 3000;
    const results = await Promise.all(Array.from({ length: 6 }, () => open(file, startAt)));
    for (const r of results) {
      expect(r.err).not.toMatch(/already exists/);
      expect(r.code, r.err).toBe(0);
      expect(r.out).toContain(`VERSION ${MIGRATIONS.length}`);
    }
    const store = new SqliteStore(file);
    expect(store.schemaVersion).toBe(MIGRATIONS.length);
    expect(await store.integrityCheck()).toBe('ok');
    await store.close();
  }, 60_000);
});

import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PostgresStore, SqliteStore, type Store } from '../../src/store/index.ts';
import { postgresBinaries, startTemporaryPostgres, type TemporaryPostgres } from '../support/postgres.ts';

const WRITERS = 3;
const KILL_AFTER_ACKS = 90;

/** Starts the writers on `target`, kills them all with SIGKILL once enough submissions were acknowledged. */
async function writeThenKill(target: string): Promise<Array<{ id: number; key: string; sha: string }>> {
  const acked: Array<{ id: number; key: string; sha: string }> = [];
  const children: ChildProcess[] = [];
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`only ${acked.length} acknowledgements in 60 s`)), 60_000);
    for (let w = 0; w < WRITERS; w += 1) {
      const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'crash-writer.ts'), target, String(w)], { stdio: ['ignore', 'pipe', 'pipe'] });
      children.push(child);
      let buffer = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const lines = buffer.split('\n');
        buffer = lines.pop() ?? '';
        for (const line of lines) {
          const [, id, key, sha] = line.split(' ');
          acked.push({ id: Number(id), key: key!, sha: sha! });
        }
        if (acked.length >= KILL_AFTER_ACKS) {
          clearTimeout(timer);
          for (const c of children) c.kill('SIGKILL');
          resolve();
        }
      });
      child.stderr!.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    }
  });
  await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null || c.signalCode !== null ? r(null) : c.on('exit', r)))));
  expect(children.every((c) => c.signalCode === 'SIGKILL')).toBe(true);
  return acked;
}

async function expectAllThere(store: Store, acked: Array<{ id: number; key: string; sha: string }>) {
  expect(await store.integrityCheck()).toBe('ok');
  for (const { id, key, sha } of acked) {
    const request = await store.getRequest(id);
    expect(request?.idempotencyKey).toBe(key);
    const doc = await store.getDocument(id);
    expect(doc?.sha256).toBe(sha);
    expect(createHash('sha256').update(doc!.bytes!).digest('hex')).toBe(sha);
  }
  // Whatever was written but not yet acknowledged is whole too: every request has its document.
  const all = await store.listRequests({});
  expect(all.length).toBeGreaterThanOrEqual(acked.length);
  expect(all.every((r) => r.hasDocument)).toBe(true);
}

describe('durability', () => {
  test('SQLite: GIVEN writers killed with SIGKILL mid-way THEN every acknowledged submission is there, intact, and the database is sound', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'crash-')), 'data.sqlite');
    // Create the schema first, so that the writers do not race on the migration.
    await new SqliteStore(file).close();
    const acked = await writeThenKill(file);
    const store = new SqliteStore(file);
    await expectAllThere(store, acked);
    await store.close();
  }, 90_000);

  const bin = postgresBinaries();
  test.skipIf(!bin)('PostgreSQL: GIVEN writers killed with SIGKILL mid-way, then the server itself stopped without a checkpoint THEN every acknowledged submission is there, intact', async () => {
    // Its own server: this test crashes it, which the other files' server must not suffer.
    const server: TemporaryPostgres = await startTemporaryPostgres(bin!);
    try {
      const url = await server.createDatabase('crash');
      // The writers start together on an empty database: the advisory lock orders their migrations.
      const acked = await writeThenKill(url);
      server.crashAndRestart();
      const store = await PostgresStore.open(url);
      await expectAllThere(store, acked);
      await store.close();
    } finally {
      server.stop();
    }
  }, 120_000);
});

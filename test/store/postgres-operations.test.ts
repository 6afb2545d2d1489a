/**
 * What the README tells an administrator to do, done on the real server: a role and a database
 * without superuser rights, TLS with certificate verification, backup and restore.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { describe, expect, inject, test } from 'vitest';
import type { AuditEntry } from '../../src/requests/index.ts';
import { PostgresStore } from '../../src/store/index.ts';
import { createDatabase, postgresBinaries } from '../support/postgres.ts';
import { newDocument, newRequest, snapshot } from './contract.ts';

const admin = inject('postgresUrl');
const ca = inject('postgresCa');
const audit: AuditEntry = { at: '2026-11-03T11:00:00.000Z', actorId: 'u:x', actorRole: 'staff', action: 'submit', requestId: null, details: 'x' };

async function asSuperuser(database: string, statements: string[]) {
  const url = new URL(admin);
  url.pathname = `/${database}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    for (const sql of statements) await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The README's step 1: a login role owning its database, amcheck granted to it. */
async function roleAndDatabase(name: string): Promise<URL> {
  await asSuperuser('postgres', [`CREATE ROLE ${name} LOGIN PASSWORD 'un-mot-de-passe-long'`, `CREATE DATABASE ${name} OWNER ${name} ENCODING 'UTF8'`]);
  await asSuperuser(name, ['CREATE EXTENSION IF NOT EXISTS amcheck', `GRANT EXECUTE ON FUNCTION bt_index_check(regclass, boolean) TO ${name}`]);
  const url = new URL(admin);
  url.username = name;
  url.password = 'un-mot-de-passe-long';
  url.pathname = `/${name}`;
  return url;
}

describe.skipIf(!admin)('PostgreSQL as the README sets it up', () => {
  test('GIVEN the role and database of the README THEN the assistant migrates and works as that role, amcheck checking its indexes', async () => {
    const url = await roleAndDatabase(`assistant_${process.pid}`);
    const store = await PostgresStore.open(url.toString());
    await store.submit({ request: newRequest(), contentHash: 'c', document: newDocument(), audit, notifications: [] });
    expect(await store.integrityCheck()).toBe('ok');
    await store.close();
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    const { rows } = await client.query(`SELECT rolsuper, has_function_privilege('bt_index_check(regclass, boolean)', 'EXECUTE') AS amcheck FROM pg_roles WHERE rolname = current_user`);
    expect(rows[0]).toEqual({ rolsuper: false, amcheck: true });
    await client.end();
  });

  test.skipIf(!ca)('GIVEN sslmode=verify-full and the authority THEN the connection is encrypted; without the authority THEN refused', async () => {
    const url = await roleAndDatabase(`tls_${process.pid}`);
    url.hostname = 'localhost';
    url.search = `?sslmode=verify-full&sslrootcert=${encodeURIComponent(ca)}`;
    const store = await PostgresStore.open(url.toString());
    expect(await store.integrityCheck()).toBe('ok');
    await store.close();
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    expect((await client.query('SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()')).rows[0]).toEqual({ ssl: true });
    await client.end();
    url.search = '?sslmode=verify-full';
    await expect(PostgresStore.open(url.toString())).rejects.toThrow(/certificate/);
  });

  test('GIVEN a store in use THEN pg_dump, then pg_restore into a new database, give it back whole', async () => {
    const bin = dirname(realpathSync(join(postgresBinaries()!, 'pg_ctl')));
    const source = await createDatabase(admin);
    const store = await PostgresStore.open(source);
    for (let i = 0; i < 3; i += 1) await store.submit({ request: newRequest(), contentHash: `c${i}`, document: newDocument(`doc ${i}`), audit, notifications: [{ requestId: null, recipient: 'function:direction', kind: 'new-request', message: `n°${i}`, createdAt: audit.at }] });
    const before = await snapshot(store);
    await store.close();
    const file = join(mkdtempSync(join(tmpdir(), 'dump-')), 'assistant.dump');
    execFileSync(join(bin, 'pg_dump'), ['--format=custom', `--file=${file}`, source]);
    const target = await createDatabase(admin);
    execFileSync(join(bin, 'pg_restore'), ['--no-owner', `--dbname=${target}`, file]);
    const restored = await PostgresStore.open(target);
    expect(await snapshot(restored)).toEqual(before);
    // Numbering goes on after the restored requests.
    const next = await restored.submit({ request: newRequest(), contentHash: 'next', audit, notifications: [] });
    expect(next.request.id).toBe(Math.max(...before.requests.map((r) => r.id)) + 1);
    await restored.close();
  });

  test('GIVEN a wrong password in DATABASE_URL THEN npm start stops with one French line saying what to check, no stack trace', async () => {
    const url = new URL(await createDatabase(admin));
    url.password = 'faux';
    const root = join(import.meta.dirname, '..', '..');
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src', 'main.ts')], { cwd: root, encoding: 'utf8', env: { PATH: process.env.PATH, DATABASE_URL: url.toString(), DATA_DIR: mkdtempSync(join(tmpdir(), 'bad-')) }, input: '' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^PostgreSQL : connexion ou migration impossible \(.*password.*\)\. Vérifiez DATABASE_URL/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }, 30_000);
});

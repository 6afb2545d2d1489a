import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import type { AuditEntry } from '../../src/requests/index.ts';
import type { IsoDate } from '../../src/rules/index.ts';
import { PostgresStore, SqliteStore } from '../../src/store/index.ts';
import { createDatabase } from '../support/postgres.ts';
import { newDocument, newRequest, snapshot } from './contract.ts';

const admin = inject('postgresUrl');
const ROOT = join(import.meta.dirname, '..', '..');
const copy = (...args: string[]) => spawnSync('npm', ['run', '-s', 'store:copy', '--', ...args], { cwd: ROOT, encoding: 'utf8' });
const audit = (action: AuditEntry['action'], requestId: number | null = null): AuditEntry => ({ at: '2026-11-03T11:00:00.000Z', actorId: 'u:x', actorRole: 'staff', action, requestId, details: action });

describe.skipIf(!admin)('npm run store:copy (SQLite → PostgreSQL)', () => {
  test('GIVEN a SQLite store in use THEN the PostgreSQL copy shows the same requests, documents, decisions, audit and outbox, and numbering goes on after them', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'copy-')), 'assistant.sqlite');
    const sqlite = new SqliteStore(file);
    const sick = (await sqlite.submit({ request: newRequest({ type: 'sick-leave', status: 'received', late: true }), contentHash: 'c1', document: newDocument('un'), audit: audit('submit'), notifications: [{ requestId: null, recipient: 'function:responsable-alternance', kind: 'new-request', message: 'Arrêt', createdAt: '2026-11-03T11:00:00.000Z' }] })).request;
    await sqlite.acknowledge({ id: sick.id, acks: [{ staffFunction: 'responsable-alternance', userId: 'slack:URESP', at: '2026-11-04T09:00:00.000Z' }], required: ['responsable-alternance', 'secretariat-marseille'], audit: audit('acknowledge', sick.id), whenComplete: [] });
    await sqlite.remind({ requestId: sick.id, kind: 'after-1-day', at: '2026-11-05T08:00:00.000Z', audit: audit('remind', sick.id), notifications: [{ requestId: null, recipient: 'function:secretariat-marseille', kind: 'reminder', message: 'Rappel', createdAt: '2026-11-05T08:00:00.000Z' }] });
    const absence = (await sqlite.submit({ request: newRequest(), contentHash: 'c2', audit: audit('submit'), notifications: [] })).request;
    await sqlite.decide({ id: absence.id, status: 'rejected', by: 'slack:UDIR', reason: 'examen', at: '2026-11-04T10:00:00.000Z', audit: audit('decide', absence.id), notifications: [{ requestId: null, recipient: 'user:slack:UTUT', kind: 'decision', message: 'refusée', createdAt: '2026-11-04T10:00:00.000Z' }] });
    await sqlite.submit({ request: newRequest({ retentionUntil: '2026-08-31' as IsoDate }), contentHash: 'c3', document: newDocument('ancien'), audit: audit('submit'), notifications: [] });
    await sqlite.purge({ today: '2026-11-24' as IsoDate, at: '2026-11-24T01:00:00.000Z', audit: audit('purge') });
    // The outbox in every state: sent, failed and waiting, claimed; and door state and a lease.
    const [sent, failed] = await sqlite.claimNotifications({ now: '2026-11-24T10:00:00.000Z', leaseUntil: '2026-11-24T10:05:00.000Z', limit: 2 });
    await sqlite.markNotificationSent({ id: sent!.id, channel: 'slack', at: '2026-11-24T10:00:01.000Z' });
    await sqlite.markNotificationFailed({ id: failed!.id, error: 'slack : ratelimited', retryAt: '2026-11-24T10:01:00.000Z' });
    await sqlite.putState({ scope: 'form', key: 'U1', value: '{"step":1}', expiresAt: '2026-11-24T12:00:00.000Z', now: '2026-11-24T10:00:00.000Z' });
    await sqlite.acquireLease({ name: 'reminders', holder: 'a', now: '2026-11-24T10:00:00.000Z', until: '2026-11-24T10:05:00.000Z' });
    const before = await snapshot(sqlite);
    await sqlite.close();

    const url = await createDatabase(admin);
    const run = copy('--from', file, '--to', url);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Copie terminée[\s\S]*requests : 3[\s\S]*documents : 1/);

    const postgres = await PostgresStore.open(url);
    expect(await snapshot(postgres)).toEqual(before);
    expect(await postgres.acquireLease({ name: 'reminders', holder: 'b', now: '2026-11-24T10:01:00.000Z', until: '2026-11-24T10:06:00.000Z' })).toBe(false);
    const next = await postgres.submit({ request: newRequest(), contentHash: 'c4', audit: audit('submit'), notifications: [{ requestId: null, recipient: 'function:direction', kind: 'new-request', message: 'x', createdAt: '2026-11-24T11:00:00.000Z' }] });
    expect(next.request.id).toBe(4);
    expect(await postgres.integrityCheck()).toBe('ok');
    await postgres.close();

    // A second copy would mix two stores: refused, nothing written.
    const again = copy('--from', file, '--to', url);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/vers une base vide/);
  }, 60_000);

  test('GIVEN a missing file or no target THEN it says what to give', () => {
    expect(copy('--from', '/nulle/part.sqlite', '--to', 'postgres://x@127.0.0.1:1/x').stderr).toMatch(/Fichier SQLite introuvable/);
    const usage = copy('--from', 'data/assistant.sqlite');
    expect(usage.status).toBe(1);
    expect(usage.stderr).toMatch(/Usage : npm run store:copy -- --from/);
  }, 30_000);
});

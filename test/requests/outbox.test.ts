import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createAssistant } from '../../src/core/index.ts';
import { RequestService, UndeliverableError, type Actor, type NotificationChannel, type OutboxNotification } from '../../src/requests/index.ts';
import { SqliteStore } from '../../src/store/index.ts';
import { realKnowledge } from '../support/knowledge.ts';
import { absenceValues, actors, at, requestRules, sickValues } from '../support/requests.ts';

let n = 0;
const key = () => `outbox:${(n += 1)}`;

/** A channel that records what it sent, and fails for the recipients it is told to. */
function recordingChannel(kind: string, reaches: (recipient: string) => boolean, fail: (n: OutboxNotification) => Error | undefined = () => undefined, delayMs = 0) {
  const sent: OutboxNotification[] = [];
  const tried: OutboxNotification[] = [];
  const channel: NotificationChannel = {
    kind,
    canDeliver: reaches,
    send: async (notification) => {
      tried.push(notification);
      if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
      const error = fail(notification);
      if (error) throw error;
      sent.push(notification);
    },
  };
  return { channel, sent, tried };
}

function setup(policy = { maxAttempts: 3, baseDelayMs: 60_000, leaseMs: 300_000, sendTimeoutMs: 5_000, batch: 50 }) {
  const store = new SqliteStore(':memory:');
  return { store, service: new RequestService(store, requestRules(), { outboxPolicy: policy }) };
}

const isFunction = (r: string) => r.startsWith('function:');
const plus = (date: Date, ms: number) => new Date(date.getTime() + ms);

describe('notifications outbox', () => {
  test('GIVEN one staff function whose messages fail THEN the other one still receives its notification, and the failure stays on that row with a backoff', async () => {
    const { store, service } = setup();
    const now = at('2026-11-03');
    const chat = recordingChannel('chat', isFunction, (x) => (x.recipient === 'function:responsable-alternance' ? new Error('messages privés fermés') : undefined));
    service.outbox.register(chat.channel);
    const outcome = await service.submit({ formId: 'arret-maladie', values: sickValues(), actor: actors.hr, now, idempotencyKey: key() });
    expect(outcome.status).toBe('stored');
    const rows = await store.listNotifications();
    const failed = rows.find((r) => r.recipient === 'function:responsable-alternance')!;
    const other = rows.find((r) => r.recipient.startsWith('function:secretariat'))!;
    expect(other).toMatchObject({ status: 'sent', channel: 'chat', attempts: 1 });
    expect(failed).toMatchObject({ status: 'pending', attempts: 1, lastError: 'chat : messages privés fermés', nextAttemptAt: plus(now, 60_000).toISOString() });
    // Not retried before its backoff, retried after it, with the delay doubled.
    await service.deliverNotifications(plus(now, 30_000));
    expect(chat.tried.filter((x) => x.id === failed.id)).toHaveLength(1);
    await service.deliverNotifications(plus(now, 61_000));
    expect(chat.tried.filter((x) => x.id === failed.id)).toHaveLength(2);
    expect((await store.listNotifications({ status: 'pending' })).find((x) => x.id === failed.id)).toMatchObject({ attempts: 2, nextAttemptAt: plus(now, 61_000 + 120_000).toISOString() });
    // The one that was sent is never sent again.
    expect(chat.sent.filter((x) => x.id === other.id)).toHaveLength(1);
  });

  test('GIVEN a chat channel that keeps failing THEN after the last attempt the e-mail fallback delivers it', async () => {
    const { store, service } = setup({ maxAttempts: 2, baseDelayMs: 1000, leaseMs: 300_000, sendTimeoutMs: 5_000, batch: 50 });
    const now = at('2026-11-03');
    const chat = recordingChannel('chat', isFunction, () => new Error('service indisponible'));
    const email = recordingChannel('email', (r) => r === 'function:responsable-alternance' || r.startsWith('email:'));
    service.outbox.register(chat.channel);
    service.outbox.register(email.channel);
    await service.submit({ formId: 'arret-maladie', values: sickValues(), actor: actors.hr, now, idempotencyKey: key() });
    await service.deliverNotifications(plus(now, 2_000));
    const rows = await store.listNotifications();
    expect(rows.find((r) => r.recipient === 'function:responsable-alternance')).toMatchObject({ status: 'sent', channel: 'email', attempts: 2 });
    // No fallback for the secretariat here: given up, with both attempts' error kept.
    expect(rows.find((r) => r.recipient.startsWith('function:secretariat'))).toMatchObject({ status: 'undeliverable', attempts: 2, lastError: 'chat : service indisponible' });
  });

  test('GIVEN closed DMs (a permanent error) THEN the fallback is tried at once, not after the backoff', async () => {
    const { store, service } = setup();
    const chat = recordingChannel('chat', isFunction, () => new UndeliverableError('messages privés fermés (50007)'));
    const email = recordingChannel('email', isFunction);
    service.outbox.register(chat.channel);
    service.outbox.register(email.channel);
    await service.submit({ formId: 'absence', values: absenceValues(), actor: actors.tutor, now: at('2026-11-16'), idempotencyKey: key() });
    expect((await store.listNotifications({ recipients: ['function:direction'] }))[0]).toMatchObject({ status: 'sent', channel: 'email', attempts: 1 });
  });

  test('GIVEN an undeliverable notification THEN the staff handling the request see it in /demandes notifications, and others do not', async () => {
    const { service } = setup({ maxAttempts: 1, baseDelayMs: 1000, leaseMs: 300_000, sendTimeoutMs: 5_000, batch: 50 });
    service.outbox.register(recordingChannel('chat', isFunction, () => new Error('jeton révoqué')).channel);
    const now = at('2026-11-16');
    await service.submit({ formId: 'absence', values: absenceValues(), actor: actors.tutor, now, idempotencyKey: key() });
    const assistant = createAssistant(realKnowledge(), { requests: service });
    const ask = (who: Actor) => assistant.handle({ command: { name: 'demandes', args: 'notifications' }, user: { id: who.id, role: who.role, staffFunctions: who.staffFunctions }, channel: { kind: 'dm' }, now });
    const direction = await ask(actors.direction);
    expect(direction.blocks.join('\n')).toContain('Non délivrées (1)');
    expect(direction.blocks.join('\n')).toContain('jeton révoqué');
    expect(direction.data.undeliverable).toEqual([expect.objectContaining({ recipient: 'function:direction', attempts: 1 })]);
    expect((await ask(actors.secAix)).blocks.join('\n')).not.toContain('Non délivrées');
  });

  test('GIVEN 3 simultaneous submissions and deliveries racing THEN each recipient gets each notification exactly once', async () => {
    const { store, service } = setup();
    const chat = recordingChannel('chat', isFunction, () => undefined, 15);
    service.outbox.register(chat.channel);
    const now = at('2026-11-16');
    await Promise.all([
      ...[1, 2, 3].map((i) => service.submit({ formId: 'absence', values: absenceValues({ alternant: `Étudiant ${i}` }), actor: actors.tutor, now, idempotencyKey: key() })),
      service.deliverNotifications(now),
      service.deliverNotifications(now),
      service.deliverNotifications(now),
    ]);
    await Promise.all([service.deliverNotifications(now), service.deliverNotifications(now)]);
    const rows = (await store.listNotifications()).filter((r) => isFunction(r.recipient));
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.status === 'sent')).toBe(true);
    const perRow = rows.map((r) => chat.sent.filter((s) => s.id === r.id).length);
    expect(perRow).toEqual([1, 1, 1]);
  });

  test('GIVEN two processes submitting and delivering on one SQLite file THEN every notification is sent exactly once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'outbox-'));
    const file = join(dir, 'data.sqlite');
    await new SqliteStore(file).close();
    const logs = [0, 1].map((i) => join(dir, `sent-${i}.log`));
    for (const log of logs) writeFileSync(log, '');
    const worker = join(import.meta.dirname, 'outbox-worker.ts');
    const children = logs.map((log, i) => {
      const child = spawn(process.execPath, ['--import', 'tsx', worker, file, log, String(i)], { stdio: ['pipe', 'pipe', 'pipe'] });
      let stderr = '';
      // A stuck worker must not outlive the test.
      const timer = setTimeout(() => child.kill('SIGKILL'), 45_000);
      child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
      const ready = new Promise<void>((resolve) => child.stdout!.once('data', () => resolve()));
      const exited = new Promise<void>((resolve, reject) => child.on('exit', (code) => (clearTimeout(timer), code === 0 ? resolve() : reject(new Error(`worker ${i} exited ${code}: ${stderr}`)))));
      return { child, ready, exited };
    });
    await Promise.all(children.map((c) => c.ready));
    for (const c of children) c.child.stdin!.end('go\n');
    await Promise.all(children.map((c) => c.exited));
    const sends = logs.flatMap((log) => readFileSync(log, 'utf8').split('\n').filter(Boolean));
    const store = new SqliteStore(file);
    const rows = await store.listNotifications();
    await store.close();
    const counts = new Map<string, number>();
    for (const id of sends) counts.set(id, (counts.get(id) ?? 0) + 1);
    // 2 workers × 6 absences, each to the direction (the student's e-mail has no channel here).
    expect(rows.filter((r) => isFunction(r.recipient))).toHaveLength(12);
    expect(rows.filter((r) => isFunction(r.recipient)).map((r) => r.status)).toEqual(Array(12).fill('sent'));
    expect([...counts.entries()].filter(([, c]) => c !== 1)).toEqual([]);
    expect(counts.size).toBe(12);
    // Both processes did send some: the claims were really shared.
    expect(logs.map((log) => readFileSync(log, 'utf8').length > 0)).toEqual([true, true]);
  }, 60_000);

  test('GIVEN no channel reaches the alternant and the tutor THEN the decision reply names only who was really told', async () => {
    const { service } = setup();
    const chat = recordingChannel('chat', (r) => isFunction(r) || r.startsWith('user:'));
    service.outbox.register(chat.channel);
    const now = at('2026-11-16');
    const outcome = await service.submit({ formId: 'absence', values: absenceValues(), actor: actors.tutor, now, idempotencyKey: key() });
    const id = outcome.status === 'stored' ? outcome.request.id : -1;
    const decided = await service.decide({ actor: actors.direction, id, decision: 'approve', now });
    expect(decided.status).toBe('done');
    expect(decided.message).toContain('Prévenu(e)s : la personne qui a déposé la demande.');
    expect(decided.message).not.toContain("l'alternant(e)");
    expect(decided.message).not.toContain('le tuteur');
  });

  test('GIVEN a platform slow to answer THEN the reply does not wait for it, and the message is still sent once', async () => {
    const store = new SqliteStore(':memory:');
    const service = new RequestService(store, requestRules(), { notifyWaitMs: 20 });
    const chat = recordingChannel('chat', isFunction, () => undefined, 300);
    service.outbox.register(chat.channel);
    const started = Date.now();
    const outcome = await service.submit({ formId: 'absence', values: absenceValues(), actor: actors.tutor, now: at('2026-11-16'), idempotencyKey: key() });
    expect(Date.now() - started).toBeLessThan(250);
    expect(outcome).toMatchObject({ status: 'stored', told: [], willBeTold: ['Direction de la MIAGE'] });
    await new Promise((r) => setTimeout(r, 400));
    expect(chat.sent).toHaveLength(1);
    expect((await store.listNotifications({ recipients: ['function:direction'] }))[0]).toMatchObject({ status: 'sent' });
  });

  test('GIVEN a channel that is slow to answer THEN the recipient « sera prévenu(e) », never « prévenu(e) »', async () => {
    const { service } = setup({ maxAttempts: 3, baseDelayMs: 60_000, leaseMs: 300_000, sendTimeoutMs: 50, batch: 50 });
    service.outbox.register(recordingChannel('chat', isFunction, () => undefined, 200).channel);
    const outcome = await service.submit({ formId: 'absence', values: absenceValues(), actor: actors.tutor, now: at('2026-11-16'), idempotencyKey: key() });
    expect(outcome).toMatchObject({ status: 'stored', told: [], willBeTold: ['Direction de la MIAGE'] });
  });
});

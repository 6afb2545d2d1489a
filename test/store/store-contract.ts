/**
 * What every Store implementation must do for the outbox, leases, door state, submissions and
 * acknowledgements (issue 12), written against the port only: `describeStoreContract('PostgreSQL',
 * () => new PgStore(…))` runs the same cases on another implementation.
 */
import { describe, expect, test } from 'vitest';
import type { AuditEntry, NewRequest, Notification, StaffFunction } from '../../src/requests/index.ts';
import type { Store } from '../../src/store/index.ts';

const T0 = '2026-11-24T10:00:00.000Z';
const at = (ms: number) => new Date(Date.parse(T0) + ms).toISOString();
const audit = (action: AuditEntry['action'] = 'submit'): AuditEntry => ({ at: T0, actorId: 'u:hr', actorRole: 'hr', action, requestId: null, details: '' });

function newRequest(key: string, overrides: Partial<NewRequest> = {}): NewRequest {
  return {
    idempotencyKey: key,
    type: 'sick-leave',
    status: 'received',
    submitterId: 'u:hr',
    submitterRole: 'hr',
    studentName: 'Jeanne Martin',
    studentEmail: 'jeanne@etu.fr',
    tutorEmail: null,
    formation: 'm2',
    site: 'marseille',
    firstDay: '2026-11-02' as NewRequest['firstDay'],
    lastDay: '2026-11-06' as NewRequest['lastDay'],
    establishedOn: '2026-11-02' as NewRequest['firstDay'],
    detail: 'initial',
    reason: null,
    note: null,
    deadline: '2026-11-14' as NewRequest['firstDay'],
    late: false,
    submittedAt: T0,
    retentionUntil: '2028-08-31' as NewRequest['firstDay'],
    ...overrides,
  };
}

const notification = (recipient: string, kind: Notification['kind'] = 'new-request'): Notification => ({ requestId: null, recipient, kind, message: `pour ${recipient}`, createdAt: T0 });

export function describeStoreContract(name: string, open: () => Promise<Store> | Store): void {
  describe(`${name} store contract (issue 12)`, () => {
    test('GIVEN a key and a content hash THEN created once; same key and content: duplicate; same content, other key: duplicate; same key, other content: conflict', async () => {
      const store = await open();
      const unit = (key: string, hash: string, name = 'Jeanne Martin') => ({ request: newRequest(key, { studentName: name }), contentHash: hash, audit: audit(), notifications: [] });
      const first = await store.submit(unit('k1', 'h1'));
      expect(first.status).toBe('created');
      expect(await store.submit(unit('k1', 'h1'))).toMatchObject({ status: 'duplicate', request: { id: first.request.id } });
      expect(await store.submit(unit('k2', 'h1'))).toMatchObject({ status: 'duplicate', request: { id: first.request.id } });
      expect(await store.submit(unit('k1', 'h2', 'Jeanne Martin-Dupont'))).toMatchObject({ status: 'conflict', request: { id: first.request.id, studentName: 'Jeanne Martin' } });
      expect(await store.listRequests({})).toHaveLength(1);
      await store.close();
    });

    test('GIVEN due notifications THEN a claim takes each once until its lease ends; sent ones are never claimed again; failures wait for their retry time', async () => {
      const store = await open();
      await store.submit({ request: newRequest('k'), contentHash: 'h', audit: audit(), notifications: [notification('function:a'), notification('function:b'), notification('function:c')] });
      const claimed = await store.claimNotifications({ now: T0, leaseUntil: at(60_000), limit: 2 });
      expect(claimed.map((n) => [n.recipient, n.attempts, n.status])).toEqual([
        ['function:a', 1, 'pending'],
        ['function:b', 1, 'pending'],
      ]);
      // Leased rows are invisible to others until the lease ends.
      expect((await store.claimNotifications({ now: at(1000), leaseUntil: at(61_000), limit: 10 })).map((n) => n.recipient)).toEqual(['function:c']);
      await store.markNotificationSent({ id: claimed[0]!.id, channel: 'chat', at: at(2000) });
      await store.markNotificationFailed({ id: claimed[1]!.id, error: 'chat : 503', retryAt: at(120_000) });
      // c's lease ended without a mark (a crashed sender): claimed again, as a new attempt.
      expect(await store.claimNotifications({ now: at(100_000), leaseUntil: at(160_000), limit: 10 })).toMatchObject([{ recipient: 'function:c', attempts: 2 }]);
      expect(await store.claimNotifications({ now: at(150_000), leaseUntil: at(210_000), limit: 10 })).toMatchObject([{ recipient: 'function:b', attempts: 2, lastError: 'chat : 503' }]);
      const all = await store.listNotifications();
      expect(all.find((n) => n.recipient === 'function:a')).toMatchObject({ status: 'sent', channel: 'chat', sentAt: at(2000) });
      await store.markNotificationFailed({ id: claimed[1]!.id, error: 'abandon', retryAt: null });
      expect(await store.listNotifications({ status: 'undeliverable' })).toMatchObject([{ recipient: 'function:b', lastError: 'abandon' }]);
      // An attempt given back (no channel could try) does not count.
      const c = all.find((n) => n.recipient === 'function:c')!;
      await store.markNotificationFailed({ id: c.id, error: 'aucun canal', retryAt: at(0), countAttempt: false });
      expect((await store.listNotifications({ recipients: ['function:c'] }))[0]).toMatchObject({ attempts: 1, status: 'pending', lastError: 'aucun canal' });
      await store.close();
    });

    test('GIVEN a claim limited to one request THEN only its notifications are claimed', async () => {
      const store = await open();
      const a = await store.submit({ request: newRequest('ka'), contentHash: 'ha', audit: audit(), notifications: [notification('function:a')] });
      await store.submit({ request: newRequest('kb'), contentHash: 'hb', audit: audit(), notifications: [notification('function:b')] });
      expect((await store.claimNotifications({ now: T0, leaseUntil: at(60_000), limit: 10, requestId: a.request.id })).map((n) => n.recipient)).toEqual(['function:a']);
      await store.close();
    });

    test('GIVEN two staff functions acknowledging THEN the call that completes the note says so and stores its notifications, once', async () => {
      const store = await open();
      const { request } = await store.submit({ request: newRequest('k'), contentHash: 'h', audit: audit(), notifications: [] });
      const unit = (fn: 'responsable-alternance' | 'secretariat-marseille') => ({
        id: request.id,
        acks: [{ staffFunction: fn, userId: `u:${fn}`, at: T0 }],
        required: ['responsable-alternance', 'secretariat-marseille'] satisfies StaffFunction[],
        audit: audit('acknowledge'),
        whenComplete: [notification('user:u:hr', 'acknowledged')],
      });
      expect(await store.acknowledge(unit('responsable-alternance'))).toEqual({ recorded: ['responsable-alternance'], completed: false, purged: false });
      expect(await store.acknowledge(unit('responsable-alternance'))).toEqual({ recorded: [], completed: false, purged: false });
      expect(await store.acknowledge(unit('secretariat-marseille'))).toEqual({ recorded: ['secretariat-marseille'], completed: true, purged: false });
      expect((await store.getRequest(request.id))?.status).toBe('acknowledged');
      expect((await store.listNotifications({ requestId: request.id })).map((n) => n.kind)).toEqual(['acknowledged']);
      await store.close();
    });

    test('GIVEN a lease THEN its holder may renew it, others get it only once it expired', async () => {
      const store = await open();
      expect(await store.acquireLease({ name: 'purge', holder: 'p1', now: T0, until: at(60_000) })).toBe(true);
      expect(await store.acquireLease({ name: 'purge', holder: 'p2', now: at(1000), until: at(61_000) })).toBe(false);
      expect(await store.acquireLease({ name: 'purge', holder: 'p1', now: at(2000), until: at(120_000) })).toBe(true);
      expect(await store.acquireLease({ name: 'purge', holder: 'p2', now: at(90_000), until: at(150_000) })).toBe(false);
      expect(await store.acquireLease({ name: 'purge', holder: 'p2', now: at(120_000), until: at(180_000) })).toBe(true);
      await store.close();
    });

    test('GIVEN door state THEN it is read back until it expires, replaced by a put, removed by a delete; claimOnce is true once per live key', async () => {
      const store = await open();
      await store.putState({ scope: 's', key: 'k', value: 'v1', expiresAt: at(60_000), now: T0 });
      await store.putState({ scope: 's', key: 'k', value: 'v2', expiresAt: at(60_000), now: T0 });
      expect(await store.getState({ scope: 's', key: 'k', now: at(59_000) })).toBe('v2');
      expect(await store.getState({ scope: 's', key: 'k', now: at(60_000) })).toBeUndefined();
      await store.deleteState({ scope: 's', key: 'k' });
      expect(await store.getState({ scope: 's', key: 'k', now: T0 })).toBeUndefined();
      expect(await store.claimOnce({ scope: 'e', key: 'Ev1', now: T0, expiresAt: at(60_000) })).toBe(true);
      expect(await store.claimOnce({ scope: 'e', key: 'Ev1', now: at(1000), expiresAt: at(61_000) })).toBe(false);
      expect(await store.claimOnce({ scope: 'e', key: 'Ev1', now: at(60_000), expiresAt: at(120_000) })).toBe(true);
      await store.close();
    });

    test('GIVEN a purged request THEN its key and content are free again, its document gone, and a decision or acknowledgement changes nothing', async () => {
      const store = await open();
      const { request } = await store.submit({ request: newRequest('k'), contentHash: 'h', document: { sha256: 'a'.repeat(64), mime: 'application/pdf', size: 4, filename: 'arret.pdf', bytes: Buffer.from('%PDF') }, audit: audit(), notifications: [notification('email:jeanne@etu.fr')] });
      expect(await store.purge({ today: '2028-09-01' as NewRequest['firstDay'], at: '2028-09-01T10:00:00.000Z', audit: audit('purge') })).toBe(1);
      expect(await store.getDocument(request.id)).toBeUndefined();
      expect(await store.getRequest(request.id)).toMatchObject({ studentName: null, studentEmail: null, submitterId: '(supprimé)', firstDay: '2026-11-01', purgedAt: '2028-09-01T10:00:00.000Z' });
      expect((await store.listNotifications({ requestId: request.id })).map((n) => n.recipient)).toEqual(['(supprimé)']);
      expect(await store.acknowledge({ id: request.id, acks: [{ staffFunction: 'responsable-alternance', userId: 'u', at: T0 }], required: ['responsable-alternance'], audit: audit('acknowledge'), whenComplete: [] })).toEqual({ recorded: [], completed: false, purged: true });
      expect(await store.submit({ request: newRequest('k'), contentHash: 'h', audit: audit(), notifications: [] })).toMatchObject({ status: 'created' });
      await store.close();
    });
  });
}

/**
 * The Store contract, written once and run against every implementation (sqlite.contract.test.ts,
 * postgres.contract.test.ts): what the workflow relies on, including under concurrency. The
 * issue-12 cases written against the port (store-contract.ts) are part of it.
 */
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { AuditEntry, NewDocument, NewRequest, Notification } from '../../src/requests/index.ts';
import type { IsoDate } from '../../src/rules/index.ts';
import type { Store } from '../../src/store/index.ts';
import { describeStoreContract } from './store-contract.ts';

let sequence = 0;

export function newRequest(overrides: Partial<NewRequest> = {}): NewRequest {
  sequence += 1;
  return {
    idempotencyKey: `key-${sequence}`,
    type: 'absence-professional',
    status: 'pending',
    submitterId: 'slack:UTUT',
    submitterRole: 'tutor',
    studentName: 'Paul Durand',
    studentEmail: 'paul.durand@etu.univ-amu.fr',
    tutorEmail: 'tuteur@entreprise.fr',
    formation: 'M1',
    site: 'marseille',
    firstDay: '2026-12-07' as IsoDate,
    lastDay: '2026-12-07' as IsoDate,
    establishedOn: null,
    detail: 'full-days',
    reason: 'Salon professionnel',
    note: null,
    deadline: '2026-11-23' as IsoDate,
    late: false,
    submittedAt: '2026-11-03T11:00:00.000Z',
    retentionUntil: '2028-08-31' as IsoDate,
    ...overrides,
  };
}

export function newDocument(text = 'arrêt'): NewDocument {
  const bytes = Buffer.from(`%PDF-1.4\n${text}\n%%EOF\n`);
  return { sha256: createHash('sha256').update(bytes).digest('hex'), mime: 'application/pdf', size: bytes.length, filename: 'arret.pdf', bytes };
}

const audit = (action: AuditEntry['action'], requestId: number | null = null, details: string = action): AuditEntry => ({ at: '2026-11-03T11:00:00.000Z', actorId: 'u:x', actorRole: 'staff', action, requestId, details });
const note = (recipient: string, kind: Notification['kind'] = 'new-request', message = 'Nouvelle demande'): Notification => ({ requestId: null, recipient, kind, message, createdAt: '2026-11-03T11:00:00.000Z' });

/** Everything a store shows, for comparing two of them. */
export async function snapshot(store: Store) {
  const requests = await store.listRequests({});
  return {
    requests,
    documents: await Promise.all(requests.map((r) => store.getDocument(r.id))),
    acknowledgements: await Promise.all(requests.map((r) => store.acknowledgements(r.id))),
    audit: await store.listAudit(),
    notifications: await store.listNotifications(),
    doorState: await store.getState({ scope: 'form', key: 'U1', now: '2026-11-24T11:00:00.000Z' }),
  };
}

export function storeContract(name: string, open: () => Promise<Store>): void {
  // A real server on two shared cores, next to the crash tests' writers: seconds, not milliseconds.
  describe(`Store contract: ${name}`, { timeout: 30_000 }, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    /** The content hash follows the request's key unless given: the same request, the same content. */
    const submit = (request = newRequest(), document?: NewDocument, notifications = [note('function:direction')], contentHash = `content:${request.idempotencyKey}`) => store.submit({ request, contentHash, document, audit: audit('submit'), notifications });

    describe('submissions', () => {
      test('GIVEN a submission with a document THEN it comes back whole: fields, bytes, hash, audit and notifications', async () => {
        const doc = newDocument();
        const { request, status } = await submit(newRequest({ type: 'sick-leave', status: 'received', late: true, establishedOn: '2026-11-02' as IsoDate }), doc, [note('function:responsable-alternance'), note('function:secretariat-marseille')]);
        expect(status).toBe('created');
        expect(request).toMatchObject({ type: 'sick-leave', status: 'received', late: true, establishedOn: '2026-11-02', hasDocument: true, decidedAt: null, purgedAt: null });
        expect(await store.getRequest(request.id)).toEqual(request);
        const stored = await store.getDocument(request.id);
        expect(stored).toEqual({ sha256: doc.sha256, mime: 'application/pdf', size: doc.size, filename: 'arret.pdf', bytes: doc.bytes });
        expect(createHash('sha256').update(stored!.bytes!).digest('hex')).toBe(doc.sha256);
        expect(await store.listAudit({ requestId: request.id })).toEqual([{ ...audit('submit'), requestId: request.id }]);
        const notifications = await store.listNotifications();
        expect(notifications.map((n) => [n.requestId, n.recipient])).toEqual([
          [request.id, 'function:responsable-alternance'],
          [request.id, 'function:secretariat-marseille'],
        ]);
        expect(notifications.every((n) => typeof n.id === 'number')).toBe(true);
      });

      test('GIVEN no such request or document THEN undefined', async () => {
        expect(await store.getRequest(999)).toBeUndefined();
        expect(await store.getDocument(999)).toBeUndefined();
      });

      test('GIVEN the same key and content twice THEN stored once, the first one returned as a duplicate, nothing else written', async () => {
        const request = newRequest();
        const first = await submit(request);
        expect(await submit(request)).toEqual({ status: 'duplicate', request: first.request });
        expect(await store.listRequests({})).toHaveLength(1);
        expect(await store.listNotifications()).toHaveLength(1);
        expect(await store.listAudit()).toHaveLength(1);
      });

      test('GIVEN the same key with other content THEN a conflict, nothing written; the same content under another key THEN a duplicate', async () => {
        const request = newRequest();
        const first = await submit(request);
        expect(await submit({ ...request, studentName: 'Autre' }, undefined, [], 'other content')).toEqual({ status: 'conflict', request: first.request });
        expect(await submit({ ...request, idempotencyKey: 'another-event' }, undefined, [], `content:${request.idempotencyKey}`)).toEqual({ status: 'duplicate', request: first.request });
        expect(await store.listRequests({})).toHaveLength(1);
        expect(await store.listAudit()).toHaveLength(1);
      });

      test('GIVEN ten concurrent submissions with one key THEN exactly one is created and all return it', async () => {
        const request = newRequest();
        const outcomes = await Promise.all(Array.from({ length: 10 }, () => submit(request, newDocument())));
        expect(outcomes.filter((o) => o.status === 'created')).toHaveLength(1);
        expect(new Set(outcomes.map((o) => o.request.id)).size).toBe(1);
        expect(await store.listRequests({})).toHaveLength(1);
        expect(await store.listNotifications()).toHaveLength(1);
      });

      test('GIVEN ten concurrent submissions of one content under ten keys (two door events) THEN exactly one is created', async () => {
        const outcomes = await Promise.all(Array.from({ length: 10 }, (_, i) => submit(newRequest({ idempotencyKey: `event-${i}` }), newDocument(), [note('function:direction')], 'one content')));
        expect(outcomes.filter((o) => o.status === 'created')).toHaveLength(1);
        expect(outcomes.filter((o) => o.status === 'duplicate')).toHaveLength(9);
        expect(await store.listRequests({})).toHaveLength(1);
      });

      test('GIVEN concurrent submissions with different keys THEN each gets its own id', async () => {
        const outcomes = await Promise.all(Array.from({ length: 20 }, () => submit()));
        expect(new Set(outcomes.map((o) => o.request.id)).size).toBe(20);
        expect(outcomes.every((o) => o.status === 'created')).toBe(true);
      });
    });

    describe('listing and export filters', () => {
      test('GIVEN requests of several kinds THEN each filter keeps its own, pending first then the most recent', async () => {
        const a = (await submit(newRequest({ status: 'approved', submittedAt: '2026-11-05T10:00:00.000Z' }))).request;
        const b = (await submit(newRequest({ type: 'sick-leave', status: 'received', late: true, formation: 'M2', submittedAt: '2026-11-01T10:00:00.000Z' }))).request;
        const c = (await submit(newRequest({ submitterId: 'slack:UHR', submittedAt: '2026-11-10T10:00:00.000Z' }))).request;
        expect((await store.listRequests({})).map((r) => r.id)).toEqual([c.id, b.id, a.id]);
        expect((await store.listRequests({ type: 'sick-leave' })).map((r) => r.id)).toEqual([b.id]);
        expect((await store.listRequests({ formation: 'M2' })).map((r) => r.id)).toEqual([b.id]);
        expect((await store.listRequests({ status: 'approved' })).map((r) => r.id)).toEqual([a.id]);
        expect((await store.listRequests({ late: true })).map((r) => r.id)).toEqual([b.id]);
        expect((await store.listRequests({ late: false })).map((r) => r.id).sort()).toEqual([a.id, c.id].sort());
        expect((await store.listRequests({ submitterId: 'slack:UHR' })).map((r) => r.id)).toEqual([c.id]);
        expect((await store.listRequests({ from: '2026-11-05' as IsoDate, to: '2026-11-05' as IsoDate })).map((r) => r.id)).toEqual([a.id]);
        expect((await store.listRequests({ from: '2026-11-02' as IsoDate })).map((r) => r.id)).toEqual([c.id, a.id]);
        expect((await store.listRequests({ ids: [a.id, c.id] })).map((r) => r.id)).toEqual([c.id, a.id]);
        expect(await store.listRequests({ ids: [] })).toEqual([]);
      });
    });

    describe('one-time decisions', () => {
      const decide = (id: number, by: string, status: 'approved' | 'rejected' = 'approved') =>
        store.decide({ id, status, by, reason: status === 'rejected' ? 'non' : null, at: '2026-11-04T09:00:00.000Z', audit: audit('decide', id, by), notifications: [note('user:slack:UTUT', 'decision', `décidée par ${by}`)] });

      test('GIVEN a pending request THEN decided once; a second decision changes nothing', async () => {
        const { request } = await submit();
        expect(await decide(request.id, 'u:dir')).toBe(true);
        expect(await decide(request.id, 'u:other', 'rejected')).toBe(false);
        expect(await store.getRequest(request.id)).toMatchObject({ status: 'approved', decidedBy: 'u:dir', decidedAt: '2026-11-04T09:00:00.000Z', decisionReason: null });
        expect((await store.listNotifications({ recipients: ['user:slack:UTUT'] })).map((n) => n.message)).toEqual(['décidée par u:dir']);
      });

      test('GIVEN eight deciders clicking at once THEN exactly one decision, one audit line, one notification', async () => {
        const { request } = await submit();
        const results = await Promise.all(Array.from({ length: 8 }, (_, i) => decide(request.id, `u:${i}`, i % 2 ? 'rejected' : 'approved')));
        expect(results.filter(Boolean)).toHaveLength(1);
        const winner = results.indexOf(true);
        expect((await store.getRequest(request.id))?.decidedBy).toBe(`u:${winner}`);
        expect((await store.listAudit({ requestId: request.id })).filter((e) => e.action === 'decide')).toHaveLength(1);
        expect(await store.listNotifications({ recipients: ['user:slack:UTUT'] })).toHaveLength(1);
      });

      test('GIVEN a request that is not pending THEN no decision', async () => {
        const { request } = await submit(newRequest({ type: 'sick-leave', status: 'received' }));
        expect(await decide(request.id, 'u:dir')).toBe(false);
        expect((await store.getRequest(request.id))?.status).toBe('received');
      });
    });

    describe('acknowledgements', () => {
      type Fn = 'responsable-alternance' | 'secretariat-marseille';
      const required: Fn[] = ['responsable-alternance', 'secretariat-marseille'];
      const ack = (id: number, functions: Fn[], userId = 'u:x') =>
        store.acknowledge({ id, acks: functions.map((staffFunction) => ({ staffFunction, userId, at: '2026-11-04T09:00:00.000Z' })), required, audit: audit('acknowledge', id), whenComplete: [note('user:slack:UHR', 'acknowledged', 'réception accusée')] });

      test('GIVEN each function acknowledging THEN once per function; acknowledged, and the submitter told, when the last one does', async () => {
        const { request } = await submit(newRequest({ type: 'sick-leave', status: 'received' }));
        expect(await ack(request.id, ['responsable-alternance'])).toEqual({ recorded: ['responsable-alternance'], completed: false, purged: false });
        expect((await store.getRequest(request.id))?.status).toBe('received');
        expect(await ack(request.id, ['responsable-alternance'], 'u:y')).toEqual({ recorded: [], completed: false, purged: false });
        expect(await ack(request.id, ['responsable-alternance', 'secretariat-marseille'])).toEqual({ recorded: ['secretariat-marseille'], completed: true, purged: false });
        expect((await store.getRequest(request.id))?.status).toBe('acknowledged');
        expect((await store.acknowledgements(request.id)).map((a) => [a.staffFunction, a.userId])).toEqual([
          ['responsable-alternance', 'u:x'],
          ['secretariat-marseille', 'u:x'],
        ]);
        expect((await store.listNotifications({ recipients: ['user:slack:UHR'] })).map((n) => n.message)).toEqual(['réception accusée']);
        expect((await store.listAudit({ requestId: request.id })).filter((e) => e.action === 'acknowledge').map((e) => e.details)).toEqual(['responsable-alternance', 'secretariat-marseille']);
      });

      test('GIVEN the two functions acknowledging at the same moment, many times THEN each recorded once, completed exactly once', async () => {
        const { request } = await submit(newRequest({ type: 'sick-leave', status: 'received' }));
        const results = await Promise.all(Array.from({ length: 8 }, (_, i) => ack(request.id, [required[i % 2]!], `u:${i}`)));
        expect(results.flatMap((r) => r.recorded).sort()).toEqual([...required].sort());
        expect(results.filter((r) => r.completed)).toHaveLength(1);
        expect((await store.getRequest(request.id))?.status).toBe('acknowledged');
        expect(await store.listNotifications({ recipients: ['user:slack:UHR'] })).toHaveLength(1);
      });

      test('GIVEN an unknown or purged request THEN nothing recorded', async () => {
        expect(await ack(999, ['responsable-alternance'])).toEqual({ recorded: [], completed: false, purged: false });
        const { request } = await submit(newRequest({ type: 'sick-leave', status: 'received', retentionUntil: '2027-08-31' as IsoDate }));
        await store.purge({ today: '2027-09-01' as IsoDate, at: '2027-09-01T01:00:00.000Z', audit: audit('purge') });
        expect(await ack(request.id, ['responsable-alternance'])).toEqual({ recorded: [], completed: false, purged: true });
        expect(await store.acknowledgements(request.id)).toEqual([]);
      });
    });

    describe('open requests (what reminders look at)', () => {
      test('GIVEN requests in every state THEN the received and pending ones, oldest first, with who acknowledged; decided and purged ones left out', async () => {
        const sick = (await submit(newRequest({ type: 'sick-leave', status: 'received', submittedAt: '2026-11-02T10:00:00.000Z' }))).request;
        const pending = (await submit(newRequest({ submittedAt: '2026-11-01T10:00:00.000Z' }))).request;
        const decided = (await submit(newRequest())).request;
        await store.decide({ id: decided.id, status: 'approved', by: 'u:dir', reason: null, at: '2026-11-04T09:00:00.000Z', audit: audit('decide', decided.id), notifications: [] });
        await submit(newRequest({ retentionUntil: '2026-08-31' as IsoDate }));
        await store.purge({ today: '2026-09-01' as IsoDate, at: '2026-09-01T01:00:00.000Z', audit: audit('purge') });
        await store.acknowledge({ id: sick.id, acks: [{ staffFunction: 'secretariat-marseille', userId: 'u:m', at: '2026-11-03T09:00:00.000Z' }, { staffFunction: 'direction', userId: 'u:d', at: '2026-11-03T09:00:00.000Z' }], required: ['responsable-alternance', 'secretariat-marseille'], audit: audit('acknowledge', sick.id), whenComplete: [] });
        const open = await store.openRequests();
        expect(open.map((o) => [o.request.id, [...o.acknowledgedBy].sort()])).toEqual([
          [pending.id, []],
          [sick.id, ['direction', 'secretariat-marseille']],
        ]);
        expect(open[1]!.request).toEqual(await store.getRequest(sick.id));
      });
    });

    describe('reminders', () => {
      const remind = (requestId: number, kind: string) => store.remind({ requestId, kind, at: '2026-11-05T08:00:00.000Z', audit: audit('remind', requestId), notifications: [note('function:direction', 'reminder', `rappel ${kind}`)] });

      test('GIVEN a reminder THEN recorded once per (request, kind), even when sent from several places at once', async () => {
        const { request } = await submit();
        const results = await Promise.all(Array.from({ length: 6 }, () => remind(request.id, 'day-1')));
        expect(results.filter(Boolean)).toHaveLength(1);
        expect(await remind(request.id, 'day-3')).toBe(true);
        expect((await store.listNotifications({ recipients: ['function:direction'] })).map((n) => n.message)).toEqual(['Nouvelle demande', 'rappel day-1', 'rappel day-3']);
      });
    });

    describe('audit log', () => {
      test('GIVEN audit entries with and without a request THEN listed in order, filtered by request', async () => {
        const { request } = await submit();
        await store.audit(audit('view', request.id, 'consultation'));
        await store.audit(audit('export', null, '3 demande(s)'));
        expect((await store.listAudit()).map((e) => [e.action, e.requestId])).toEqual([
          ['submit', request.id],
          ['view', request.id],
          ['export', null],
        ]);
        expect((await store.listAudit({ requestId: request.id })).map((e) => e.action)).toEqual(['submit', 'view']);
      });
    });

    describe('notification outbox', () => {
      const T0 = '2026-11-03T12:00:00.000Z';
      const later = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString();
      const claim = (now = T0, limit = 100, requestId?: number) => store.claimNotifications({ now, leaseUntil: later((Date.parse(now) - Date.parse(T0)) / 60_000 + 5), limit, requestId });

      test('GIVEN notifications THEN listed by recipient, status or request, oldest first', async () => {
        const { request } = await submit(newRequest(), undefined, [note('function:direction'), note('user:slack:UHR'), note('user:discord:1')]);
        await submit(newRequest(), undefined, [note('user:slack:UHR')]);
        const all = await store.listNotifications();
        expect(all.map((n) => n.recipient)).toEqual(['function:direction', 'user:slack:UHR', 'user:discord:1', 'user:slack:UHR']);
        expect(all[0]).toMatchObject({ status: 'pending', attempts: 0, nextAttemptAt: null, lastError: null, sentAt: null, channel: null });
        expect((await store.listNotifications({ recipients: ['user:slack:UHR', 'user:discord:1'] })).map((n) => n.recipient)).toEqual(['user:slack:UHR', 'user:discord:1', 'user:slack:UHR']);
        expect(await store.listNotifications({ recipients: [] })).toEqual([]);
        expect(await store.listNotifications({ requestId: request.id })).toHaveLength(3);
        expect(await store.listNotifications({ status: 'sent' })).toEqual([]);
      });

      test('GIVEN a claim THEN the rows are leased: nobody claims them again until the lease ends; marked sent, never again', async () => {
        await submit(newRequest(), undefined, [note('function:direction'), note('user:slack:UHR'), note('user:slack:UTUT')]);
        const first = await claim(T0, 2);
        expect(first.map((n) => [n.recipient, n.attempts])).toEqual([
          ['function:direction', 1],
          ['user:slack:UHR', 1],
        ]);
        expect((await claim(later(1))).map((n) => n.recipient)).toEqual(['user:slack:UTUT']);
        expect(await claim(later(2))).toEqual([]);
        await store.markNotificationSent({ id: first[0]!.id, channel: 'slack', at: later(1) });
        // Lease over: what was not marked is claimed again (its sender died), what was sent is not.
        const again = await claim(later(10));
        expect(again.map((n) => [n.recipient, n.attempts])).toEqual([
          ['user:slack:UHR', 2],
          ['user:slack:UTUT', 2],
        ]);
        expect((await store.listNotifications({ status: 'sent' }))[0]).toMatchObject({ id: first[0]!.id, channel: 'slack', sentAt: later(1) });
      });

      test('GIVEN six processes claiming at once THEN each row goes to one of them only', async () => {
        await submit(newRequest(), undefined, Array.from({ length: 30 }, (_, i) => note(`user:slack:U${i}`)));
        const claims = await Promise.all(Array.from({ length: 6 }, () => claim(T0, 7)));
        const ids = claims.flatMap((c) => c.map((n) => n.id));
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids.length).toBeLessThanOrEqual(30);
        expect(ids.length).toBeGreaterThanOrEqual(7);
        expect(claims.flat().every((n) => n.attempts === 1)).toBe(true);
      });

      test('GIVEN a failure THEN retried after its backoff, given up when told, and an attempt given back when nothing was tried', async () => {
        const { request } = await submit(newRequest(), undefined, [note('user:slack:UHR'), note('email:x@y.fr')]);
        await submit(newRequest(), undefined, [note('user:slack:UTUT')]);
        expect((await claim(T0, 10, request.id)).map((n) => n.recipient)).toEqual(['user:slack:UHR', 'email:x@y.fr']);
        const [slack, mail] = await store.listNotifications({ requestId: request.id });
        await store.markNotificationFailed({ id: slack!.id, error: 'slack : ratelimited', retryAt: later(30) });
        await store.markNotificationFailed({ id: mail!.id, error: 'aucun canal', retryAt: later(60), countAttempt: false });
        expect(await store.listNotifications({ requestId: request.id })).toMatchObject([
          { status: 'pending', attempts: 1, lastError: 'slack : ratelimited', nextAttemptAt: later(30) },
          { status: 'pending', attempts: 0, lastError: 'aucun canal', nextAttemptAt: later(60) },
        ]);
        expect(await claim(later(29), 10, request.id)).toEqual([]);
        expect((await claim(later(30), 10, request.id)).map((n) => [n.id, n.attempts])).toEqual([[slack!.id, 2]]);
        await store.markNotificationFailed({ id: slack!.id, error: 'slack : user_not_found', retryAt: null });
        expect((await store.listNotifications({ status: 'undeliverable' })).map((n) => [n.id, n.lastError])).toEqual([[slack!.id, 'slack : user_not_found']]);
        expect((await claim(later(120), 10, request.id)).map((n) => n.id)).toEqual([mail!.id]);
        // Once given up, a late failure report changes nothing.
        await store.markNotificationFailed({ id: slack!.id, error: 'tard', retryAt: later(200) });
        expect((await store.listNotifications({ status: 'undeliverable' })).map((n) => n.lastError)).toEqual(['slack : user_not_found']);
      });
    });

    describe('door state and event de-duplication', () => {
      const T0 = '2026-11-03T12:00:00.000Z';
      const at = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString();

      test('GIVEN a value kept for ten minutes THEN read back, replaced, gone once expired or deleted', async () => {
        await store.putState({ scope: 'form', key: 'U1', value: '{"step":1}', expiresAt: at(10), now: T0 });
        expect(await store.getState({ scope: 'form', key: 'U1', now: at(9) })).toBe('{"step":1}');
        expect(await store.getState({ scope: 'share', key: 'U1', now: at(9) })).toBeUndefined();
        await store.putState({ scope: 'form', key: 'U1', value: '{"step":2}', expiresAt: at(20), now: at(1) });
        expect(await store.getState({ scope: 'form', key: 'U1', now: at(15) })).toBe('{"step":2}');
        expect(await store.getState({ scope: 'form', key: 'U1', now: at(20) })).toBeUndefined();
        await store.deleteState({ scope: 'form', key: 'U1' });
        expect(await store.getState({ scope: 'form', key: 'U1', now: at(2) })).toBeUndefined();
      });

      test('GIVEN one event id claimed by eight processes at once THEN exactly one handles it; after expiry it is new again', async () => {
        const claimOnce = (now: string) => store.claimOnce({ scope: 'slack-event', key: 'Ev1', now, expiresAt: at(60) });
        const results = await Promise.all(Array.from({ length: 8 }, () => claimOnce(T0)));
        expect(results.filter(Boolean)).toHaveLength(1);
        expect(await claimOnce(at(59))).toBe(false);
        expect(await store.claimOnce({ scope: 'slack-event', key: 'Ev1', now: at(60), expiresAt: at(120) })).toBe(true);
      });

      test('GIVEN expired entries of any scope THEN a later write removes them (a form may hold a document)', async () => {
        await store.putState({ scope: 'form', key: 'old', value: 'secret', expiresAt: at(1), now: T0 });
        await store.claimOnce({ scope: 'slack-event', key: 'Ev2', now: at(5), expiresAt: at(65) });
        // Read as if it had not expired: the row itself is gone.
        expect(await store.getState({ scope: 'form', key: 'old', now: T0 })).toBeUndefined();
      });
    });

    describe('leases', () => {
      const T0 = '2026-11-03T12:00:00.000Z';
      const at = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString();
      const acquire = (holder: string, now: string) => store.acquireLease({ name: 'reminders', holder, now, until: new Date(Date.parse(now) + 5 * 60_000).toISOString() });

      test('GIVEN a lease held THEN others are refused until it ends; its holder renews it', async () => {
        expect(await acquire('a', T0)).toBe(true);
        expect(await acquire('b', at(1))).toBe(false);
        expect(await acquire('a', at(4))).toBe(true);
        expect(await acquire('b', at(8))).toBe(false);
        expect(await acquire('b', at(9))).toBe(true);
      });

      test('GIVEN six processes asking at once THEN one holds it', async () => {
        const results = await Promise.all(Array.from({ length: 6 }, (_, i) => acquire(`p${i}`, T0)));
        expect(results.filter(Boolean)).toHaveLength(1);
      });
    });

    describe('purge', () => {
      const purge = (today: string) => store.purge({ today: today as IsoDate, at: `${today}T01:00:00.000Z`, audit: audit('purge', null, 'purge :') });

      test('GIVEN requests past retention THEN personal data, exact dates, documents, keys and messages erased, an anonymised trace kept', async () => {
        const oldRequest = newRequest({ type: 'sick-leave', status: 'received', retentionUntil: '2027-08-31' as IsoDate, note: 'note', submittedAt: '2026-11-03T11:00:00.000Z' });
        const old = (await submit(oldRequest, newDocument('old'), [note('function:direction', 'new-request', 'Paul Durand, arrêt'), note('user:slack:UHR', 'acknowledged', 'Paul Durand')])).request;
        await store.acknowledge({ id: old.id, acks: [{ staffFunction: 'direction', userId: 'slack:UDIR', at: '2026-11-04T09:00:00.000Z' }], required: ['direction', 'secretariat-aix'], audit: audit('acknowledge', old.id), whenComplete: [] });
        await store.audit(audit('view-document', old.id, 'arret.pdf (abc)'));
        await store.audit({ ...audit('view', old.id, 'consultation'), actorId: oldRequest.submitterId, actorRole: 'tutor' });
        const kept = (await submit(newRequest({ retentionUntil: '2028-08-31' as IsoDate }), newDocument('kept'))).request;
        await store.decide({ id: kept.id, status: 'rejected', by: 'u:dir', reason: 'raison', at: '2026-11-04T09:00:00.000Z', audit: audit('decide', kept.id), notifications: [] });

        expect(await purge('2027-09-01')).toBe(1);
        const trace = await store.getRequest(old.id);
        expect(trace).toMatchObject({ studentName: null, studentEmail: null, tutorEmail: null, reason: null, note: null, decisionReason: null, decidedBy: null, submitterId: '(supprimé)', establishedOn: null, deadline: null, purgedAt: '2027-09-01T01:00:00.000Z', hasDocument: false });
        // What statistics need: type, formation, month, late flag.
        expect(trace).toMatchObject({ type: 'sick-leave', formation: 'M1', firstDay: '2026-12-01', lastDay: '2026-12-01', submittedAt: '2026-11-01T00:00:00.000Z', late: false });
        expect(await store.getDocument(old.id)).toBeUndefined();
        expect((await store.acknowledgements(old.id)).map((a) => a.userId)).toEqual(['(supprimé)']);
        expect((await store.listNotifications({ requestId: old.id })).map((n) => [n.recipient, n.message])).toEqual([
          ['function:direction', '(supprimé par la politique de conservation)'],
          ['(supprimé)', '(supprimé par la politique de conservation)'],
        ]);
        const oldAudit = await store.listAudit({ requestId: old.id });
        expect(oldAudit.find((e) => e.action === 'submit')?.actorId).toBe('(supprimé)');
        expect(oldAudit.find((e) => e.action === 'view-document')).toMatchObject({ details: 'document consulté', actorId: 'u:x' });
        // The submitter's own later look at it is not a way back to them.
        expect(oldAudit.find((e) => e.action === 'view')?.actorId).toBe('(supprimé)');
        // No decision on what is purged.
        expect(await store.decide({ id: old.id, status: 'approved', by: 'u:dir', reason: null, at: '2027-09-02T09:00:00.000Z', audit: audit('decide', old.id), notifications: [] })).toBe(false);

        expect(await store.getRequest(kept.id)).toMatchObject({ studentName: 'Paul Durand', decisionReason: 'raison', hasDocument: true, submitterId: 'slack:UTUT' });
        expect((await store.getDocument(kept.id))?.bytes).toEqual(newDocument('kept').bytes);
        expect((await store.listAudit()).at(-1)).toMatchObject({ action: 'purge', details: `purge : 1 demande(s) purgée(s) : ${old.id}` });
        expect(await purge('2027-09-02')).toBe(0);
        expect((await store.listAudit()).at(-1)?.details).toBe('purge : 0 demande(s) purgée(s)');

        // The key and content are free again: the same note sent again is a new request.
        const resent = await submit(oldRequest, newDocument('old'));
        expect(resent.status).toBe('created');
        expect(resent.request.id).not.toBe(old.id);
      });

      test('GIVEN door state, expired and alive THEN the purge removes the expired (a half-filled form may hold a document)', async () => {
        await store.putState({ scope: 'form', key: 'old', value: 'document', expiresAt: '2027-08-01T00:00:00.000Z', now: '2027-07-01T00:00:00.000Z' });
        await store.putState({ scope: 'form', key: 'alive', value: 'x', expiresAt: '2027-09-02T00:00:00.000Z', now: '2027-07-01T00:00:00.000Z' });
        await purge('2027-09-01');
        // Read as if neither had expired: only the alive row is still there.
        expect(await store.getState({ scope: 'form', key: 'old', now: '2027-07-01T00:00:00.000Z' })).toBeUndefined();
        expect(await store.getState({ scope: 'form', key: 'alive', now: '2027-07-01T00:00:00.000Z' })).toBe('x');
      });

      test('GIVEN two purges at once THEN each request purged once, by one of them', async () => {
        for (let i = 0; i < 6; i += 1) await submit(newRequest({ retentionUntil: '2027-08-31' as IsoDate }), newDocument(`p${i}`));
        const counts = await Promise.all([purge('2027-09-01'), purge('2027-09-01')]);
        expect(counts[0]! + counts[1]!).toBe(6);
        expect((await store.listRequests({})).every((r) => r.purgedAt !== null && !r.hasDocument)).toBe(true);
      });
    });

    describe('unanswered questions and shared conversations', () => {
      test('GIVEN questions logged THEN listed newest first, within dates, limited; no identity stored', async () => {
        const question = (at: string, text: string) => ({ at, door: 'slack', kind: 'fallback' as const, text, candidates: 'faq-1 (0.4)' });
        await store.logQuestions([question('2026-11-01T10:00:00.000Z', 'premier'), question('2026-11-03T10:00:00.000Z', 'troisième')]);
        await store.logQuestions([]);
        await store.logQuestions([question('2026-11-02T10:00:00.000Z', 'deuxième')]);
        expect((await store.listQuestions({})).map((q) => q.text)).toEqual(['troisième', 'deuxième', 'premier']);
        expect((await store.listQuestions({ from: '2026-11-02' as IsoDate, to: '2026-11-02' as IsoDate })).map((q) => q.text)).toEqual(['deuxième']);
        expect((await store.listQuestions({ limit: 1 }))[0]).toEqual({ at: '2026-11-03T10:00:00.000Z', door: 'slack', kind: 'fallback', text: 'troisième', candidates: 'faq-1 (0.4)' });
      });

      test('GIVEN a conversation state THEN read back until it expires, replaced, expired ones removed on the next write', async () => {
        await store.setConversation('slack:D1', '{"a":1}', '2026-11-03T10:30:00.000Z', '2026-11-03T10:00:00.000Z');
        expect(await store.getConversation('slack:D1', '2026-11-03T10:29:00.000Z')).toBe('{"a":1}');
        expect(await store.getConversation('slack:D1', '2026-11-03T10:30:00.000Z')).toBeUndefined();
        await store.setConversation('slack:D1', '{"a":2}', '2026-11-03T11:30:00.000Z', '2026-11-03T10:31:00.000Z');
        expect(await store.getConversation('slack:D1', '2026-11-03T10:31:00.000Z')).toBe('{"a":2}');
        await store.setConversation('slack:D2', '{}', '2026-11-03T11:00:00.000Z', '2026-11-03T10:00:00.000Z');
        await store.setConversation('slack:D3', '{}', '2026-11-03T13:00:00.000Z', '2026-11-03T12:00:00.000Z');
        // D2 expired at 11:00 and was swept by the write at 12:00: gone even when read as of 10:00.
        expect(await store.getConversation('slack:D2', '2026-11-03T10:00:00.000Z')).toBeUndefined();
      });
    });

    test('GIVEN a store in use THEN its integrity check says ok', async () => {
      await submit(newRequest(), newDocument());
      expect(await store.integrityCheck()).toBe('ok');
    });
  });
  describeStoreContract(name, open);
}

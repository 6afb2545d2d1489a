/**
 * The Store contract, written once and run against every implementation (sqlite.contract.test.ts,
 * postgres.contract.test.ts): what the workflow relies on, including under concurrency.
 */
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { AuditEntry, NewDocument, NewRequest, Notification } from '../../src/requests/index.ts';
import type { IsoDate } from '../../src/rules/index.ts';
import type { Store } from '../../src/store/index.ts';

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

export function storeContract(name: string, open: () => Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    const submit = (request = newRequest(), document?: NewDocument, notifications = [note('function:direction')]) => store.submit({ request, document, audit: audit('submit'), notifications });

    describe('submissions', () => {
      test('GIVEN a submission with a document THEN it comes back whole: fields, bytes, hash, audit and notifications', async () => {
        const doc = newDocument();
        const { request, created } = await submit(newRequest({ type: 'sick-leave', status: 'received', late: true, establishedOn: '2026-11-02' as IsoDate }), doc, [note('function:responsable-alternance'), note('function:secretariat-marseille')]);
        expect(created).toBe(true);
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

      test('GIVEN the same idempotency key twice THEN stored once, the first one returned, nothing else written', async () => {
        const request = newRequest();
        const first = await submit(request);
        const second = await submit({ ...request, studentName: 'Autre' });
        expect(second).toEqual({ request: first.request, created: false });
        expect(await store.listRequests({})).toHaveLength(1);
        expect(await store.listNotifications()).toHaveLength(1);
        expect(await store.listAudit()).toHaveLength(1);
      });

      test('GIVEN ten concurrent submissions with one key THEN exactly one is created and all return it', async () => {
        const request = newRequest();
        const outcomes = await Promise.all(Array.from({ length: 10 }, () => submit(request, newDocument())));
        expect(outcomes.filter((o) => o.created)).toHaveLength(1);
        expect(new Set(outcomes.map((o) => o.request.id)).size).toBe(1);
        expect(await store.listRequests({})).toHaveLength(1);
        expect(await store.listNotifications()).toHaveLength(1);
      });

      test('GIVEN concurrent submissions with different keys THEN each gets its own id', async () => {
        const outcomes = await Promise.all(Array.from({ length: 20 }, () => submit()));
        expect(new Set(outcomes.map((o) => o.request.id)).size).toBe(20);
        expect(outcomes.every((o) => o.created)).toBe(true);
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
        expect((await store.listNotifications(['user:slack:UTUT'])).map((n) => n.message)).toEqual(['décidée par u:dir']);
      });

      test('GIVEN eight deciders clicking at once THEN exactly one decision, one audit line, one notification', async () => {
        const { request } = await submit();
        const results = await Promise.all(Array.from({ length: 8 }, (_, i) => decide(request.id, `u:${i}`, i % 2 ? 'rejected' : 'approved')));
        expect(results.filter(Boolean)).toHaveLength(1);
        const winner = results.indexOf(true);
        expect((await store.getRequest(request.id))?.decidedBy).toBe(`u:${winner}`);
        expect((await store.listAudit({ requestId: request.id })).filter((e) => e.action === 'decide')).toHaveLength(1);
        expect(await store.listNotifications(['user:slack:UTUT'])).toHaveLength(1);
      });

      test('GIVEN a request that is not pending THEN no decision', async () => {
        const { request } = await submit(newRequest({ type: 'sick-leave', status: 'received' }));
        expect(await decide(request.id, 'u:dir')).toBe(false);
        expect((await store.getRequest(request.id))?.status).toBe('received');
      });
    });

    describe('acknowledgements', () => {
      const ack = (id: number, staffFunction: 'responsable-alternance' | 'secretariat-aix', complete: boolean, userId = 'u:x') =>
        store.acknowledge({ id, ack: { staffFunction, userId, at: '2026-11-04T09:00:00.000Z' }, complete, audit: audit('acknowledge', id), notifications: [note('user:slack:UHR', 'acknowledged')] });

      test('GIVEN each function acknowledging THEN once per function; acknowledged when complete', async () => {
        const { request } = await submit(newRequest({ type: 'sick-leave', status: 'received' }));
        expect(await ack(request.id, 'responsable-alternance', false)).toBe(true);
        expect((await store.getRequest(request.id))?.status).toBe('received');
        expect(await ack(request.id, 'responsable-alternance', false, 'u:y')).toBe(false);
        expect(await ack(request.id, 'secretariat-aix', true)).toBe(true);
        expect((await store.getRequest(request.id))?.status).toBe('acknowledged');
        expect((await store.acknowledgements(request.id)).map((a) => [a.staffFunction, a.userId])).toEqual([
          ['responsable-alternance', 'u:x'],
          ['secretariat-aix', 'u:x'],
        ]);
      });

      test('GIVEN the same function acknowledging from two places at once THEN recorded once', async () => {
        const { request } = await submit(newRequest({ type: 'sick-leave', status: 'received' }));
        const results = await Promise.all(Array.from({ length: 6 }, (_, i) => ack(request.id, 'secretariat-aix', false, `u:${i}`)));
        expect(results.filter(Boolean)).toHaveLength(1);
        expect(await store.acknowledgements(request.id)).toHaveLength(1);
        expect(await store.listNotifications(['user:slack:UHR'])).toHaveLength(1);
      });
    });

    describe('reminders', () => {
      const remind = (requestId: number, kind: string) => store.remind({ requestId, kind, at: '2026-11-05T08:00:00.000Z', audit: audit('remind', requestId), notifications: [note('function:direction', 'reminder', `rappel ${kind}`)] });

      test('GIVEN a reminder THEN recorded once per (request, kind), even when sent from several places at once', async () => {
        const { request } = await submit();
        const results = await Promise.all(Array.from({ length: 6 }, () => remind(request.id, 'day-1')));
        expect(results.filter(Boolean)).toHaveLength(1);
        expect(await remind(request.id, 'day-3')).toBe(true);
        expect((await store.listNotifications(['function:direction'])).map((n) => n.message)).toEqual(['Nouvelle demande', 'rappel day-1', 'rappel day-3']);
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

    describe('notifications per door', () => {
      test('GIVEN notifications THEN each door sees them until it marks them delivered, oldest first, limited', async () => {
        await submit(newRequest(), undefined, [note('function:direction'), note('user:slack:UHR'), note('user:discord:1')]);
        const slack = await store.undelivered('slack');
        expect(slack.map((n) => n.recipient)).toEqual(['function:direction', 'user:slack:UHR', 'user:discord:1']);
        expect((await store.undelivered('slack', 2)).map((n) => n.id)).toEqual(slack.slice(0, 2).map((n) => n.id));
        await store.markDelivered(slack[0]!.id!, 'slack', '2026-11-03T12:00:00.000Z');
        await store.markDelivered(slack[0]!.id!, 'slack', '2026-11-03T12:00:01.000Z');
        expect((await store.undelivered('slack')).map((n) => n.id)).toEqual(slack.slice(1).map((n) => n.id));
        expect(await store.undelivered('discord')).toHaveLength(3);
        expect((await store.listNotifications(['user:slack:UHR', 'user:discord:1'])).map((n) => n.recipient)).toEqual(['user:slack:UHR', 'user:discord:1']);
        expect(await store.listNotifications([])).toEqual([]);
      });
    });

    describe('purge', () => {
      const purge = (today: string) => store.purge({ today: today as IsoDate, at: `${today}T01:00:00.000Z`, audit: audit('purge', null, 'purge :') });

      test('GIVEN requests past retention THEN personal data, documents and messages erased, the anonymised trace kept', async () => {
        const old = (await submit(newRequest({ type: 'sick-leave', status: 'received', retentionUntil: '2027-08-31' as IsoDate, note: 'note' }), newDocument('old'), [note('function:direction', 'new-request', 'Paul Durand, arrêt')])).request;
        const kept = (await submit(newRequest({ retentionUntil: '2028-08-31' as IsoDate }), newDocument('kept'))).request;
        await store.decide({ id: kept.id, status: 'rejected', by: 'u:dir', reason: 'raison', at: '2026-11-04T09:00:00.000Z', audit: audit('decide', kept.id), notifications: [] });
        expect(await purge('2027-09-01')).toBe(1);
        const trace = await store.getRequest(old.id);
        expect(trace).toMatchObject({ studentName: null, studentEmail: null, tutorEmail: null, reason: null, note: null, decisionReason: null, purgedAt: '2027-09-01T01:00:00.000Z', hasDocument: false, type: 'sick-leave', formation: 'M1', firstDay: '2026-12-07' });
        const doc = await store.getDocument(old.id);
        expect(doc).toMatchObject({ bytes: null, filename: '(supprimé)', sha256: newDocument('old').sha256 });
        expect((await store.listNotifications()).filter((n) => n.requestId === old.id).map((n) => n.message)).toEqual(['(supprimé par la politique de conservation)']);
        expect(await store.getRequest(kept.id)).toMatchObject({ studentName: 'Paul Durand', decisionReason: 'raison', hasDocument: true });
        expect((await store.getDocument(kept.id))?.bytes).toEqual(newDocument('kept').bytes);
        expect((await store.listAudit()).at(-1)).toMatchObject({ action: 'purge', details: `purge : 1 demande(s) purgée(s) : ${old.id}` });
        expect(await purge('2027-09-02')).toBe(0);
        expect((await store.listAudit()).at(-1)?.details).toBe('purge : 0 demande(s) purgée(s)');
      });
    });

    test('GIVEN a store in use THEN its integrity check says ok', async () => {
      await submit(newRequest(), newDocument());
      expect(await store.integrityCheck()).toBe('ok');
    });
  });
}

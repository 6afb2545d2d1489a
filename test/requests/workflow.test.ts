import { describe, expect, test } from 'vitest';
import { minimalJpeg, minimalPng } from '../support/documents.ts';
import { validateForm, validateField, retentionEnd, submissionKey, type Actor } from '../../src/requests/index.ts';
import { isoDate } from '../../src/rules/index.ts';
import { MIGRATIONS } from '../../src/store/index.ts';
import { absenceValues, actors, at, PDF, service, sickValues } from '../support/requests.ts';

let n = 0;
const key = () => `test:${(n += 1)}`;

async function submitSick(s: ReturnType<typeof service>['service'], actor: Actor, now: string, overrides = {}) {
  return s.submit({ formId: 'arret-maladie', values: sickValues(overrides), actor, now: at(now), idempotencyKey: key() });
}
async function submitAbsence(s: ReturnType<typeof service>['service'], actor: Actor, now: string, overrides = {}) {
  return s.submit({ formId: 'absence', values: absenceValues(overrides), actor, now: at(now), idempotencyKey: key() });
}

describe('who may submit', () => {
  test.each([
    ['hr', 'sick leave', true],
    ['tutor', 'sick leave', true],
    ['responsable', 'sick leave', true],
    ['student', 'sick leave', false],
  ] as const)('GIVEN %s submitting %s THEN allowed is %s', async (who, _what, allowed) => {
    const { service: s, store } = service();
    const outcome = await submitSick(s, actors[who], '2026-11-03');
    expect(outcome.status).toBe(allowed ? 'stored' : 'refused');
    if (!allowed) {
      expect(outcome).toMatchObject({ reason: expect.stringContaining('48 h ouvrées') });
      expect(await store.listRequests({})).toEqual([]);
    }
  });

  test.each([
    ['tutor', 'professionnelle', true],
    ['hr', 'professionnelle', true],
    ['student', 'professionnelle', false],
    ['student', 'autre', true],
  ] as const)('GIVEN %s asking an absence (%s) THEN allowed is %s', async (who, motif, allowed) => {
    const { service: s } = service();
    expect((await submitAbsence(s, actors[who], '2026-11-16', { motif_type: motif })).status).toBe(allowed ? 'stored' : 'refused');
  });
});

describe('sick-leave deadline: 10 jours ouvrables after the arrêt was established', () => {
  test.each([
    ['on its last day (11 November skipped)', '2026-11-09', '2026-11-21', false],
    ['one ouvrable day later', '2026-11-09', '2026-11-23', true],
    ['around Easter Monday, last day', '2026-04-02', '2026-04-15', false],
    ['around Ascension, a day late', '2026-05-11', '2026-05-25', true],
  ])('GIVEN a note sent %s THEN late is %s', async (_name, established, sent, late) => {
    const { service: s } = service();
    const fr = (d: string) => d.split('-').reverse().join('/');
    const outcome = await submitSick(s, actors.hr, sent, { etabli: fr(established), debut: fr(established), fin: fr(established) });
    expect(outcome).toMatchObject({ status: 'stored', request: { late } });
  });

  test('GIVEN a late note THEN it is still stored, flagged, with its deadline', async () => {
    const { service: s } = service();
    const outcome = await submitSick(s, actors.hr, '2026-11-24');
    expect(outcome).toMatchObject({ status: 'stored', request: { late: true, deadline: '2026-11-14', status: 'received' } });
  });
});

describe('professional absence: asked at least 10 jours ouvrables before', () => {
  test('GIVEN a tutor asking 5 jours ouvrables ahead THEN stored, flagged late', async () => {
    const { service: s } = service();
    // First day Monday 07/12/2026; asked Tuesday 01/12: Wed2 Thu3 Fri4 Sat5 Mon7 = 5 jours ouvrables.
    expect(await submitAbsence(s, actors.tutor, '2026-12-01')).toMatchObject({ status: 'stored', request: { late: true, deadline: '2026-11-25', status: 'pending' } });
  });

  test('GIVEN an absence after Whit Monday asked on the last day THEN on time', async () => {
    const { service: s } = service();
    expect(await submitAbsence(s, actors.tutor, '2026-05-13', { debut: '27/05/2026', fin: '27/05/2026' })).toMatchObject({ request: { late: false, deadline: '2026-05-13' } });
  });

  test('GIVEN an absence for another reason THEN no guide deadline, never late', async () => {
    const { service: s } = service();
    expect(await submitAbsence(s, actors.student, '2026-12-06', { motif_type: 'autre' })).toMatchObject({ request: { type: 'absence-other', late: false, deadline: null } });
  });
});

describe('validation gives every field error in French and stores nothing', () => {
  test('GIVEN several bad fields THEN one message per field', async () => {
    const { service: s, store } = service();
    const outcome = await submitSick(s, actors.hr, '2026-11-03', { email: 'pas-un-mail', debut: '31/02/2026', formation: 'M3', document: { filename: 'virus.exe', bytes: Buffer.from('MZ...') } });
    expect(outcome.status).toBe('invalid');
    const errors = outcome.status === 'invalid' ? outcome.errors : [];
    expect(errors.map((e) => e.field).sort()).toEqual(['debut', 'document', 'email', 'formation']);
    expect(errors.find((e) => e.field === 'formation')?.message).toContain('valeurs possibles : L3I, M1, M2');
    expect(errors.find((e) => e.field === 'document')?.message).toContain("n'est ni un PDF, ni un JPEG, ni un PNG");
    expect(await store.listRequests({})).toEqual([]);
  });

  test.each([
    ['a document over 10 MB', { document: { filename: 'gros.pdf', bytes: Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(10 * 1024 * 1024)]) } }, 'document', /plus que les 10 Mo/],
    ['no document', { document: undefined }, 'document', /joignez l'arrêt/],
    ['an end before the start', { debut: '06/11/2026', fin: '02/11/2026' }, 'fin', /même jour que le premier ou après/],
    ['an M1 without site', { formation: 'M1' }, 'site', /obligatoire en M1/],
    ['an arrêt established in the future', { etabli: '05/11/2026' }, 'etabli', /dans le futur/],
  ])('GIVEN %s THEN its field is named', async (_name, overrides, field, message) => {
    const { service: s } = service();
    const outcome = await submitSick(s, actors.hr, '2026-11-04', overrides);
    expect(outcome.status).toBe('invalid');
    const error = outcome.status === 'invalid' ? outcome.errors.find((e) => e.field === field) : undefined;
    expect(error?.message).toMatch(message);
  });

  test('GIVEN a PNG or a JPEG THEN accepted', () => {
    const png = minimalPng();
    const jpeg = minimalJpeg();
    expect(validateForm('arret-maladie', sickValues({ document: { filename: 'a.png', bytes: png } })).ok).toBe(true);
    expect(validateForm('arret-maladie', sickValues({ document: { filename: 'a.jpg', bytes: jpeg } })).ok).toBe(true);
  });

  test('GIVEN one field at a time THEN it is checked on its own', () => {
    expect(validateField('arret-maladie', 'debut', '2/11/2026')).toBeNull();
    expect(validateField('arret-maladie', 'debut', 'demain')).toMatch(/n'est pas une date valide/);
    expect(validateField('arret-maladie', 'note', '')).toBeNull();
    expect(validateField('arret-maladie', 'alternant', '')).toMatch(/obligatoire/);
  });
});

describe('idempotent submissions', () => {
  test('GIVEN the same key twice THEN one request, the same answer', async () => {
    const { service: s, store } = service();
    const values = sickValues();
    const k = submissionKey('terminal', actors.hr.id, 'arret-maladie', values);
    const first = await s.submit({ formId: 'arret-maladie', values, actor: actors.hr, now: at('2026-11-03'), idempotencyKey: k });
    const second = await s.submit({ formId: 'arret-maladie', values: sickValues(), actor: actors.hr, now: at('2026-11-03'), idempotencyKey: submissionKey('terminal', actors.hr.id, 'arret-maladie', sickValues()) });
    expect(first).toMatchObject({ status: 'stored', created: true });
    expect(second).toMatchObject({ status: 'stored', created: false, request: { id: first.status === 'stored' ? first.request.id : -1 } });
    expect(await store.listRequests({})).toHaveLength(1);
  });
});

describe('who sees what', () => {
  test('GIVEN an M2 sick note THEN the submitter, the responsable and the Marseille secretariat see it; nobody else', async () => {
    const { service: s } = service();
    const outcome = await submitSick(s, actors.hr, '2026-11-03');
    const id = outcome.status === 'stored' ? outcome.request.id : -1;
    for (const who of ['hr', 'responsable', 'secMarseille'] as const) expect((await s.details(actors[who], id, at('2026-11-04'))).status).toBe('done');
    for (const who of ['otherHr', 'student', 'secAix', 'direction', 'tutor'] as const) expect((await s.details(actors[who], id, at('2026-11-04'))).status).toBe('refused');
    expect((await s.document(actors.secAix, id, at('2026-11-04'))).status).toBe('refused');
    expect((await s.list(actors.otherHr)).map((r) => r.id)).toEqual([]);
    expect((await s.list(actors.hr)).map((r) => r.id)).toEqual([id]);
  });

  test('GIVEN the document viewed THEN the bytes and their SHA-256 come back, and the view is audited', async () => {
    const { service: s, store } = service();
    const outcome = await submitSick(s, actors.hr, '2026-11-03');
    const id = outcome.status === 'stored' ? outcome.request.id : -1;
    const doc = await s.document(actors.responsable, id, at('2026-11-04'));
    expect(doc).toMatchObject({ status: 'done', document: { bytes: PDF.bytes, mime: 'application/pdf', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) } });
    expect((await store.listAudit({ requestId: id })).map((a) => a.action)).toEqual(['submit', 'view-document']);
  });
});

describe('decisions are taken once, by the right person', () => {
  async function pending(type: 'professionnelle' | 'autre') {
    const ctx = service();
    const outcome = await submitAbsence(ctx.service, actors.tutor, '2026-11-16', { motif_type: type });
    return { ...ctx, id: outcome.status === 'stored' ? outcome.request.id : -1 };
  }

  test('GIVEN a professional absence THEN the direction decides, the responsable may not', async () => {
    const { service: s, id } = await pending('professionnelle');
    expect(await s.decide({ actor: actors.responsable, id, decision: 'approve', now: at('2026-11-17') })).toMatchObject({ status: 'refused', message: expect.stringContaining('Direction') });
    expect(await s.decide({ actor: actors.direction, id, decision: 'approve', now: at('2026-11-17') })).toMatchObject({ status: 'done', request: { status: 'approved' } });
  });

  test('GIVEN another reason THEN the responsable decides, the direction may not', async () => {
    const { service: s, id } = await pending('autre');
    expect((await s.decide({ actor: actors.direction, id, decision: 'approve', now: at('2026-11-17') })).status).toBe('refused');
    expect((await s.decide({ actor: actors.responsable, id, decision: 'reject', reason: 'examen', now: at('2026-11-17') })).status).toBe('done');
  });

  test('GIVEN a second decision THEN it is refused and the first stands', async () => {
    const { service: s, id } = await pending('professionnelle');
    await s.decide({ actor: actors.direction, id, decision: 'reject', reason: 'partiel ce jour-là', now: at('2026-11-17') });
    expect(await s.decide({ actor: actors.direction, id, decision: 'approve', now: at('2026-11-18') })).toMatchObject({ status: 'conflict', message: expect.stringContaining('déjà décidée : refusée') });
    expect(await s.details(actors.direction, id, at('2026-11-18'))).toMatchObject({ status: 'done', request: { status: 'rejected' } });
  });

  test('GIVEN two decisions racing THEN exactly one wins', async () => {
    const { service: s, id } = await pending('professionnelle');
    const results = await Promise.all([
      s.decide({ actor: actors.direction, id, decision: 'approve', now: at('2026-11-17') }),
      s.decide({ actor: actors.direction, id, decision: 'reject', reason: 'non', now: at('2026-11-17') }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['conflict', 'done']);
  });

  test('GIVEN a rejection without reason THEN it is refused', async () => {
    const { service: s, id } = await pending('professionnelle');
    expect((await s.decide({ actor: actors.direction, id, decision: 'reject', now: at('2026-11-17') })).status).toBe('invalid');
  });

  test('GIVEN a decision THEN the alternant, the tutor and the submitter are notified', async () => {
    const { service: s, store, id } = await pending('professionnelle');
    await s.decide({ actor: actors.direction, id, decision: 'approve', now: at('2026-11-17') });
    const recipients = (await store.listNotifications()).filter((x) => x.kind === 'decision').map((x) => x.recipient);
    expect(recipients).toEqual(['user:u:tutor', 'email:paul.durand@etu.univ-amu.fr', 'email:tuteur@entreprise.fr']);
  });

  test('GIVEN a sick note THEN the responsable and the secretariat acknowledge it, once each', async () => {
    const { service: s } = service();
    const outcome = await submitSick(s, actors.hr, '2026-11-03');
    const id = outcome.status === 'stored' ? outcome.request.id : -1;
    expect((await s.acknowledge({ actor: actors.secAix, id, now: at('2026-11-04') })).status).toBe('refused');
    expect(await s.acknowledge({ actor: actors.responsable, id, now: at('2026-11-04') })).toMatchObject({ status: 'done', request: { status: 'received' } });
    expect((await s.acknowledge({ actor: actors.responsable, id, now: at('2026-11-04') })).status).toBe('conflict');
    expect(await s.acknowledge({ actor: actors.secMarseille, id, now: at('2026-11-05') })).toMatchObject({ status: 'done', request: { status: 'acknowledged' } });
    expect((await s.decide({ actor: actors.direction, id, decision: 'approve', now: at('2026-11-05') })).status).toBe('refused');
  });
});

describe('reminders, with a test clock', () => {
  test('GIVEN a pending absence THEN reminders after 1 and 3 jours ouvrés and before the first day, each once', async () => {
    const { service: s, store } = service();
    // Submitted Friday 20/11/2026 for Monday 07/12/2026.
    const outcome = await submitAbsence(s, actors.tutor, '2026-11-20');
    const id = outcome.status === 'stored' ? outcome.request.id : -1;
    expect(await s.sendReminders(at('2026-11-21'), actors.system)).toBe(0); // Saturday: 0 jour ouvré
    expect(await s.sendReminders(at('2026-11-23'), actors.system)).toBe(1); // Monday: 1 jour ouvré
    expect(await s.sendReminders(at('2026-11-23'), actors.system)).toBe(0); // not twice
    expect(await s.sendReminders(at('2026-11-25'), actors.system)).toBe(1); // Wednesday: 3 jours ouvrés
    expect(await s.sendReminders(at('2026-12-04'), actors.system)).toBe(1); // Friday before the first day
    const reminders = (await store.listNotifications({ recipients: ['function:direction'] })).filter((x) => x.kind === 'reminder');
    expect(reminders.map((r) => r.message)).toEqual([
      `Rappel : Absence pour raisons professionnelles n°${id} — en attente depuis 1 jour(s) ouvré(s).`,
      `Rappel : Absence pour raisons professionnelles n°${id} — en attente depuis 3 jour(s) ouvré(s).`,
      `Rappel : Absence pour raisons professionnelles n°${id} — l'absence commence le 07/12/2026 et n'est pas décidée.`,
    ]);
  });

  test('GIVEN a holiday THEN it does not count as a day waited', async () => {
    const { service: s } = service();
    // Submitted Tuesday 10/11/2026; Wednesday 11 November is a holiday.
    await submitAbsence(s, actors.tutor, '2026-11-10', { debut: '14/12/2026', fin: '14/12/2026' });
    expect(await s.sendReminders(at('2026-11-11'), actors.system)).toBe(0);
    expect(await s.sendReminders(at('2026-11-12'), actors.system)).toBe(1);
  });

  test('GIVEN a decided absence THEN no more reminders', async () => {
    const { service: s } = service();
    const outcome = await submitAbsence(s, actors.tutor, '2026-11-20');
    const id = outcome.status === 'stored' ? outcome.request.id : -1;
    await s.decide({ actor: actors.direction, id, decision: 'approve', now: at('2026-11-20') });
    expect(await s.sendReminders(at('2026-11-30'), actors.system)).toBe(0);
  });

  test('GIVEN a sick note acknowledged by one function THEN only the other is reminded', async () => {
    const { service: s } = service();
    const outcome = await submitSick(s, actors.hr, '2026-11-03');
    const id = outcome.status === 'stored' ? outcome.request.id : -1;
    await s.acknowledge({ actor: actors.responsable, id, now: at('2026-11-03') });
    const due = await s.dueReminders(at('2026-11-04'));
    expect(due.map((d) => d.recipients)).toEqual([['function:secretariat-marseille']]);
  });
});

describe('export and purge', () => {
  test('GIVEN staff THEN a CSV of the period, formulas neutralised, audited; others refused', async () => {
    const { service: s, store } = service();
    await submitSick(s, actors.hr, '2026-11-03', { alternant: '=HYPERLINK("x")' });
    await submitAbsence(s, actors.tutor, '2026-11-16');
    const result = await s.exportCsv({ actor: actors.responsable, from: isoDate('2026-11-01'), to: isoDate('2026-11-30'), now: at('2026-11-30') });
    expect(result.status).toBe('done');
    const csv = result.status === 'done' ? result.csv : '';
    expect(csv.split('\r\n')[0]).toBe('numero,type,statut,alternant,email,formation,site,premier_jour,dernier_jour,etabli_le,date_limite,en_retard,depose_le,decide_le,motif_decision');
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(result.status === 'done' && result.count).toBe(1); // the responsable handles the sick note, not the professional absence
    expect((await s.exportCsv({ actor: actors.hr, from: isoDate('2026-11-01'), to: isoDate('2026-11-30'), now: at('2026-11-30') })).status).toBe('refused');
    expect((await store.listAudit()).some((a) => a.action === 'export')).toBe(true);
  });

  test('GIVEN the retention period over THEN documents and personal fields are erased, a trace stays', async () => {
    const { service: s, store } = service();
    const outcome = await submitSick(s, actors.hr, '2026-11-03');
    const id = outcome.status === 'stored' ? outcome.request.id : -1;
    expect(retentionEnd(isoDate('2026-11-02'), 12)).toBe('2028-08-31');
    expect(await s.purge(actors.hr, at('2028-09-01'))).toMatchObject({ status: 'refused' });
    expect(await s.purge(actors.responsable, at('2028-08-31'))).toEqual({ status: 'done', count: 0 });
    expect(await s.purge(actors.responsable, at('2028-09-01'))).toEqual({ status: 'done', count: 1 });
    const trace = await store.getRequest(id);
    // The trace keeps the month, not the day: with the site, exact dates would name the student.
    expect(trace).toMatchObject({ studentName: null, studentEmail: null, note: null, type: 'sick-leave', formation: 'm2', firstDay: '2026-11-01', lastDay: '2026-11-01', establishedOn: null, submitterId: '(supprimé)', late: false, hasDocument: false });
    expect(await store.getDocument(id)).toBeUndefined();
    expect((await store.listNotifications()).every((x) => !x.message.includes('Jeanne'))).toBe(true);
    expect((await store.listAudit()).filter((a) => a.action === 'purge').map((a) => a.details)).toEqual(['purge : 0 demande(s) purgée(s)', `purge : 1 demande(s) purgée(s) : ${id}`]);
  });
});

describe('the store', () => {
  test('GIVEN a new file THEN migrations are applied, and reopening keeps everything', async () => {
    const { mkdtempSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'store-')), 'data.sqlite');
    const first = service(file);
    const outcome = await submitSick(first.service, actors.hr, '2026-11-03');
    await first.store.close();
    const again = service(file);
    expect(again.store.schemaVersion).toBe(MIGRATIONS.length);
    expect(await again.store.getRequest(outcome.status === 'stored' ? outcome.request.id : -1)).toMatchObject({ studentName: 'Jeanne Martin' });
    expect(await again.store.integrityCheck()).toBe('ok');
    await again.store.close();
  });
});


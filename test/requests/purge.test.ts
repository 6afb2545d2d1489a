import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { minimalPdf } from '../support/documents.ts';
import { runAsk } from '../../src/adapters/terminal/index.ts';
import { buildApp } from '../../src/bootstrap.ts';
import { readConfig } from '../../src/config/index.ts';
import { RequestService } from '../../src/requests/index.ts';
import { SqliteStore } from '../../src/store/index.ts';
import { absenceValues, actors, at, requestRules, service, sickValues } from '../support/requests.ts';

/** Every file under dir, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

async function ask(app: ReturnType<typeof buildApp>, text: string, now: string) {
  const output = new PassThrough();
  let out = '';
  output.on('data', (c: Buffer) => (out += c.toString()));
  await runAsk({ assistant: app.assistant, exportDir: join(app.dataDir, 'exports'), cwd: app.dataDir }, [text, '--as', 'staff', '--now', now, '--json'], { input: new PassThrough(), output, error: new PassThrough(), clock: () => at(now) });
  return JSON.parse(out) as { kind: string; text: string; data: Record<string, unknown> };
}

describe('purge', () => {
  test('GIVEN a purged sick note THEN neither the raw database, its WAL nor the data folder holds its name, e-mail, file name or document bytes', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'purge-'));
    const app = buildApp(readConfig({ DATA_DIR: dataDir, KNOWLEDGE_DIR: resolve(import.meta.dirname, '../../knowledge') }));
    const marker = randomBytes(12).toString('hex');
    const markers = { name: `Zéphyrine Quatremarre${marker.slice(0, 4)}`, email: `zephyrine.${marker.slice(0, 6)}@etu.univ-amu.fr`, file: `arret-${marker}.pdf`, bytes: `DOCUMENT-BYTES-${marker}` };
    // A document big enough to spill over several overflow pages.
    const pdf = minimalPdf(`${markers.bytes}\n`.repeat(800));
    const outcome = await app.requests.submit({ formId: 'arret-maladie', values: sickValues({ alternant: markers.name, email: markers.email, document: { filename: markers.file, bytes: pdf } }), actor: actors.hr, now: at('2026-11-03'), idempotencyKey: `purge:${marker}` });
    const id = outcome.status === 'stored' ? outcome.request.id : -1;
    // What staff do with it: view the document, export the month (both written by the terminal door).
    expect((await ask(app, `/demandes ${id} document`, '2026-11-04')).kind).toBe('answer');
    expect((await ask(app, '/demandes export du=01/11/2026 au=30/11/2026', '2026-11-04')).data.count).toBe(1);
    const before = filesUnder(dataDir).map((f) => readFileSync(f).toString('latin1')).join('\n');
    expect(before).toContain(markers.bytes); // the search below can find them

    expect((await ask(app, '/demandes purger', '2028-09-01')).data.purged).toBe(1);
    const files = filesUnder(dataDir);
    const found: string[] = [];
    for (const f of files) {
      const raw = readFileSync(f);
      for (const [what, value] of Object.entries(markers)) if (raw.includes(Buffer.from(value, 'utf8'))) found.push(`${what} in ${f}`);
    }
    expect(found).toEqual([]);
    // The audit keeps that the document was viewed, not its name.
    expect((await app.store.listAudit({ requestId: id })).find((a) => a.action === 'view-document')?.details).toBe('document consulté');
    await app.store.close();
  });

  test('GIVEN a purged request THEN deciding, acknowledging, viewing and fetching the document are refused in French, and sending it again stores it anew', async () => {
    const { service: s } = service();
    const sick = await s.submit({ formId: 'arret-maladie', values: sickValues(), actor: actors.hr, now: at('2026-11-03'), idempotencyKey: 'same-key' });
    const absence = await s.submit({ formId: 'absence', values: absenceValues(), actor: actors.tutor, now: at('2026-11-16'), idempotencyKey: 'abs-key' });
    const sickId = sick.status === 'stored' ? sick.request.id : -1;
    const absenceId = absence.status === 'stored' ? absence.request.id : -1;
    expect(await s.purge(actors.responsable, at('2028-09-01'))).toEqual({ status: 'done', count: 2 });
    const purged = expect.stringContaining('a été purgée');
    expect(await s.decide({ actor: actors.direction, id: absenceId, decision: 'approve', now: at('2028-09-02') })).toEqual({ status: 'refused', message: purged });
    expect(await s.acknowledge({ actor: actors.responsable, id: sickId, now: at('2028-09-02') })).toEqual({ status: 'refused', message: purged });
    expect(await s.details(actors.responsable, sickId, at('2028-09-02'))).toEqual({ status: 'refused', message: purged });
    expect(await s.document(actors.responsable, sickId, at('2028-09-02'))).toEqual({ status: 'refused', message: purged });
    const again = await s.submit({ formId: 'arret-maladie', values: sickValues(), actor: actors.hr, now: at('2028-09-02'), idempotencyKey: 'same-key' });
    expect(again).toMatchObject({ status: 'stored', created: true });
    expect(again.status === 'stored' && again.request.id).not.toBe(sickId);
  });

  test('GIVEN a purged absence THEN the trace keeps type, formation, month, late flag and decision, and nothing about who', async () => {
    const { service: s, store } = service();
    const outcome = await s.submit({ formId: 'absence', values: absenceValues(), actor: actors.tutor, now: at('2026-11-16'), idempotencyKey: 'k' });
    const id = outcome.status === 'stored' ? outcome.request.id : -1;
    await s.details(actors.tutor, id, at('2026-11-16'));
    await s.decide({ actor: actors.direction, id, decision: 'reject', reason: 'examen ce jour-là', now: at('2026-11-17') });
    await s.purge(actors.direction, at('2028-09-01'));
    const trace = await store.getRequest(id);
    expect(trace).toMatchObject({ type: 'absence-professional', formation: 'm1', firstDay: '2026-12-01', lastDay: '2026-12-01', status: 'rejected', late: false });
    expect(trace).toMatchObject({ submitterId: '(supprimé)', studentName: null, studentEmail: null, tutorEmail: null, reason: null, decisionReason: null, decidedBy: null, deadline: null });
    const notifications = await store.listNotifications({ requestId: id });
    expect(notifications.every((x) => !x.recipient.includes('@') && !x.message.includes('Paul'))).toBe(true);
    // Nothing in the audit ties the submitter to the request any more; staff actions keep their author.
    expect((await store.listAudit({ requestId: id })).map((a) => [a.action, a.actorId])).toEqual([
      ['submit', '(supprimé)'],
      ['view', '(supprimé)'],
      ['decide', actors.direction.id],
    ]);
  });

  test('GIVEN the daily purge timer firing in two processes THEN it runs once per day', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'lease-')), 'data.sqlite');
    const [a, b] = [new SqliteStore(file), new SqliteStore(file)];
    const [sa, sb] = [new RequestService(a, requestRules()), new RequestService(b, requestRules())];
    await sa.submit({ formId: 'absence', values: absenceValues(), actor: actors.tutor, now: at('2026-11-16'), idempotencyKey: 'k' });
    const now = at('2028-09-01');
    expect(await sa.purgeIfDue(now, actors.system)).toBe(1);
    expect(await sb.purgeIfDue(new Date(now.getTime() + 3600_000), actors.system)).toBeUndefined();
    expect(await sa.purgeIfDue(new Date(now.getTime() + 3600_000), actors.system)).toBeUndefined();
    expect(await sb.purgeIfDue(new Date(now.getTime() + 24 * 3600_000), actors.system)).toBe(0);
    expect((await a.listAudit()).filter((x) => x.action === 'purge')).toHaveLength(2);
    await Promise.all([a.close(), b.close()]);
  });

  test('GIVEN a new data folder THEN the database is readable by its owner only (file 0600, folder 0700)', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'modes-')), 'data');
    const store = new SqliteStore(join(dir, 'assistant.sqlite'));
    await store.audit({ at: 'x', actorId: 'a', actorRole: 'r', action: 'view', requestId: null, details: '' });
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    for (const f of readdirSync(dir)) expect([f, statSync(join(dir, f)).mode & 0o777]).toEqual([f, 0o600]);
    await store.close();
  });

  test('GIVEN a list view and a refused attempt THEN both are in the audit', async () => {
    const { service: s, store } = service();
    const outcome = await s.submit({ formId: 'arret-maladie', values: sickValues(), actor: actors.hr, now: at('2026-11-03'), idempotencyKey: 'k' });
    const id = outcome.status === 'stored' ? outcome.request.id : -1;
    await s.list(actors.responsable, {}, at('2026-11-04'));
    await s.details(actors.otherHr, id, at('2026-11-04'));
    await s.decide({ actor: actors.hr, id, decision: 'approve', now: at('2026-11-04') });
    const audit = await store.listAudit();
    expect(audit.find((a) => a.action === 'list')).toMatchObject({ actorId: actors.responsable.id, details: `liste : 1 demande(s) (${id})` });
    expect(audit.filter((a) => a.action === 'refuse').map((a) => [a.actorId, a.requestId, a.details])).toEqual([
      [actors.otherHr.id, id, 'consultation refusé'],
      [actors.hr.id, id, 'décision refusé'],
    ]);
  });
});

describe('reminders lease', () => {
  test('GIVEN the reminder timer firing in two processes THEN one of them sends, the other skips', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'remind-')), 'data.sqlite');
    const [a, b] = [new SqliteStore(file), new SqliteStore(file)];
    const [sa, sb] = [new RequestService(a, requestRules()), new RequestService(b, requestRules())];
    await sa.submit({ formId: 'absence', values: absenceValues(), actor: actors.tutor, now: at('2026-11-20'), idempotencyKey: 'k' });
    const results = await Promise.all([sa.remindIfDue(at('2026-11-23'), actors.system, 3600_000), sb.remindIfDue(at('2026-11-23'), actors.system, 3600_000)]);
    expect(results.filter((r) => r === undefined)).toHaveLength(1);
    expect(results.filter((r) => r === 1)).toHaveLength(1);
    await Promise.all([a.close(), b.close()]);
  });
});

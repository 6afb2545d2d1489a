import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, test } from 'vitest';
import { createAssistant } from '../../src/core/index.ts';
import { RequestService } from '../../src/requests/index.ts';
import { SqliteStore } from '../../src/store/index.ts';
import { realKnowledge } from '../support/knowledge.ts';
import { absenceValues, actors, at, PDF, requestRules, service, sickValues } from '../support/requests.ts';

const ITERATIONS = 120;

/** A worker and a way to wait for its answer about one request id. */
function startWorker(file: string, who: string) {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'ack-worker.ts'), file, who], { stdio: ['pipe', 'pipe', 'inherit'] });
  const waiting = new Map<number, (status: string) => void>();
  createInterface({ input: child.stdout! }).on('line', (line) => {
    const [, id, status] = line.split(' ');
    waiting.get(Number(id))?.(status!);
  });
  return {
    child,
    ack: (id: number) =>
      new Promise<string>((resolve) => {
        waiting.set(id, resolve);
        child.stdin!.write(`${id}\n`);
      }),
  };
}

describe('races', () => {
  test(
    'GIVEN the responsable and the secretariat acknowledging at the same moment from two processes THEN the note is always complete, and the submitter told once',
    async () => {
      const file = join(mkdtempSync(join(tmpdir(), 'races-')), 'data.sqlite');
      const store = new SqliteStore(file);
      const s = new RequestService(store, requestRules());
      const workers = [startWorker(file, 'responsable'), startWorker(file, 'secMarseille')];
      const stuck: number[] = [];
      try {
        for (let i = 0; i < ITERATIONS; i += 1) {
          const outcome = await s.submit({ formId: 'arret-maladie', values: sickValues({ alternant: `Alternant ${i}` }), actor: actors.hr, now: at('2026-11-03'), idempotencyKey: `race:${i}` });
          const id = outcome.status === 'stored' ? outcome.request.id : -1;
          const statuses = await Promise.all(workers.map((w) => w.ack(id)));
          expect(statuses).toEqual(['done', 'done']);
          if ((await store.getRequest(id))?.status !== 'acknowledged') stuck.push(id);
          const told = (await store.listNotifications({ requestId: id })).filter((n) => n.kind === 'acknowledged');
          expect(told).toHaveLength(1);
        }
      } finally {
        for (const w of workers) w.child.kill();
      }
      expect(stuck).toEqual([]);
      await store.close();
    },
    120_000,
  );
});

describe('idempotency', () => {
  test('GIVEN the same sick note through two door events (two keys) THEN it is stored once', async () => {
    const { service: s, store } = service();
    const first = await s.submit({ formId: 'arret-maladie', values: sickValues(), actor: actors.hr, now: at('2026-11-03'), idempotencyKey: 'slack:V1' });
    const second = await s.submit({ formId: 'arret-maladie', values: sickValues({ document: { filename: 'arret.pdf', bytes: Buffer.from(PDF.bytes) } }), actor: actors.hr, now: at('2026-11-03'), idempotencyKey: 'slack:V2' });
    expect(first).toMatchObject({ status: 'stored', created: true });
    expect(second).toMatchObject({ status: 'stored', created: false, request: { id: first.status === 'stored' ? first.request.id : -1 } });
    expect(await store.listRequests({})).toHaveLength(1);
  });

  test('GIVEN a key reused with different content (a corrected name) THEN a conflict the user is told about in French, and the correction is not silently dropped as « déjà reçue »', async () => {
    const { service: s, store } = service();
    await s.submit({ formId: 'arret-maladie', values: sickValues(), actor: actors.hr, now: at('2026-11-03'), idempotencyKey: 'discord:I1' });
    const assistant = createAssistant(realKnowledge(), { requests: s });
    const reply = await assistant.handle({
      user: { id: actors.hr.id, role: 'hr', staffFunctions: [] },
      channel: { kind: 'dm' },
      now: at('2026-11-03'),
      formSubmission: { formId: 'arret-maladie', values: sickValues({ alternant: 'Jeanne Martin-Dupont' }), idempotencyKey: 'discord:I1' },
    });
    expect(reply.kind).toBe('error');
    expect(reply.data).toMatchObject({ conflict: true });
    const text = [reply.title, ...reply.blocks].join('\n');
    expect(text).toContain('contenu différent');
    expect(text).not.toMatch(/déjà (été )?reçue/);
    expect((await store.listRequests({}))[0]!.studentName).toBe('Jeanne Martin');
  });

  test('GIVEN the very same submission twice under one key THEN « déjà reçue », stored once', async () => {
    const { service: s, store } = service();
    await s.submit({ formId: 'absence', values: absenceValues(), actor: actors.tutor, now: at('2026-11-16'), idempotencyKey: 'k1' });
    expect(await s.submit({ formId: 'absence', values: absenceValues(), actor: actors.tutor, now: at('2026-11-16'), idempotencyKey: 'k1' })).toMatchObject({ status: 'stored', created: false });
    expect(await store.listRequests({})).toHaveLength(1);
  });
});

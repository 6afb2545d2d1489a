/**
 * Two processes, one PostgreSQL database: two instances of the assistant, each with the real
 * Slack door over HTTP (signed requests) and the fake Slack Web API, receive the same event, the
 * same decision click, and 20 submissions between them. Whatever happens happens once.
 */
import { createHmac } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { PostgresStore } from '../../../src/store/index.ts';
import { newRequest } from '../../store/contract.ts';
import { minimalPdf } from '../../support/documents.ts';
import { startInstance, type Instance } from '../../support/instance.ts';
import { createDatabase } from '../../support/postgres.ts';
import { startFakeSlack, type FakeSlack } from './fake-slack.ts';

const admin = inject('postgresUrl');
const SECRET = '0123456789abcdef0123456789abcdef';
const PDF = minimalPdf();
const SUBMISSIONS = 20;
const STAFF = ['URESP', 'USECA', 'USECM', 'UDIR'];

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

let fake: FakeSlack;
let url: string;
let store: PostgresStore;
const instances: Instance[] = [];
let seeded: number[] = [];

async function post(instance: Instance, body: string, contentType: string) {
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  const response = await fetch(`http://127.0.0.1:${instance.port}/slack/events`, { method: 'POST', headers: { 'content-type': contentType, 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature }, body });
  return { status: response.status, body: await response.text() };
}
const interactive = (instance: Instance, payload: unknown) => post(instance, new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded');
const posts = (channel?: string) => fake.calls.filter((c) => c.method === 'chat.postMessage' && (channel === undefined || c.body.channel === channel));

/** Waits until `condition` holds (the doors work after their ack, and deliver in the background). */
async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 20_000) {
  const start = Date.now();
  while (!(await condition())) {
    if (Date.now() - start > timeoutMs) throw new Error(`${what}: not within ${timeoutMs} ms\n${instances.map((i) => i.output()).join('\n---\n')}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const sickLeave = (viewId: string, name: string) => ({
  type: 'view_submission',
  team: { id: 'T1' },
  api_app_id: 'A1',
  user: { id: 'UHR', name: 'rh' },
  view: {
    id: viewId,
    type: 'modal',
    callback_id: 'form:arret-maladie',
    private_metadata: '{}',
    state: {
      values: {
        alternant: { value: { type: 'plain_text_input', value: name } },
        email: { value: { type: 'email_text_input', value: 'alternant@etu.univ-amu.fr' } },
        formation: { value: { type: 'static_select', selected_option: { value: 'm2' } } },
        site: { value: { type: 'static_select', selected_option: null } },
        debut: { value: { type: 'datepicker', selected_date: day(0) } },
        fin: { value: { type: 'datepicker', selected_date: day(2) } },
        etabli: { value: { type: 'datepicker', selected_date: day(0) } },
        nature: { value: { type: 'static_select', selected_option: { value: 'initial' } } },
        document: { value: { type: 'file_input', files: [{ id: 'F123', name: 'arret.pdf', filetype: 'pdf', mimetype: 'application/pdf', size: PDF.length }] } },
        note: { value: { type: 'plain_text_input', value: null } },
      },
    },
  },
});

/** Every staff message once: no (recipient, text) pair posted twice. */
function expectNoDuplicateStaffMessages() {
  const seen = new Map<string, number>();
  for (const c of posts().filter((c) => STAFF.includes(String(c.body.channel)))) {
    const key = `${String(c.body.channel)} ${String(c.body.text)}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  expect([...seen].filter(([, n]) => n > 1)).toEqual([]);
}

describe.skipIf(!admin)('two instances on one PostgreSQL database', () => {
  beforeAll(async () => {
    fake = await startFakeSlack({ F123: PDF });
    url = await createDatabase(admin);
    store = await PostgresStore.open(url);
    // Two absences waiting for a decision for a week: both instances send reminders at start.
    for (const name of ['Ancienne Un', 'Ancienne Deux']) {
      const { request } = await store.submit({
        request: newRequest({ studentName: name, submittedAt: new Date(Date.now() - 8 * 86_400_000).toISOString(), firstDay: day(40) as never, lastDay: day(40) as never, deadline: null, type: 'absence-other', retentionUntil: day(800) as never }),
        contentHash: `seed:${name}`,
        audit: { at: new Date().toISOString(), actorId: 'slack:UTUT', actorRole: 'tutor', action: 'submit', requestId: null, details: 'absence-other' },
        notifications: [],
      });
      seeded.push(request.id);
    }
    const env = {
      DATABASE_URL: url,
      DATA_DIR: mkdtempSync(join(tmpdir(), 'two-')),
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: fake.apiUrl,
      STAFF_RESPONSABLE_ALTERNANCE: 'slack:URESP',
      STAFF_SECRETARIAT_AIX: 'slack:USECA',
      STAFF_SECRETARIAT_MARSEILLE: 'slack:USECM',
      STAFF_DIRECTION: 'slack:UDIR',
      COMPANY_HR: 'slack:UHR',
      COMPANY_TUTORS: 'slack:UTUT',
    };
    // Started together: both migrate (once, under the advisory lock) and send reminders at once.
    instances.push(...(await Promise.all([startInstance(env), startInstance(env)])));
  }, 120_000);

  afterAll(async () => {
    await Promise.all(instances.map((i) => i.stop()));
    await store?.close();
    await fake?.close();
  });

  test('GIVEN the same Slack event delivered to both instances THEN it is answered once', async () => {
    const event = JSON.stringify({ type: 'event_callback', team_id: 'T1', api_app_id: 'A1', event_id: 'EvTwice', event_time: 1, event: { type: 'message', channel_type: 'im', channel: 'DSTUDENT', user: 'USTUDENT', text: 'qui est le directeur ?', ts: '1.1' } });
    const responses = await Promise.all(instances.map((i) => post(i, event, 'application/json')));
    expect(responses.map((r) => r.status)).toEqual([200, 200]);
    await until(() => posts('DSTUDENT').length > 0, 'an answer');
    // Time for a second answer, if there were to be one.
    await new Promise((r) => setTimeout(r, 1500));
    expect(posts('DSTUDENT')).toHaveLength(1);
  });

  test(`GIVEN ${SUBMISSIONS} submissions spread over both, a quarter redelivered to the other THEN one stored request each, and each staff message sent once`, async () => {
    const payloads = Array.from({ length: SUBMISSIONS }, (_, i) => sickLeave(`V-two-${i}`, `Alternant ${i}`));
    await Promise.all(payloads.map((p, i) => interactive(instances[i % 2]!, p)));
    // Slack retries some: the same view to the other instance.
    await Promise.all(payloads.slice(0, SUBMISSIONS / 4).map((p, i) => interactive(instances[(i + 1) % 2]!, p)));
    await until(async () => (await store.listRequests({ type: 'sick-leave' })).length >= SUBMISSIONS, 'all stored');
    const stored = await store.listRequests({ type: 'sick-leave' });
    expect(stored).toHaveLength(SUBMISSIONS);
    expect(new Set(stored.map((r) => r.studentName)).size).toBe(SUBMISSIONS);
    // Each new sick note goes to the responsable and to the Marseille secretariat (M2): once each.
    await until(() => posts('USECM').filter((c) => /Arrêt/.test(String(c.body.text))).length >= SUBMISSIONS && posts('URESP').filter((c) => /Arrêt/.test(String(c.body.text))).length >= SUBMISSIONS, 'staff notified');
    await new Promise((r) => setTimeout(r, 1000));
    expect(posts('USECM').filter((c) => /Arrêt/.test(String(c.body.text)))).toHaveLength(SUBMISSIONS);
    expect(posts('URESP').filter((c) => /Arrêt/.test(String(c.body.text)))).toHaveLength(SUBMISSIONS);
    expectNoDuplicateStaffMessages();
  }, 60_000);

  test('GIVEN the same decision click on both instances THEN one decision, one message update, the tutor told once', async () => {
    const id = seeded[0]!;
    const click = { type: 'block_actions', user: { id: 'URESP' }, team: { id: 'T1' }, api_app_id: 'A1', channel: { id: 'DRESP' }, message: { ts: '222.333', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'demande' } }, { type: 'actions', elements: [] }] }, trigger_id: 'tt', response_url: fake.responseUrl('click'), actions: [{ type: 'button', action_id: `request:approve:${id}`, value: String(id), block_id: 'b' }] };
    await Promise.all(instances.map((i) => interactive(i, click)));
    await until(() => fake.calls.some((c) => c.method === 'chat.update') && fake.calls.some((c) => c.method === 'response_url' && JSON.stringify(c.body).includes('déjà décidée')), 'decided, and the second click told');
    expect(fake.calls.filter((c) => c.method === 'chat.update')).toHaveLength(1);
    expect(await store.getRequest(id)).toMatchObject({ status: 'approved', decidedBy: 'slack:URESP' });
    expect((await store.listAudit({ requestId: id })).filter((e) => e.action === 'decide')).toHaveLength(1);
    await until(() => posts('UTUT').some((c) => /acceptée/.test(String(c.body.text))), 'tutor told');
    await new Promise((r) => setTimeout(r, 1000));
    expect(posts('UTUT').filter((c) => /acceptée/.test(String(c.body.text)))).toHaveLength(1);
  }, 30_000);

  test('GIVEN both instances sending reminders at start THEN each reminder recorded and delivered once', async () => {
    const reminders = (await store.listAudit()).filter((e) => e.action === 'remind');
    expect(reminders.map((e) => e.requestId).sort()).toEqual([...seeded].sort());
    // Delivered along with the other notifications, by one instance or the other, once.
    await until(() => posts('URESP').filter((c) => /Rappel/.test(String(c.body.text))).length >= seeded.length, 'reminders delivered');
    await new Promise((r) => setTimeout(r, 1000));
    expect(posts('URESP').filter((c) => /Rappel/.test(String(c.body.text)))).toHaveLength(seeded.length);
    expectNoDuplicateStaffMessages();
  }, 30_000);

  test('GIVEN everything above THEN every notification was sent once: as many messages to staff and tutor as notification rows for them', async () => {
    const slackUser = new Map<string, string>([...STAFF.map((u) => [`function:${{ URESP: 'responsable-alternance', USECA: 'secretariat-aix', USECM: 'secretariat-marseille', UDIR: 'direction' }[u]}`, u] as const), ['user:slack:UTUT', 'UTUT'] as const]);
    await until(async () => (await store.listNotifications({ status: 'pending' })).filter((n) => slackUser.has(n.recipient)).length === 0, 'outbox drained');
    const sent = (await store.listNotifications({ status: 'sent' })).filter((n) => slackUser.has(n.recipient));
    expect(sent.every((n) => n.channel === 'slack' && n.attempts === 1)).toBe(true);
    const expected = new Map<string, number>();
    for (const n of sent) expected.set(slackUser.get(n.recipient)!, (expected.get(slackUser.get(n.recipient)!) ?? 0) + 1);
    const received = new Map([...new Set(slackUser.values())].map((u) => [u, posts(u).length]));
    expect(received).toEqual(new Map([...received.keys()].map((u) => [u, expected.get(u) ?? 0])));
  }, 30_000);
});

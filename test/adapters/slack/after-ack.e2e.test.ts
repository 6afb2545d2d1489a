/**
 * What happens after Slack was answered: failures reach the user, malformed payloads never give
 * HTTP 500, requests from the future are refused, a health route reads the store, and a refused
 * token stops the start with a message naming the variable. The real Bolt app over loopback
 * against the local fake Web API.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { createSlackDoor } from '../../../src/adapters/slack/index.ts';
import { DoorStartError } from '../../../src/adapters/start-error.ts';
import { createAssistant } from '../../../src/core/index.ts';
import { memoryLogger } from '../../../src/logging/index.ts';
import { minimalPdf } from '../../support/documents.ts';
import { realKnowledge } from '../../support/knowledge.ts';
import { at, service, sickValues } from '../../support/requests.ts';
import { startFakeSlack, type FakeSlack } from './fake-slack.ts';
import { freePort, SECRET, signedPoster } from './signed-requests.ts';

const PDF = minimalPdf();
let fake: FakeSlack;
let port: number;
let door: ReturnType<typeof createSlackDoor>;
let store: ReturnType<typeof service>['store'];
let requests: ReturnType<typeof service>['service'];
const log = memoryLogger();
let healthy = true;

const signed = signedPoster(() => port);
const post = (body: string, contentType: string, timestamp?: number) => signed(body, contentType, { timestamp });
let n = 0;
function command(name: string, text: string, user = 'UHR') {
  n += 1;
  const body = new URLSearchParams({ command: `/${name}`, text, user_id: user, user_name: user.toLowerCase(), channel_id: 'CGEN', channel_name: 'general', team_id: 'T1', api_app_id: 'A1', trigger_id: `trig-${n}`, response_url: fake.responseUrl(`ack-${n}`) }).toString();
  return { sent: post(body, 'application/x-www-form-urlencoded').then((r) => (fake.recordAck(r.body), r)), path: `/response/ack-${n}` };
}
const interactive = (payload: unknown) => post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded');
const callsTo = (method: string) => fake.calls.filter((c) => c.method === method);
const state = (fileId: string) => ({
  values: {
    alternant: { value: { type: 'plain_text_input', value: 'Jeanne Martin' } },
    email: { value: { type: 'email_text_input', value: 'jeanne.martin@etu.univ-amu.fr' } },
    formation: { value: { type: 'static_select', selected_option: { value: 'm2' } } },
    site: { value: { type: 'static_select', selected_option: null } },
    debut: { value: { type: 'datepicker', selected_date: '2026-11-16' } },
    fin: { value: { type: 'datepicker', selected_date: '2026-11-20' } },
    etabli: { value: { type: 'datepicker', selected_date: '2026-11-16' } },
    nature: { value: { type: 'static_select', selected_option: { value: 'initial' } } },
    document: { value: { type: 'file_input', files: [{ id: fileId, name: 'arret.pdf', filetype: 'pdf', mimetype: 'application/pdf', size: PDF.length }] } },
    note: { value: { type: 'plain_text_input', value: null } },
  },
});
const submit = (values: unknown, viewId: string, user = 'UHR') => interactive({ type: 'view_submission', team: { id: 'T1' }, api_app_id: 'A1', user: { id: user, name: user.toLowerCase() }, view: { id: viewId, type: 'modal', callback_id: 'form:arret-maladie', private_metadata: '{}', state: values } });
const directory = {
  staff: { 'responsable-alternance': ['slack:URESP'], 'secretariat-aix': ['slack:USECA'], 'secretariat-marseille': ['slack:USECM'], direction: ['slack:UDIR'] },
  hr: ['slack:UHR'],
  tutors: ['slack:UTUT'],
};

beforeAll(async () => {
  fake = await startFakeSlack({ F123: PDF });
  port = await freePort();
  const ctx = service(join(mkdtempSync(join(tmpdir(), 'slack-ack-')), 'data.sqlite'));
  store = ctx.store;
  requests = ctx.service;
  door = createSlackDoor({
    botToken: 'xoxb-test-token',
    signingSecret: SECRET,
    apiUrl: fake.apiUrl,
    port,
    host: '127.0.0.1',
    health: async () => {
      if (!healthy) throw new Error('SQLITE_BUSY');
    },
    assistant: createAssistant(realKnowledge(), { requests: ctx.service }),
    requests: ctx.service,
    directory,
    listenChannels: [],
    clock: () => at('2026-11-24'),
    log,
  });
  await door.start();
});

afterAll(async () => {
  await door.stop();
  await fake.close();
  await store.close();
});

beforeEach(() => {
  log.events.length = 0;
  fake.failures.clear();
});

describe('failures after the acknowledgement reach the user', () => {
  test('GIVEN views.open failing with expired_trigger_id THEN /arret-maladie tells the user in French through respond, and logs it', async () => {
    fake.failures.set('views.open', 'expired_trigger_id');
    const c = command('arret-maladie', '');
    expect((await c.sent).status).toBe(200);
    const told = await fake.waitFor((x) => x.method === 'response_url' && x.headers.host !== undefined && JSON.stringify(x.body).includes('formulaire'));
    expect(String(told.body.text)).toContain('Relancez /arret-maladie');
    expect(log.events.some((l) => l.level === 'error' && l.context.error === 'expired_trigger_id' && l.context.user === 'UHR')).toBe(true);
  });

  test('GIVEN a sick-leave modal whose file no longer exists (files.info → file_not_found) THEN the modal shows the error on the document and nothing is stored', async () => {
    const response = await submit(state('F404'), 'V-missing');
    expect(response.status).toBe(200);
    const body = JSON.parse(response.body) as { response_action: string; errors: Record<string, string> };
    expect(body.response_action).toBe('errors');
    expect(body.errors.document).toContain('n’existe plus');
    expect(await store.listRequests({})).toEqual([]);
  });

  test('GIVEN the file lookup failing after the modal closed THEN the submitter is told nothing was stored', async () => {
    fake.failures.set('files.info', 'internal_error');
    const before = callsTo('chat.postMessage').length;
    const response = await submit(state('F123'), 'V-lookup-fails');
    expect(response.status).toBe(200);
    const told = await fake.waitFor((c) => c.method === 'chat.postMessage' && callsTo('chat.postMessage').indexOf(c) >= before && c.body.channel === 'UHR');
    expect(String(told.body.text)).toContain('pas* été enregistré');
    expect(await store.listRequests({})).toEqual([]);
  });

  test('GIVEN a malformed view_submission (no state) THEN no HTTP 500: acknowledged, an error logged, the user told', async () => {
    const before = callsTo('chat.postMessage').length;
    const response = await interactive({ type: 'view_submission', team: { id: 'T1' }, api_app_id: 'A1', user: { id: 'UHR', name: 'uhr' }, view: { id: 'V-broken', type: 'modal', callback_id: 'form:arret-maladie', private_metadata: '{}' } });
    expect(response.status).toBe(200);
    const told = await fake.waitFor((c) => c.method === 'chat.postMessage' && callsTo('chat.postMessage').indexOf(c) >= before && c.body.channel === 'UHR');
    expect(String(told.body.text)).toContain('n’a pas été enregistré');
    expect(log.events.some((l) => l.level === 'error' && String(l.context.what).includes('form:arret-maladie'))).toBe(true);
  });

  test('GIVEN a refusal modal with unreadable metadata THEN nothing decided, the staff member told', async () => {
    const before = callsTo('chat.postMessage').length;
    const response = await interactive({ type: 'view_submission', team: { id: 'T1' }, api_app_id: 'A1', user: { id: 'UDIR', name: 'udir' }, view: { id: 'V-reject', type: 'modal', callback_id: 'reject-reason', private_metadata: 'not json', state: { values: { raison: { value: { type: 'plain_text_input', value: 'Pas possible' } } } } } });
    expect(response.status).toBe(200);
    const told = await fake.waitFor((c) => c.method === 'chat.postMessage' && callsTo('chat.postMessage').indexOf(c) >= before && c.body.channel === 'UDIR');
    expect(String(told.body.text)).toContain('rien n’a été décidé');
  });
});

describe('notifications', () => {
  test('GIVEN the responsable unreachable on Slack (channel_not_found) THEN the secretariat still gets its message, and only the responsable’s notification is undeliverable', async () => {
    fake.failures.set('chat.postMessage:URESP', 'channel_not_found');
    const before = callsTo('chat.postMessage').length;
    const outcome = await requests.submit({ formId: 'arret-maladie', values: sickValues({ debut: '16/11/2026', fin: '20/11/2026', etabli: '16/11/2026' }), actor: { id: 'slack:UHR', role: 'hr', staffFunctions: [] }, now: at('2026-11-24'), idempotencyKey: 'slack-closed' });
    expect(outcome.status).toBe('stored');
    await door.deliverNotifications();
    const posted = callsTo('chat.postMessage').slice(before);
    expect(posted.filter((c) => c.body.channel === 'USECM')).toHaveLength(1);
    const rows = await store.listNotifications({});
    expect(rows.find((r) => r.recipient === 'function:secretariat-marseille')).toMatchObject({ status: 'sent', channel: 'slack' });
    expect(rows.find((r) => r.recipient === 'function:responsable-alternance')).toMatchObject({ status: 'undeliverable' });
  });
});

describe('HTTP mode', () => {
  test('GIVEN a signed request dated 6 minutes in the future THEN 401, like a stale one', async () => {
    const c = new URLSearchParams({ command: '/aide', text: '', user_id: 'UHR', user_name: 'uhr', channel_id: 'CGEN', channel_name: 'general', team_id: 'T1', api_app_id: 'A1', trigger_id: 't', response_url: fake.responseUrl('future') }).toString();
    expect((await post(c, 'application/x-www-form-urlencoded', Math.floor(Date.now() / 1000) + 6 * 60)).status).toBe(401);
    expect((await post(c, 'application/x-www-form-urlencoded', Math.floor(Date.now() / 1000) - 6 * 60)).status).toBe(401);
    expect((await post(c, 'application/x-www-form-urlencoded', Math.floor(Date.now() / 1000) + 60)).status).toBe(200);
  });

  test('GIVEN GET /health THEN 200 while the store answers, 503 when it does not', async () => {
    const ok = await fetch(`http://127.0.0.1:${port}/health`);
    expect(ok.status).toBe(200);
    healthy = false;
    const down = await fetch(`http://127.0.0.1:${port}/health`);
    healthy = true;
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ status: 'error' });
  });
});

describe('start', () => {
  test('GIVEN auth.test answering invalid_auth THEN the start stops with a French message naming SLACK_BOT_TOKEN, before listening', async () => {
    fake.failures.set('auth.test', 'invalid_auth');
    const other = createSlackDoor({ botToken: 'xoxb-bad', signingSecret: SECRET, apiUrl: fake.apiUrl, port: await freePort(), assistant: createAssistant(realKnowledge()), requests: service().service, directory, listenChannels: [], clock: () => at('2026-11-24'), log });
    const error = await other.start().then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(DoorStartError);
    expect((error as Error).message).toContain('SLACK_BOT_TOKEN');
    expect((error as Error).message).toContain('invalid_auth');
  });
});

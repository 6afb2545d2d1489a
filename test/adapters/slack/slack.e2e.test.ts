/**
 * The real Bolt app over loopback: properly signed requests in, a fake Slack Web API recording
 * what the door calls.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LogLevel, type Logger } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createSlackDoor } from '../../../src/adapters/slack/index.ts';
import { createAssistant } from '../../../src/core/index.ts';
import { minimalPdf } from '../../support/documents.ts';
import { realKnowledge } from '../../support/knowledge.ts';
import { at, service } from '../../support/requests.ts';
import { startFakeSlack, type FakeSlack } from './fake-slack.ts';
import { freePort, SECRET, sign, signedPoster } from './signed-requests.ts';

const PDF = minimalPdf();
let fake: FakeSlack;
let port: number;
let door: ReturnType<typeof createSlackDoor>;
let store: ReturnType<typeof service>['store'];

const post = signedPoster(() => port);

let responses = 0;
function command(name: string, text: string, user = 'UHR', extra: Record<string, string> = {}) {
  responses += 1;
  const body = new URLSearchParams({ command: `/${name}`, text, user_id: user, user_name: user.toLowerCase(), channel_id: 'CGEN', channel_name: 'general', team_id: 'T1', api_app_id: 'A1', trigger_id: `trig-${responses}`, response_url: fake.responseUrl(responses), ...extra }).toString();
  // The answer comes in the acknowledgement when ready in time, else through response_url.
  const sent = post(body, 'application/x-www-form-urlencoded').then((r) => (fake.recordAck(r.body), r));
  return { sent, responseUrl: `/response/${responses}` };
}
const interactive = (payload: unknown) => post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded');
let events = 0;
function event(ev: Record<string, unknown>, headers: Record<string, string> = {}, eventId = `Ev${(events += 1)}`) {
  return post(JSON.stringify({ type: 'event_callback', team_id: 'T1', api_app_id: 'A1', event_id: eventId, event_time: 1, event: ev }), 'application/json', { headers });
}
const callsTo = (method: string) => fake.calls.filter((c) => c.method === method);

// Bolt's own warnings go to this logger, not to the test output: `npm test` stays quiet.
const warnings: string[] = [];
const logger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: (...messages: unknown[]) => void warnings.push(messages.map(String).join(' ')),
  error: (...messages: unknown[]) => void warnings.push(messages.map(String).join(' ')),
  setLevel: () => undefined,
  getLevel: () => LogLevel.WARN,
  setName: () => undefined,
};

beforeAll(async () => {
  fake = await startFakeSlack({ F123: PDF });
  port = await freePort();
  const ctx = service(join(mkdtempSync(join(tmpdir(), 'slack-')), 'data.sqlite'));
  store = ctx.store;
  door = createSlackDoor({
    botToken: 'xoxb-test-token',
    signingSecret: SECRET,
    apiUrl: fake.apiUrl,
    port,
    assistant: createAssistant(realKnowledge(), { requests: ctx.service }),
    requests: ctx.service,
    directory: {
      staff: { 'responsable-alternance': ['slack:URESP'], 'secretariat-aix': ['slack:USECA'], 'secretariat-marseille': ['slack:USECM'], direction: ['slack:UDIR'] },
      hr: ['slack:UHR'],
      tutors: ['slack:UTUT'],
    },
    listenChannels: ['CLISTEN'],
    clock: () => at('2026-11-24'),
    logger,
  });
  await door.start();
});

afterAll(async () => {
  await door.stop();
  await fake.close();
  await store.close();
});

/** A command's answers (in its acknowledgement or through response_url) and the buttons' response_url calls, in order. */
const responsesSent = () => fake.calls.filter((c) => c.method === 'response_url' || c.method === 'ack');

describe('slash commands', () => {
  test.each([
    ['aide', '', '/salaire-min'],
    ['contrat-dates', 'M2 CAPP', '03/06/2026'],
    ['salaire-min', 'M2 CAPP 23', '1 138,88'],
    ['contact', 'arrêt maladie', '10 jours ouvrables'],
    ['demandes', '', 'Vos demandes'],
  ])('GIVEN /%s %s THEN an ephemeral reply, in the acknowledgement (ready in time)', async (name, text, expected) => {
    const before = responsesSent().length;
    const { sent } = command(name, text);
    expect((await sent).status).toBe(200);
    await fake.waitFor(() => responsesSent().length > before);
    const reply = responsesSent()[before]!;
    expect(reply.body.response_type).toBe('ephemeral');
    expect(JSON.stringify(reply.body.blocks)).toContain(expected);
  });

  test('GIVEN a long answer THEN a « Détails » button; pressing it shows the whole answer to the presser only', async () => {
    const before = responsesSent().length;
    await command('salaire-min', 'M2 CAPP 23').sent;
    await fake.waitFor(() => responsesSent().length > before);
    const first = responsesSent()[before]!.body;
    expect(JSON.stringify(first.blocks)).not.toContain('D6222-31');
    const blocks = first.blocks as Array<{ type: string; elements?: Array<{ action_id: string; value: string; text: { text: string } }> }>;
    const details = blocks.find((b) => b.type === 'actions')!.elements!.find((e) => e.action_id === 'details')!;
    expect(details.text.text).toBe('Détails');
    const after = responsesSent().length;
    await interactive({ type: 'block_actions', user: { id: 'UHR' }, team: { id: 'T1' }, api_app_id: 'A1', channel: { id: 'CGEN' }, trigger_id: 't', response_url: fake.responseUrl('details'), actions: [{ type: 'button', action_id: 'details', value: details.value, block_id: 'b' }] });
    await fake.waitFor(() => responsesSent().length > after);
    const full = responsesSent()[after]!.body;
    expect(full.response_type).toBe('ephemeral');
    expect(JSON.stringify(full.blocks)).toContain('D6222-31');
  });

  test('GIVEN a public answer THEN it carries a share button; pressing it posts in the channel through the response URL (no channel membership needed)', async () => {
    const before = responsesSent().length;
    await command('contrat-dates', 'M2 CAPP').sent;
    await fake.waitFor(() => responsesSent().length > before);
    const blocks = responsesSent()[before]!.body.blocks as Array<{ type: string; elements?: Array<{ action_id: string; value: string }> }>;
    const share = blocks.find((b) => b.type === 'actions')!.elements!.find((e) => e.action_id === 'share')!;
    const posts = callsTo('chat.postMessage').length;
    await interactive({ type: 'block_actions', user: { id: 'UHR' }, team: { id: 'T1' }, api_app_id: 'A1', channel: { id: 'CGEN' }, trigger_id: 't', response_url: fake.responseUrl('share'), actions: [{ type: 'button', action_id: 'share', value: share.value, block_id: 'b' }] });
    const posted = await fake.waitFor((c) => c.method === 'response_url' && c.headers['content-type'] !== undefined && JSON.stringify(c.body).includes('Partagé par'));
    expect(posted.body).toMatchObject({ response_type: 'in_channel', replace_original: false });
    expect(JSON.stringify(posted.body.blocks)).toContain('Partagé par <@UHR>');
    expect(callsTo('chat.postMessage').length).toBe(posts);
  });

  test('GIVEN a private answer (a computed salary) THEN no share button', async () => {
    const before = responsesSent().length;
    await command('salaire-min', 'M2 CAPP 23').sent;
    await fake.waitFor(() => responsesSent().length > before);
    expect(JSON.stringify(responsesSent()[before]!.body.blocks)).not.toContain('"share"');
  });

  test('GIVEN /arret-maladie from HR THEN a modal opens with the form; from a student THEN a refusal', async () => {
    await command('arret-maladie', '', 'UHR').sent;
    const opened = await fake.waitFor((c) => c.method === 'views.open');
    expect(opened.body.view).toMatchObject({ callback_id: 'form:arret-maladie' });
    const views = callsTo('views.open').length;
    const before = responsesSent().length;
    await command('arret-maladie', '', 'USTUDENT').sent;
    await fake.waitFor(() => responsesSent().length > before);
    expect(JSON.stringify(responsesSent()[before]!.body)).toContain('Seul le service RH');
    expect(callsTo('views.open')).toHaveLength(views);
  });
});

describe('forms', () => {
  const state = (overrides: Record<string, unknown> = {}) => ({
    values: {
      alternant: { value: { type: 'plain_text_input', value: 'Jeanne Martin' } },
      email: { value: { type: 'email_text_input', value: 'jeanne.martin@etu.univ-amu.fr' } },
      formation: { value: { type: 'static_select', selected_option: { value: 'm2' } } },
      site: { value: { type: 'static_select', selected_option: null } },
      debut: { value: { type: 'datepicker', selected_date: '2026-11-16' } },
      fin: { value: { type: 'datepicker', selected_date: '2026-11-20' } },
      etabli: { value: { type: 'datepicker', selected_date: '2026-11-16' } },
      nature: { value: { type: 'static_select', selected_option: { value: 'initial' } } },
      document: { value: { type: 'file_input', files: [{ id: 'F123', name: 'arret.pdf', filetype: 'pdf', mimetype: 'application/pdf', size: PDF.length }] } },
      note: { value: { type: 'plain_text_input', value: null } },
      ...overrides,
    },
  });
  const submit = (values: unknown, viewId: string, user = 'UHR') =>
    interactive({ type: 'view_submission', team: { id: 'T1' }, api_app_id: 'A1', user: { id: user, name: user.toLowerCase() }, view: { id: viewId, type: 'modal', callback_id: 'form:arret-maladie', private_metadata: '{}', state: values } });

  test('GIVEN invalid fields THEN the modal gets the errors per field and nothing is stored', async () => {
    const response = await submit(state({ email: { value: { type: 'email_text_input', value: 'pas-un-mail' } }, fin: { value: { type: 'datepicker', selected_date: '2026-11-10' } } }), 'V-bad');
    expect(response.status).toBe(200);
    const body = JSON.parse(response.body);
    expect(body.response_action).toBe('errors');
    expect(Object.keys(body.errors).sort()).toEqual(['email', 'etabli', 'fin']);
    expect(await store.listRequests({})).toEqual([]);
  });

  test('GIVEN a valid sick note with its file THEN the file is downloaded with the bot token, stored, the submitter told, the staff notified with a button', async () => {
    const response = await submit(state(), 'V-good');
    expect(response.body).toBe('');
    const receipt = await fake.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === 'UHR' && JSON.stringify(c.body).includes('enregistr'));
    expect(JSON.stringify(receipt.body.blocks)).toContain('Demande n°1 enregistrée');
    expect(callsTo('file.download')[0]?.body.authorization).toBe('Bearer xoxb-test-token');
    const [request] = await store.listRequests({});
    expect(request).toMatchObject({ studentName: 'Jeanne Martin', hasDocument: true });
    expect((await store.getDocument(request!.id))?.bytes).toEqual(PDF);
    const toSecretariat = await fake.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === 'USECM');
    expect(JSON.stringify(toSecretariat.body.blocks)).toContain('request:ack:1');
    await fake.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === 'URESP');
    // Health data never goes to a channel.
    expect(callsTo('chat.postMessage').filter((c) => JSON.stringify(c.body).includes('Jeanne')).every((c) => ['UHR', 'URESP', 'USECM'].includes(String(c.body.channel)))).toBe(true);
  });

  test('GIVEN the same submission delivered twice THEN stored once', async () => {
    await submit(state(), 'V-good');
    await fake.waitFor((c) => c.method === 'chat.postMessage' && JSON.stringify(c.body).includes('déjà été reçue'));
    expect(await store.listRequests({})).toHaveLength(1);
  });

  test('GIVEN the same note through a second modal (another view id) THEN stored once, answered « déjà reçue »', async () => {
    const before = callsTo('chat.postMessage').filter((c) => JSON.stringify(c.body).includes('déjà été reçue')).length;
    await submit(state(), 'V-good-again');
    await fake.waitFor((c) => c.method === 'chat.postMessage' && JSON.stringify(c.body).includes('déjà été reçue') && callsTo('chat.postMessage').filter((x) => JSON.stringify(x.body).includes('déjà été reçue')).indexOf(c) >= before);
    expect(await store.listRequests({})).toHaveLength(1);
  });

  test('GIVEN 3 sick notes submitted at the same moment THEN each staff member gets exactly one message per note', async () => {
    const names = ['Anne Concurrente', 'Bruno Concurrent', 'Chloé Concurrente'];
    await Promise.all(names.map((name, i) => submit(state({ alternant: { value: { type: 'plain_text_input', value: name } } }), `V-race-${i}`)));
    for (const name of names) await fake.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === 'UHR' && JSON.stringify(c.body).includes(name));
    await door.deliverNotifications();
    const dms = (user: string, name: string) => callsTo('chat.postMessage').filter((c) => c.body.channel === user && JSON.stringify(c.body).includes(name) && JSON.stringify(c.body).includes('accuser réception')).length;
    expect(names.map((name) => [dms('URESP', name), dms('USECM', name)])).toEqual([
      [1, 1],
      [1, 1],
      [1, 1],
    ]);
  });
});

describe('decisions by buttons', () => {
  let id: number;

  const click = (user: string, actionId: string) =>
    interactive({ type: 'block_actions', user: { id: user }, team: { id: 'T1' }, api_app_id: 'A1', channel: { id: 'DDIR' }, message: { ts: '111.222', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'demande' } }, { type: 'actions', elements: [] }] }, trigger_id: 'tt', response_url: fake.responseUrl(`click-${user}-${actionId}`), actions: [{ type: 'button', action_id: actionId, value: 'x', block_id: 'b' }] });

  test('GIVEN a tutor asking an absence through the modal THEN the direction receives it with decision buttons', async () => {
    const values = {
      values: {
        motif_type: { value: { type: 'static_select', selected_option: { value: 'professionnelle' } } },
        alternant: { value: { type: 'plain_text_input', value: 'Paul Durand' } },
        email: { value: { type: 'email_text_input', value: 'paul.durand@etu.univ-amu.fr' } },
        formation: { value: { type: 'static_select', selected_option: { value: 'm1' } } },
        site: { value: { type: 'static_select', selected_option: { value: 'aix' } } },
        debut: { value: { type: 'datepicker', selected_date: '2026-12-14' } },
        fin: { value: { type: 'datepicker', selected_date: '2026-12-14' } },
        demi_journee: { value: { type: 'static_select', selected_option: null } },
        motif: { value: { type: 'plain_text_input', value: 'Salon professionnel' } },
        tuteur_email: { value: { type: 'email_text_input', value: null } },
      },
    };
    await interactive({ type: 'view_submission', team: { id: 'T1' }, api_app_id: 'A1', user: { id: 'UTUT', name: 'tuteur' }, view: { id: 'V-abs', type: 'modal', callback_id: 'form:absence', private_metadata: '{}', state: values } });
    const toDirection = await fake.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === 'UDIR');
    const blocks = JSON.stringify(toDirection.body.blocks);
    expect(blocks).toMatch(/request:approve:(\d+)/);
    id = Number(/request:approve:(\d+)/.exec(blocks)![1]);
  });

  test('GIVEN someone not allowed THEN nothing changes and they are told why', async () => {
    await click('UHR', `request:approve:${id}`);
    const told = await fake.waitFor((c) => c.method === 'response_url' && JSON.stringify(c.body).includes('Seule la Direction'));
    expect(told.body.response_type).toBe('ephemeral');
    expect((await store.getRequest(id))?.status).toBe('pending');
  });

  test('GIVEN the direction approving THEN decided, the message updated with the outcome, the tutor notified', async () => {
    await click('UDIR', `request:approve:${id}`);
    const update = await fake.waitFor((c) => c.method === 'chat.update');
    expect(update.body).toMatchObject({ channel: 'DDIR', ts: '111.222' });
    expect(JSON.stringify(update.body.blocks)).toContain('acceptée');
    expect(JSON.stringify(update.body.blocks)).not.toContain('"actions"');
    expect((await store.getRequest(id))?.status).toBe('approved');
    await fake.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === 'UTUT' && JSON.stringify(c.body).includes('acceptée'));
  });

  test('GIVEN a second click THEN it says it is already decided', async () => {
    await click('UDIR', `request:approve:${id}`);
    await fake.waitFor((c) => c.method === 'response_url' && JSON.stringify(c.body).includes('déjà décidée'));
    expect(callsTo('chat.update')).toHaveLength(1);
  });
});

describe('files for the asker only', () => {
  test('GIVEN staff exporting THEN the CSV is uploaded to their direct messages', async () => {
    await command('demandes', 'export du=01/11/2026 au=30/11/2026', 'URESP').sent;
    const opened = await fake.waitFor((c) => c.method === 'conversations.open');
    expect(opened.body.users).toBe('URESP');
    const completed = await fake.waitFor((c) => c.method === 'files.completeUploadExternal');
    expect(completed.body.channel_id).toBe('DURESP');
    expect(callsTo('file.upload')[0]?.body.size).toBeGreaterThan(100);
  });
});

describe('events', () => {
  test('GIVEN a mention THEN the answer goes in the thread, escaped', async () => {
    await event({ type: 'app_mention', user: 'UHR', text: '<@UBOT> <!channel> quel est le rythme en M2 ?', channel: 'CGEN', ts: '100.1' });
    const posted = await fake.waitFor((c) => c.method === 'chat.postMessage' && c.body.thread_ts === '100.1');
    expect(posted.body.channel).toBe('CGEN');
    expect(JSON.stringify(posted.body)).toContain('lundis, mardis et mercredis');
    expect(JSON.stringify(posted.body)).not.toContain('<!channel>');
  });

  test('GIVEN a mention asking a salary THEN answered privately (ephemeral) in the thread', async () => {
    await event({ type: 'app_mention', user: 'UHR', text: '<@UBOT> apprenti M2 23 ans salaire', channel: 'CGEN', ts: '100.2' });
    const ephemeral = await fake.waitFor((c) => c.method === 'chat.postEphemeral' && c.body.thread_ts === '100.2');
    expect(ephemeral.body.user).toBe('UHR');
  });

  test('GIVEN a direct message THEN always answered', async () => {
    await event({ type: 'message', channel_type: 'im', user: 'UHR', text: 'bonjour', channel: 'DHR', ts: '200.1' });
    await fake.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === 'DHR');
  });

  test('GIVEN a listened channel THEN a sure question is answered in the thread, an unsure or off-topic one is not', async () => {
    await event({ type: 'message', channel_type: 'channel', user: 'UHR', text: 'Quel est le mail du secrétariat du M2 ?', channel: 'CLISTEN', ts: '300.1' });
    await fake.waitFor((c) => c.method === 'chat.postMessage' && c.body.thread_ts === '300.1');
    await event({ type: 'message', channel_type: 'channel', user: 'UHR', text: 'quelqu’un mange à la cafet ce midi ?', channel: 'CLISTEN', ts: '300.2' });
    await event({ type: 'message', channel_type: 'channel', user: 'UHR', text: 'Quel est le mail du secrétariat du M2 ?', channel: 'COTHER', ts: '300.3' });
    await new Promise((r) => setTimeout(r, 300));
    expect(callsTo('chat.postMessage').some((c) => c.body.thread_ts === '300.2' || c.body.thread_ts === '300.3')).toBe(false);
  });

  test('GIVEN a bot or the assistant itself THEN never answered', async () => {
    await event({ type: 'message', channel_type: 'im', bot_id: 'B2', user: 'UOTHERBOT', text: 'bonjour', channel: 'DBOT', ts: '400.1' });
    await event({ type: 'message', channel_type: 'im', user: 'UBOT', text: 'bonjour', channel: 'DSELF', ts: '400.2' });
    await new Promise((r) => setTimeout(r, 300));
    expect(callsTo('chat.postMessage').some((c) => c.body.channel === 'DBOT' || c.body.channel === 'DSELF')).toBe(false);
  });

  test('GIVEN the same event delivered again (retry) THEN handled once', async () => {
    const ev = { type: 'message', channel_type: 'im', user: 'UHR', text: 'aide', channel: 'DRETRY', ts: '500.1' };
    await event(ev, {}, 'EvRetry');
    await event(ev, { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' }, 'EvRetry');
    await new Promise((r) => setTimeout(r, 300));
    expect(callsTo('chat.postMessage').filter((c) => c.body.channel === 'DRETRY')).toHaveLength(1);
  });

  test('GIVEN the Home tab opened THEN staff see pending items, others what the bot does and their submissions', async () => {
    await event({ type: 'app_home_opened', user: 'URESP', channel: 'DRESP', tab: 'home' });
    const staffView = await fake.waitFor((c) => c.method === 'views.publish' && c.body.user_id === 'URESP');
    expect(JSON.stringify(staffView.body.view)).toContain('Rappels');
    await event({ type: 'app_home_opened', user: 'UHR', channel: 'DHR', tab: 'home' });
    const hrView = await fake.waitFor((c) => c.method === 'views.publish' && c.body.user_id === 'UHR');
    expect(JSON.stringify(hrView.body.view)).toContain('Vos demandes');
  });
});

describe('request signatures', () => {
  test('GIVEN a bad signature THEN 401', async () => {
    const body = new URLSearchParams({ command: '/aide', text: '', user_id: 'UHR' }).toString();
    expect((await post(body, 'application/x-www-form-urlencoded', { signature: sign(body, Math.floor(Date.now() / 1000), 'f'.repeat(32)) })).status).toBe(401);
    expect(warnings.join('\n')).toContain('signature mismatch');
  });

  test('GIVEN a stale timestamp THEN 401', async () => {
    const body = new URLSearchParams({ command: '/aide', text: '', user_id: 'UHR' }).toString();
    const old = Math.floor(Date.now() / 1000) - 600;
    expect((await post(body, 'application/x-www-form-urlencoded', { timestamp: old, signature: sign(body, old) })).status).toBe(401);
    expect(warnings.join('\n')).toContain('stale');
  });
});

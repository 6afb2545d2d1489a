/**
 * The real discord.js client over loopback: a fake REST API and a fake gateway (ws) that sends
 * HELLO, READY, GUILD_CREATE and then the interactions and messages under test.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createDiscordDoor, deployCommands } from '../../../src/adapters/discord/index.ts';
import { createAssistant } from '../../../src/core/index.ts';
import { minimalPdf } from '../../support/documents.ts';
import { realKnowledge } from '../../support/knowledge.ts';
import { absenceValues, at, service } from '../../support/requests.ts';
import { APP_ID, BOT_ID, CHANNEL_ID, GUILD_ID, interactionPayload, LISTEN_ID, startFakeDiscord, user, type FakeDiscord, type RecordedCall } from './fake-discord.ts';

const HR = '110000000000000001';
const STUDENT = '110000000000000002';
const RESP = '110000000000000003';
const SECM = '110000000000000004';
const DIR = '110000000000000005';
const TUTOR = '110000000000000006';
const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.GAbCdE.abcdefghijklmnopqrstuvwxyz0123456789AB';
const PDF = minimalPdf();

let fake: FakeDiscord;
let door: ReturnType<typeof createDiscordDoor>;
let ctx: ReturnType<typeof service>;

let counter = 0;
const nextId = () => String(400000000000000000n + BigInt((counter += 1)));

function interaction(type: number, data: Record<string, unknown>, userId: string, extra: Record<string, unknown> = {}) {
  const id = nextId();
  const token = `tok-${id}`;
  fake.dispatch('INTERACTION_CREATE', interactionPayload(id, token, type, data, userId, extra));
  return { id, token, callback: () => fake.waitFor((c) => c.path === `/interactions/${id}/${token}/callback`), original: () => fake.waitFor((c) => c.method === 'PATCH' && c.path === `/webhooks/${APP_ID}/${token}/messages/@original`) };
}
const slash = (name: string, options: unknown[], userId = HR) => interaction(2, { id: '500000000000000001', name, type: 1, options }, userId);
const opt = (name: string, value: unknown, type = 3) => ({ name, type, value });
const text = (id: string, value: string) => ({ type: 18, id: 1, component: { type: 4, id: 2, custom_id: id, value } });
const select = (id: string, values: string[]) => ({ type: 18, id: 1, component: { type: 3, id: 2, custom_id: id, values } });
const button = (customId: string, userId: string, message?: Record<string, unknown>) =>
  interaction(3, { custom_id: customId, component_type: 2 }, userId, message ? { message } : { message: { id: '600000000000000001', channel_id: CHANNEL_ID, author: user(BOT_ID, 'assistant', true), content: '', timestamp: new Date().toISOString(), edited_timestamp: null, tts: false, mention_everyone: false, mentions: [], mention_roles: [], attachments: [], embeds: [], components: [], pinned: false, type: 0, flags: 0 } });
const json = (c: RecordedCall) => JSON.stringify(c.body);

function message(content: string, authorId: string, channelId: string, options: { guild?: boolean; mentionsBot?: boolean; bot?: boolean } = {}) {
  const id = nextId();
  fake.dispatch('MESSAGE_CREATE', {
    id,
    channel_id: channelId,
    // Discord marks direct messages with channel_type 1 (DM); guild messages carry the guild and member.
    ...(options.guild === false ? { channel_type: 1 } : { guild_id: GUILD_ID, channel_type: 0, member: { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 } }),
    author: user(authorId, `user${authorId.slice(-3)}`, options.bot ?? false),
    content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: options.mentionsBot ? [user(BOT_ID, 'assistant', true)] : [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    type: 0,
  });
  return id;
}

beforeAll(async () => {
  fake = await startFakeDiscord({ '700000000000000001': PDF });
  ctx = service(join(mkdtempSync(join(tmpdir(), 'discord-')), 'data.sqlite'));
  door = createDiscordDoor({
    token: TOKEN,
    applicationId: APP_ID,
    apiUrl: fake.apiUrl,
    assistant: createAssistant(realKnowledge(), { requests: ctx.service }),
    requests: ctx.service,
    knowledge: realKnowledge(),
    directory: {
      staff: { 'responsable-alternance': [`discord:${RESP}`], 'secretariat-aix': [], 'secretariat-marseille': [`discord:${SECM}`], direction: [`discord:${DIR}`] },
      hr: [`discord:${HR}`],
      tutors: [`discord:${TUTOR}`],
    },
    listenChannels: [LISTEN_ID],
    clock: () => at('2026-11-24'),
  });
  const ready = new Promise<void>((resolve) => door.client.once('clientReady', () => resolve()));
  await door.start();
  await ready;
}, 30_000);

afterAll(async () => {
  await door.stop();
  await fake.close();
  await ctx.store.close();
});

describe('connection', () => {
  test('GIVEN the gateway THEN the client identifies with Guilds, GuildMessages, MessageContent and DirectMessages', () => {
    expect(fake.identifies[0]).toMatchObject({ token: TOKEN, intents: 1 | 512 | 4096 | 32768 });
  });
});

describe('slash commands', () => {
  test.each([
    ['aide', [], '/salaire-min'],
    ['contrat-dates', [opt('formation', 'M2'), opt('contrat', 'CAPP')], '03/06/2026'],
    ['salaire-min', [opt('formation', 'M2'), opt('contrat', 'CAPP'), opt('age', 23, 4)], '1 138,88'],
    ['contact', [opt('besoin', 'arrêt maladie')], '10 jours ouvrables'],
    ['demandes', [{ name: 'liste', type: 1, options: [] }], 'Vos demandes'],
  ])('GIVEN /%s THEN deferred ephemerally, then the answer in embeds, mentions forbidden', async (name, options, expected) => {
    const i = slash(name, options);
    expect((await i.callback()).body).toMatchObject({ type: 5, data: { flags: 64 } });
    const edit = await i.original();
    expect(json(edit)).toContain(expected);
    expect(edit.body.allowed_mentions).toMatchObject({ parse: [] });
  });

  test('GIVEN a long answer THEN a « Détails » button; pressing it shows the whole answer, ephemerally', async () => {
    const i = slash('salaire-min', [opt('formation', 'M2'), opt('contrat', 'CAPP'), opt('age', 23, 4)]);
    const edit = await i.original();
    expect(json(edit)).not.toContain('D6222-31');
    const customId = /"custom_id":"(details:\d+)"/.exec(json(edit))![1]!;
    expect(json(edit)).toContain('"label":"Détails"');
    const pressed = button(customId, HR);
    expect((await pressed.callback()).body).toMatchObject({ type: 5, data: { flags: 64 } });
    expect(json(await pressed.original())).toContain('D6222-31');
  });

  test('GIVEN a public answer THEN a share button; pressing it posts in the channel without pinging', async () => {
    const i = slash('contrat-dates', [opt('formation', 'M2'), opt('contrat', 'CAPP')]);
    const edit = await i.original();
    const customId = /"custom_id":"(share:\d+)"/.exec(json(edit))![1]!;
    button(customId, HR);
    const posted = await fake.waitFor((c) => c.method === 'POST' && c.path === `/channels/${CHANNEL_ID}/messages` && json(c).includes('Partagé par'));
    expect(posted.body.allowed_mentions).toMatchObject({ parse: [] });
    expect(json(posted)).toContain('03/06/2026');
  });

  test('GIVEN autocomplete on /contact THEN needs from the routing tables', async () => {
    const i = interaction(4, { id: '500000000000000001', name: 'contact', type: 1, options: [{ name: 'besoin', type: 3, value: 'maladie', focused: true }] }, HR);
    const cb = await i.callback();
    expect(cb.body).toMatchObject({ type: 8 });
    expect(json(cb)).toContain('arrêt maladie');
  });
});

describe('forms in modals', () => {
  const page0 = [text('alternant', 'Jeanne Martin'), text('email', 'jeanne.martin@etu.univ-amu.fr'), select('formation', ['m2']), select('site', []), text('debut', '16/11/2026')];
  const page1 = (fin: string) => ({
    components: [text('fin', fin), text('etabli', '16/11/2026'), select('nature', ['initial']), { type: 18, id: 1, component: { type: 19, id: 2, custom_id: 'document', values: ['700000000000000001'] } }, text('note', '')],
    resolved: { attachments: { '700000000000000001': { id: '700000000000000001', filename: 'arret.pdf', size: PDF.length, url: fake.attachmentUrl('700000000000000001'), proxy_url: fake.attachmentUrl('700000000000000001'), content_type: 'application/pdf' } } },
  });

  test('GIVEN a student THEN no modal, a refusal', async () => {
    const i = slash('arret-maladie', [], STUDENT);
    const cb = await i.callback();
    expect(cb.body).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(json(cb)).toContain('Seul le service RH');
  });

  test('GIVEN HR THEN the modal is the first response; two pages; an invalid field comes back with a retry that keeps what was typed; then stored', async () => {
    const open = slash('arret-maladie', [], HR);
    expect((await open.callback()).body).toMatchObject({ type: 9, data: { custom_id: 'form:arret-maladie:0' } });

    const first = interaction(5, { custom_id: 'form:arret-maladie:0', components: page0 }, HR);
    expect(json(await first.original())).toContain('form-next:arret-maladie:1');
    const next = button('form-next:arret-maladie:1', HR);
    expect((await next.callback()).body).toMatchObject({ type: 9, data: { custom_id: 'form:arret-maladie:1' } });

    const wrong = interaction(5, { custom_id: 'form:arret-maladie:1', ...page1('31/02/2026') }, HR);
    const error = await wrong.original();
    expect(json(error)).toContain("n'est pas une date valide");
    expect(json(error)).toContain('form-retry:arret-maladie:1');
    expect(await ctx.store.listRequests({})).toEqual([]);

    const retry = button('form-retry:arret-maladie:1', HR);
    const reopened = await retry.callback();
    expect(json(reopened)).toContain('"value":"31/02/2026"');

    const good = interaction(5, { custom_id: 'form:arret-maladie:1', ...page1('20/11/2026') }, HR);
    expect(json(await good.original())).toContain('Demande n°1 enregistrée');
    const [stored] = await ctx.store.listRequests({});
    expect(stored).toMatchObject({ studentName: 'Jeanne Martin', hasDocument: true });
    expect((await ctx.store.getDocument(stored!.id))?.bytes).toEqual(PDF);
    expect(fake.calls.some((c) => c.path.startsWith('/attachments/700000000000000001'))).toBe(true);
    // The staff concerned get it in their DMs, with an acknowledgement button; no channel does.
    const dm = await fake.waitFor((c) => c.method === 'POST' && /^\/channels\/3\d+\/messages$/.test(c.path) && json(c).includes('request:ack:1'));
    expect(dm.body.allowed_mentions).toMatchObject({ parse: [] });
    expect(fake.calls.filter((c) => c.path === `/channels/${CHANNEL_ID}/messages`).some((c) => json(c).includes('Jeanne'))).toBe(false);
  });
});

describe('decisions by buttons', () => {
  let id: number;
  beforeAll(async () => {
    const outcome = await ctx.service.submit({ formId: 'absence', values: absenceValues({ debut: '14/12/2026', fin: '14/12/2026' }), actor: { id: `discord:${TUTOR}`, role: 'tutor', staffFunctions: [] }, now: at('2026-11-24'), idempotencyKey: 'discord-test-absence' });
    id = outcome.status === 'stored' ? outcome.request.id : -1;
    await door.deliverNotifications();
  });

  test('GIVEN a new absence THEN the direction gets it with approve and reject buttons', async () => {
    const dm = await fake.waitFor((c) => c.method === 'POST' && json(c).includes(`request:approve:${id}`));
    expect(json(dm)).toContain(`request:reject:${id}`);
  });

  test('GIVEN someone not allowed THEN an ephemeral refusal, nothing changed', async () => {
    const click = button(`request:approve:${id}`, HR);
    const cb = await click.callback();
    expect(cb.body).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(json(cb)).toContain('Seule la Direction');
    expect((await ctx.store.getRequest(id))?.status).toBe('pending');
  });

  test('GIVEN the direction THEN decided, the message updated without buttons; a second click says it is already decided', async () => {
    const click = button(`request:approve:${id}`, DIR);
    const cb = await click.callback();
    expect(cb.body).toMatchObject({ type: 7, data: { components: [] } });
    expect(json(cb)).toContain('acceptée');
    expect((await ctx.store.getRequest(id))?.status).toBe('approved');
    const again = button(`request:approve:${id}`, DIR);
    expect(json(await again.callback())).toContain('déjà décidée');
  });
});

describe('free text', () => {
  test('GIVEN a mention THEN a reply referencing the question, escaped, pinging nobody', async () => {
    const msg = message(`<@${BOT_ID}> @everyone quel est le rythme en M2 ?`, HR, CHANNEL_ID, { mentionsBot: true });
    const reply = await fake.waitFor((c) => c.method === 'POST' && c.path === `/channels/${CHANNEL_ID}/messages` && (c.body.message_reference as { message_id?: string } | undefined)?.message_id === msg);
    expect(json(reply)).toContain('lundis, mardis et mercredis');
    expect(reply.body.allowed_mentions).toMatchObject({ parse: [], replied_user: false });
    expect(json(reply)).not.toContain('@everyone');
  });

  test('GIVEN a mention asking a salary THEN the answer goes to DMs, the channel only told so', async () => {
    const msg = message(`<@${BOT_ID}> apprenti M2 23 ans salaire`, HR, CHANNEL_ID, { mentionsBot: true });
    await fake.waitFor((c) => c.method === 'POST' && c.path === `/channels/${CHANNEL_ID}/messages` && (c.body.message_reference as { message_id?: string } | undefined)?.message_id === msg && json(c).includes('message privé'));
    await fake.waitFor((c) => c.method === 'POST' && /^\/channels\/3\d+\/messages$/.test(c.path) && json(c).includes('1 138,88'));
  });

  test('GIVEN a direct message THEN answered', async () => {
    message('Qui est le directeur de la MIAGE ?', STUDENT, '120000000000000001', { guild: false });
    await fake.waitFor((c) => c.path === '/channels/120000000000000001/messages' && json(c).includes('THUILLIER'));
  });

  test('GIVEN the listened channel THEN only sure answers; never bots', async () => {
    const sure = message('Quel est le mail du secrétariat du M2 ?', HR, LISTEN_ID);
    await fake.waitFor((c) => c.path === `/channels/${LISTEN_ID}/messages` && (c.body.message_reference as { message_id?: string } | undefined)?.message_id === sure);
    const offTopic = message('quelqu’un a vu mes clés ?', HR, LISTEN_ID);
    const fromBot = message('Quel est le mail du secrétariat du M2 ?', '130000000000000001', LISTEN_ID, { bot: true });
    await new Promise((r) => setTimeout(r, 400));
    const refs = fake.calls.filter((c) => c.path === `/channels/${LISTEN_ID}/messages`).map((c) => (c.body.message_reference as { message_id?: string } | undefined)?.message_id);
    expect(refs).not.toContain(offTopic);
    expect(refs).not.toContain(fromBot);
  });
});

describe('every message the bot sent', () => {
  test('GIVEN all recorded messages THEN each forbids mentions', () => {
    const messages = fake.calls.filter((c) => (c.method === 'POST' && /\/messages$/.test(c.path)) || (c.method === 'PATCH' && c.path.includes('/messages/')));
    expect(messages.length).toBeGreaterThan(10);
    for (const m of messages) expect(m.body.allowed_mentions, `${m.method} ${m.path}`).toMatchObject({ parse: [] });
    const callbacks = fake.calls.filter((c) => c.path.endsWith('/callback') && [4, 7].includes(Number(c.body.type)));
    for (const c of callbacks) expect((c.body.data as { allowed_mentions?: unknown }).allowed_mentions, c.path).toMatchObject({ parse: [] });
  });
});

describe('npm run discord:deploy', () => {
  test('GIVEN a guild id THEN the commands are registered on that server; without, globally', async () => {
    expect(await deployCommands({ token: TOKEN, applicationId: APP_ID, guildId: GUILD_ID, apiUrl: fake.apiUrl })).toMatchObject({ count: 7 });
    const put = await fake.waitFor((c) => c.method === 'PUT' && c.path === `/applications/${APP_ID}/guilds/${GUILD_ID}/commands`);
    expect((put.body as unknown as Array<{ name: string }>).map((c) => c.name)).toContain('salaire-min');
    await deployCommands({ token: TOKEN, applicationId: APP_ID, apiUrl: fake.apiUrl });
    await fake.waitFor((c) => c.method === 'PUT' && c.path === `/applications/${APP_ID}/commands`);
  });
});

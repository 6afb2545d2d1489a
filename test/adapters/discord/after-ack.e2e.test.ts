/**
 * What happens after Discord was answered: notifications to people whose DMs are closed, errors
 * after a deferral, unknown buttons, mention markup in slash options, attachments checked before
 * and while downloading. The real discord.js client against the local fake REST API and gateway.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { createDiscordDoor } from '../../../src/adapters/discord/index.ts';
import { createAssistant, type IncomingMessage } from '../../../src/core/index.ts';
import { memoryLogger } from '../../../src/logging/index.ts';
import { minimalPdf } from '../../support/documents.ts';
import { realKnowledge } from '../../support/knowledge.ts';
import { at, service, sickValues } from '../../support/requests.ts';
import { APP_ID, BOT_ID, CHANNEL_ID, interactionPayload, startFakeDiscord, user, type FakeDiscord, type RecordedCall } from './fake-discord.ts';

const HR = '120000000000000001';
const RESP = '120000000000000003';
const SECM = '120000000000000004';
const SECM2 = '120000000000000007';
const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.GAbCdE.abcdefghijklmnopqrstuvwxyz0123456789AB';
const PDF = minimalPdf();
const BIG = '700000000000000002';
const HTML = '700000000000000003';
const SLOW = '700000000000000004';
const GOOD = '700000000000000001';

let fake: FakeDiscord;
let door: ReturnType<typeof createDiscordDoor>;
let ctx: ReturnType<typeof service>;
const log = memoryLogger();
const seen: IncomingMessage[] = [];
let failNext = false;

let counter = 0;
const nextId = () => String(410000000000000000n + BigInt((counter += 1)));
function interaction(type: number, data: Record<string, unknown>, userId: string, extra: Record<string, unknown> = {}) {
  const id = nextId();
  const token = `tok-${id}`;
  fake.dispatch('INTERACTION_CREATE', interactionPayload(id, token, type, data, userId, extra));
  return {
    callback: () => fake.waitFor((c) => c.path === `/interactions/${id}/${token}/callback`),
    original: () => fake.waitFor((c) => c.method === 'PATCH' && c.path === `/webhooks/${APP_ID}/${token}/messages/@original`),
  };
}
const slash = (name: string, options: unknown[], userId = HR) => interaction(2, { id: '500000000000000001', name, type: 1, options }, userId);
const json = (c: RecordedCall) => JSON.stringify(c.body);
const text = (id: string, value: string) => ({ type: 18, id: 1, component: { type: 4, id: 2, custom_id: id, value } });
const select = (id: string, values: string[]) => ({ type: 18, id: 1, component: { type: 3, id: 2, custom_id: id, values } });
const emptyMessage = { id: '600000000000000001', channel_id: CHANNEL_ID, author: user(BOT_ID, 'assistant', true), content: '', timestamp: new Date().toISOString(), edited_timestamp: null, tts: false, mention_everyone: false, mentions: [], mention_roles: [], attachments: [], embeds: [], components: [], pinned: false, type: 0, flags: 0 };

beforeAll(async () => {
  fake = await startFakeDiscord({ [GOOD]: PDF, [BIG]: PDF, [HTML]: Buffer.from('<html></html>'), [SLOW]: PDF }, { attachmentTypes: { [HTML]: 'text/html' }, attachmentDelays: { [SLOW]: 3_000 } });
  ctx = service(join(mkdtempSync(join(tmpdir(), 'discord-ack-')), 'data.sqlite'));
  const assistant = createAssistant(realKnowledge(), { requests: ctx.service });
  door = createDiscordDoor({
    token: TOKEN,
    applicationId: APP_ID,
    apiUrl: fake.apiUrl,
    assistant: {
      ...assistant,
      handle: async (m: IncomingMessage) => {
        seen.push(m);
        if (failNext) {
          failNext = false;
          throw new Error('store unavailable');
        }
        return assistant.handle(m);
      },
    },
    requests: ctx.service,
    knowledge: realKnowledge(),
    directory: {
      staff: { 'responsable-alternance': [`discord:${RESP}`], 'secretariat-aix': [], 'secretariat-marseille': [`discord:${SECM}`, `discord:${SECM2}`], direction: [] },
      hr: [`discord:${HR}`],
      tutors: [],
    },
    listenChannels: [],
    clock: () => at('2026-11-24'),
    log,
    downloadTimeoutMs: 300,
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

beforeEach(() => {
  log.events.length = 0;
});

describe('start', () => {
  test('GIVEN no listened channel THEN the privileged Message Content intent is not requested', () => {
    expect(Number(fake.identifies[0]!.intents) & 32768).toBe(0);
    expect(fake.identifies[0]).toMatchObject({ intents: 1 | 512 | 4096 });
  });
});

describe('notifications', () => {
  test('GIVEN the responsable has closed DMs THEN both secretaries still get theirs, the closed one is recorded on its notification alone, logged', async () => {
    fake.closedDms.add(RESP);
    const outcome = await ctx.service.submit({ formId: 'arret-maladie', values: sickValues({ debut: '16/11/2026', fin: '20/11/2026', etabli: '16/11/2026' }), actor: { id: `discord:${HR}`, role: 'hr', staffFunctions: [] }, now: at('2026-11-24'), idempotencyKey: 'closed-dms' });
    expect(outcome.status).toBe('stored');
    await door.deliverNotifications();
    const dmTo = (id: string) => fake.calls.filter((c) => c.method === 'POST' && c.path === `/channels/3${id.slice(1)}/messages`);
    expect(dmTo(SECM)).toHaveLength(1);
    expect(dmTo(SECM2)).toHaveLength(1);
    expect(dmTo(RESP)).toHaveLength(1); // tried once, refused: 403 50007
    const rows = await ctx.store.listNotifications({});
    const resp = rows.find((r) => r.recipient === 'function:responsable-alternance')!;
    const sec = rows.find((r) => r.recipient === 'function:secretariat-marseille')!;
    expect(sec).toMatchObject({ status: 'sent', channel: 'discord' });
    expect(resp.status).toBe('undeliverable');
    expect(resp.lastError).toContain('50007');
    expect(log.events.some((l) => l.context.person === RESP && l.context.failure === 'permanent')).toBe(true);
    // Delivering again sends nothing twice.
    await door.deliverNotifications();
    expect(dmTo(SECM)).toHaveLength(1);
    fake.closedDms.clear();
  });

  test('GIVEN one of two secretaries with closed DMs THEN the other receives it and the notification counts as sent', async () => {
    fake.closedDms.add(SECM2);
    await ctx.service.submit({ formId: 'arret-maladie', values: sickValues({ alternant: 'Paul Roux', email: 'paul.roux@etu.univ-amu.fr', debut: '17/11/2026', fin: '20/11/2026', etabli: '17/11/2026' }), actor: { id: `discord:${HR}`, role: 'hr', staffFunctions: [] }, now: at('2026-11-24'), idempotencyKey: 'closed-one' });
    await door.deliverNotifications();
    const rows = (await ctx.store.listNotifications({})).filter((r) => r.recipient === 'function:secretariat-marseille');
    expect(rows.at(-1)).toMatchObject({ status: 'sent' });
    fake.closedDms.clear();
  });
});

describe('failures after the acknowledgement', () => {
  test('GIVEN the core failing after deferReply THEN the deferred reply is edited into a French apology, and the error is logged with context', async () => {
    failNext = true;
    const i = slash('aide', []);
    expect((await i.callback()).body).toMatchObject({ type: 5 });
    const edit = await i.original();
    expect(edit.body.content).toContain('Désolé');
    expect(log.events.find((l) => l.level === 'error')?.context).toMatchObject({ what: '/aide', user: HR, deferred: true, error: 'store unavailable' });
  });

  test('GIVEN a button this version does not know THEN an ephemeral « ce bouton n’est plus valable »', async () => {
    const b = interaction(3, { custom_id: 'old-deployment:42', component_type: 2 }, HR, { message: emptyMessage });
    const cb = await b.callback();
    expect(cb.body).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(json(cb)).toContain('plus valable');
  });

  test('GIVEN @everyone and role markup in a slash option THEN the core reads the same text as from a mention, and gives the same answer', async () => {
    const i = slash('contact', [{ name: 'besoin', type: 3, value: '@everyone arrêt maladie <@&123456789012345678>' }]);
    const viaSlash = await i.original();
    expect(seen.at(-1)?.command?.args).toBe('arrêt maladie');
    const plain = slash('contact', [{ name: 'besoin', type: 3, value: 'arrêt maladie' }]);
    expect(JSON.stringify((await plain.original()).body.embeds)).toBe(JSON.stringify(viaSlash.body.embeds));
  });
});

describe('attachments', () => {
  const page0 = [text('alternant', 'Jeanne Martin'), text('email', 'jeanne.martin@etu.univ-amu.fr'), select('formation', ['m2']), select('site', []), text('debut', '16/11/2026')];
  const page1 = (id: string, size: number, type = 'application/pdf') => ({
    components: [text('fin', '20/11/2026'), text('etabli', '16/11/2026'), select('nature', ['initial']), { type: 18, id: 1, component: { type: 19, id: 2, custom_id: 'document', values: [id] } }, text('note', '')],
    resolved: { attachments: { [id]: { id, filename: 'arret.pdf', size, url: fake.attachmentUrl(id), proxy_url: fake.attachmentUrl(id), content_type: type } } },
  });
  async function submitWith(id: string, size: number, type?: string) {
    const open = slash('arret-maladie', []);
    await open.callback();
    await interaction(5, { custom_id: 'form:arret-maladie:0', components: page0 }, HR).original();
    return interaction(5, { custom_id: 'form:arret-maladie:1', ...page1(id, size, type) }, HR).original();
  }
  const downloads = (id: string) => fake.calls.filter((c) => c.path.startsWith(`/attachments/${id}`)).length;

  test('GIVEN an attachment announced above 10 MB THEN refused before any download, the user told, nothing stored', async () => {
    const before = (await ctx.store.listRequests({})).length;
    const edit = await submitWith(BIG, 11 * 1024 * 1024);
    expect(json(edit)).toContain('10 Mo');
    expect(json(edit)).toContain('form-retry:arret-maladie:1');
    expect(downloads(BIG)).toBe(0);
    expect(await ctx.store.listRequests({})).toHaveLength(before);
  });

  test('GIVEN an attachment announced as HTML THEN refused before download', async () => {
    const edit = await submitWith(HTML, 13, 'text/html');
    expect(json(edit)).toContain('PDF, JPEG ou PNG');
    expect(downloads(HTML)).toBe(0);
  });

  test('GIVEN an attachment served as HTML although announced as PDF THEN refused', async () => {
    const edit = await submitWith(HTML, 13, 'application/pdf');
    expect(json(edit)).toContain('PDF, JPEG ou PNG');
    expect(downloads(HTML)).toBe(1);
  });

  test('GIVEN an attachment download that does not finish in time THEN abandoned, the user told to send it again, nothing stored', async () => {
    const before = (await ctx.store.listRequests({})).length;
    const edit = await submitWith(SLOW, PDF.length);
    expect(json(edit)).toContain('délai dépassé');
    expect(await ctx.store.listRequests({})).toHaveLength(before);
    expect(log.events.some((l) => l.event === 'pièce jointe non téléchargée')).toBe(true);
  });

  test('GIVEN a valid attachment THEN downloaded and the note stored', async () => {
    const before = (await ctx.store.listRequests({})).length;
    const edit = await submitWith(GOOD, PDF.length);
    expect(json(edit)).toContain('enregistrée');
    expect(await ctx.store.listRequests({})).toHaveLength(before + 1);
  });
});

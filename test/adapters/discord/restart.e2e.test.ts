/**
 * State that survives a restart: a form opened on one Discord door process and finished on the
 * next (same store file), with the real discord.js client against the local fake.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { minimalPdf } from '../../support/documents.ts';
import { createDiscordDoor } from '../../../src/adapters/discord/index.ts';
import { createAssistant } from '../../../src/core/index.ts';
import { realKnowledge } from '../../support/knowledge.ts';
import { at, service } from '../../support/requests.ts';
import { APP_ID, interactionPayload, startFakeDiscord, type FakeDiscord } from './fake-discord.ts';

const HR = '110000000000000001';
const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.GAbCdE.abcdefghijklmnopqrstuvwxyz0123456789AB';
const PDF = minimalPdf();

let fake: FakeDiscord;
const stops: Array<() => Promise<unknown>> = [];
let counter = 0;

/** A door process on the store file: its own store connection, service and client. */
async function startDoor(file: string) {
  const ctx = service(file);
  const door = createDiscordDoor({
    token: TOKEN,
    applicationId: APP_ID,
    apiUrl: fake.apiUrl,
    assistant: createAssistant(realKnowledge(), { requests: ctx.service }),
    requests: ctx.service,
    knowledge: realKnowledge(),
    directory: { staff: { 'responsable-alternance': [], 'secretariat-aix': [], 'secretariat-marseille': [], direction: [] }, hr: [`discord:${HR}`], tutors: [] },
    listenChannels: [],
    clock: () => at('2026-11-24'),
  });
  const ready = new Promise<void>((resolve) => door.client.once('clientReady', () => resolve()));
  await door.start();
  await ready;
  const stop = async () => {
    await door.stop();
    await ctx.store.close();
  };
  stops.push(stop);
  return { ctx, stop };
}

function interaction(type: number, data: Record<string, unknown>) {
  const id = String(410000000000000000n + BigInt((counter += 1)));
  const token = `tok-${id}`;
  fake.dispatch('INTERACTION_CREATE', interactionPayload(id, token, type, data, HR));
  return { callback: () => fake.waitFor((c) => c.path === `/interactions/${id}/${token}/callback`), original: () => fake.waitFor((c) => c.method === 'PATCH' && c.path === `/webhooks/${APP_ID}/${token}/messages/@original`) };
}
const text = (id: string, value: string) => ({ type: 18, id: 1, component: { type: 4, id: 2, custom_id: id, value } });
const select = (id: string, values: string[]) => ({ type: 18, id: 1, component: { type: 3, id: 2, custom_id: id, values } });

afterAll(async () => {
  for (const stop of stops.reverse()) await stop().catch(() => undefined);
  await fake?.close();
});

describe('state that survives a restart', () => {
  test('GIVEN a sick-note form opened, its first page sent, then the door restarted THEN the second page sent to the new process completes it', async () => {
    fake = await startFakeDiscord({ '700000000000000001': PDF });
    const file = join(mkdtempSync(join(tmpdir(), 'discord-restart-')), 'data.sqlite');
    const first = await startDoor(file);
    expect((await interaction(2, { id: '500000000000000001', name: 'arret-maladie', type: 1, options: [] }).callback()).body).toMatchObject({ type: 9 });
    const page0 = [text('alternant', 'Jeanne Martin'), text('email', 'jeanne.martin@etu.univ-amu.fr'), select('formation', ['m2']), select('site', []), text('debut', '16/11/2026')];
    expect(JSON.stringify((await interaction(5, { custom_id: 'form:arret-maladie:0', components: page0 }).original()).body)).toContain('form-next:arret-maladie:1');
    await first.stop();

    const second = await startDoor(file);
    const page1 = {
      components: [text('fin', '20/11/2026'), text('etabli', '16/11/2026'), select('nature', ['initial']), { type: 18, id: 1, component: { type: 19, id: 2, custom_id: 'document', values: ['700000000000000001'] } }, text('note', '')],
      resolved: { attachments: { '700000000000000001': { id: '700000000000000001', filename: 'arret.pdf', size: PDF.length, url: fake.attachmentUrl('700000000000000001'), proxy_url: fake.attachmentUrl('700000000000000001'), content_type: 'application/pdf' } } },
    };
    const done = await interaction(5, { custom_id: 'form:arret-maladie:1', ...page1 }).original();
    expect(JSON.stringify(done.body)).toContain('Demande n°1 enregistrée');
    expect(await second.ctx.store.listRequests({})).toMatchObject([{ studentName: 'Jeanne Martin', hasDocument: true }]);
  }, 30_000);
});

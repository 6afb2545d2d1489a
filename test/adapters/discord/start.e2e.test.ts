/**
 * Starting the Discord door against a fake that refuses: a disallowed intent (close code 4014)
 * or a bad token end with a French message naming the portal setting or the variable.
 */
import { describe, expect, test } from 'vitest';
import { createDiscordDoor } from '../../../src/adapters/discord/index.ts';
import { DoorStartError } from '../../../src/adapters/start-error.ts';
import { createAssistant } from '../../../src/core/index.ts';
import { realKnowledge } from '../../support/knowledge.ts';
import { at, service } from '../../support/requests.ts';
import { APP_ID, LISTEN_ID, startFakeDiscord, type FakeDiscordOptions } from './fake-discord.ts';

const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.GAbCdE.abcdefghijklmnopqrstuvwxyz0123456789AB';

async function startAgainst(fakeOptions: FakeDiscordOptions) {
  const fake = await startFakeDiscord({}, fakeOptions);
  const ctx = service();
  const door = createDiscordDoor({
    token: TOKEN,
    applicationId: APP_ID,
    apiUrl: fake.apiUrl,
    assistant: createAssistant(realKnowledge(), { requests: ctx.service }),
    requests: ctx.service,
    knowledge: realKnowledge(),
    directory: { staff: { 'responsable-alternance': [], 'secretariat-aix': [], 'secretariat-marseille': [], direction: [] }, hr: [], tutors: [] },
    listenChannels: [LISTEN_ID],
    clock: () => at('2026-11-24'),
  });
  try {
    await door.start();
    return null;
  } catch (error) {
    return error;
  } finally {
    await door.stop().catch(() => undefined);
    await fake.close();
  }
}

describe('start failures', () => {
  test('GIVEN the gateway closing with 4014 (disallowed intents) THEN a DoorStartError naming Message Content Intent', async () => {
    const error = await startAgainst({ closeOnIdentify: 4014 });
    expect(error).toBeInstanceOf(DoorStartError);
    expect((error as Error).message).toContain('Message Content Intent');
    expect((error as Error).message).toContain('DISCORD_LISTEN_CHANNELS');
  }, 15_000);

  test('GIVEN a token the API refuses (401) THEN a DoorStartError naming DISCORD_TOKEN', async () => {
    const error = await startAgainst({ rejectToken: true });
    expect(error).toBeInstanceOf(DoorStartError);
    expect((error as Error).message).toContain('DISCORD_TOKEN');
  }, 15_000);
});

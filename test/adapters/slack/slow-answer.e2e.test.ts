/**
 * A slash command whose answer is not ready in time: acknowledged empty, then answered through
 * response_url (Slack allows 3 s for the acknowledgement; a ready answer goes in it).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createSlackDoor } from '../../../src/adapters/slack/index.ts';
import { createAssistant, type Assistant } from '../../../src/core/index.ts';
import { memoryLogger } from '../../../src/logging/index.ts';
import { realKnowledge } from '../../support/knowledge.ts';
import { at, service } from '../../support/requests.ts';
import { startFakeSlack, type FakeSlack } from './fake-slack.ts';
import { freePort, SECRET, signedPoster } from './signed-requests.ts';

let fake: FakeSlack;
let port: number;
let door: ReturnType<typeof createSlackDoor>;
const ctx = service();
const post = signedPoster(() => port);
let n = 0;
function command(name: string, text: string) {
  n += 1;
  const body = new URLSearchParams({ command: `/${name}`, text, user_id: 'UHR', user_name: 'uhr', channel_id: 'CGEN', channel_name: 'general', team_id: 'T1', api_app_id: 'A1', trigger_id: `trig-${n}`, response_url: fake.responseUrl(`slow-${n}`) }).toString();
  return post(body, 'application/x-www-form-urlencoded');
}

beforeAll(async () => {
  fake = await startFakeSlack();
  port = await freePort();
  const real = createAssistant(realKnowledge(), { requests: ctx.service });
  // Every answer takes 300 ms, the door waits 50 ms before acknowledging without it.
  const slow: Assistant = { ...real, handle: async (m) => (await new Promise((r) => setTimeout(r, 300)), real.handle(m)) };
  door = createSlackDoor({
    botToken: 'xoxb-test-token',
    signingSecret: SECRET,
    apiUrl: fake.apiUrl,
    port,
    assistant: slow,
    requests: ctx.service,
    directory: { staff: { 'responsable-alternance': [], 'secretariat-aix': [], 'secretariat-marseille': [], direction: [] }, hr: ['slack:UHR'], tutors: [] },
    listenChannels: [],
    clock: () => at('2026-11-24'),
    log: memoryLogger(),
    answerInAckMs: 50,
  });
  await door.start();
});

afterAll(async () => {
  await door.stop();
  await fake.close();
  await ctx.store.close();
});

describe('a slow answer', () => {
  test('GIVEN an answer later than the deadline THEN an empty acknowledgement, then the ephemeral answer through response_url', async () => {
    const response = await command('salaire-min', 'M2 CAPP 23');
    expect(response.status).toBe(200);
    expect(response.body).toBe('');
    const reply = await fake.waitFor((c) => c.method === 'response_url' && c.headers.host !== undefined);
    expect(reply.body.response_type).toBe('ephemeral');
    expect(JSON.stringify(reply.body.blocks)).toContain('1 138,88');
  });
});

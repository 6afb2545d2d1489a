/**
 * Socket Mode: with SLACK_APP_TOKEN the app opens its connection through apps.connections.open
 * (at SLACK_API_URL) and receives envelopes over a WebSocket, acknowledging each one.
 */
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { WebSocketServer, type WebSocket } from 'ws';
import { createSlackDoor } from '../../../src/adapters/slack/index.ts';
import { createAssistant } from '../../../src/core/index.ts';
import { realKnowledge } from '../../support/knowledge.ts';
import { at, service } from '../../support/requests.ts';
import { startFakeSlack, type FakeSlack } from './fake-slack.ts';

let fake: FakeSlack;
let wss: WebSocketServer;
let socket: WebSocket | undefined;
const acks: Array<Record<string, unknown>> = [];
let door: ReturnType<typeof createSlackDoor>;
const ctx = service();

beforeAll(async () => {
  wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await new Promise<void>((resolve) => wss.on('listening', () => resolve()));
  const connected = new Promise<void>((resolve) =>
    wss.on('connection', (ws) => {
      socket = ws;
      ws.on('message', (raw) => acks.push(JSON.parse(raw.toString())));
      ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake', approximate_connection_time: 3600 }, connection_info: { app_id: 'A1' } }));
      resolve();
    }),
  );
  fake = await startFakeSlack({}, `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/link`);
  door = createSlackDoor({
    botToken: 'xoxb-test-token',
    appToken: 'xapp-1-A1-123-abc',
    apiUrl: fake.apiUrl,
    port: 0,
    assistant: createAssistant(realKnowledge(), { requests: ctx.service }),
    requests: ctx.service,
    directory: { staff: { 'responsable-alternance': [], 'secretariat-aix': [], 'secretariat-marseille': [], direction: [] }, hr: [], tutors: [] },
    listenChannels: [],
    clock: () => at('2026-11-24'),
  });
  await door.start();
  await connected;
}, 20_000);

afterAll(async () => {
  await door.stop();
  wss.close();
  await fake.close();
});

describe('Socket Mode', () => {
  test('GIVEN an app token THEN the connection is opened through SLACK_API_URL with that token', async () => {
    const open = await fake.waitFor((c) => c.method === 'apps.connections.open');
    expect(open.headers.authorization).toBe('Bearer xapp-1-A1-123-abc');
  });

  test('GIVEN a slash command envelope THEN it is acknowledged with the answer in the envelope payload', async () => {
    socket!.send(
      JSON.stringify({
        envelope_id: 'env-1',
        type: 'slash_commands',
        accepts_response_payload: true,
        payload: { command: '/salaire-min', text: 'M2 CAPP 23', user_id: 'UHR', user_name: 'rh', channel_id: 'CGEN', channel_name: 'general', team_id: 'T1', api_app_id: 'A1', trigger_id: 't1', response_url: fake.responseUrl('socket') },
      }),
    );
    const deadline = Date.now() + 5000;
    while (!acks.some((a) => a.envelope_id === 'env-1') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const ack = acks.find((a) => a.envelope_id === 'env-1');
    expect(ack).toBeDefined();
    const payload = ack!.payload as { response_type?: string; blocks?: unknown } | undefined;
    expect(payload?.response_type).toBe('ephemeral');
    expect(JSON.stringify(payload?.blocks)).toContain('1 138,88');
    expect(fake.calls.some((c) => c.method === 'response_url')).toBe(false);
  });
});

/**
 * `npm run bench:slack [-- <commands> <in flight>]`: the Slack door's slash-command throughput,
 * against a bare Bolt app that acknowledges and responds, in the same run and the same way: HTTP
 * receiver on loopback, properly signed requests, the answer posted to a local response_url.
 * A command counts when its answer has arrived at the response_url. Target (issue 12): the door
 * at 0.8 of the bare app or more. Exits 1 when missed.
 */
import { createHmac } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { App, LogLevel } from '@slack/bolt';
import { createSlackDoor } from '../src/adapters/slack/index.ts';
import { buildApp } from '../src/bootstrap.ts';
import { readConfig } from '../src/config/index.ts';

const ROOT = process.cwd();
const COMMANDS = Number(process.argv[2] ?? 500) || 500;
const IN_FLIGHT = Number(process.argv[3] ?? 8) || 8;
const ROUNDS = Number(process.argv[4] ?? 5) || 5;
const SECRET = '0123456789abcdef0123456789abcdef';
const TOKEN = 'xoxb-bench-token';

const WORKLOAD: Array<[string, string]> = [
  ['/contrat-dates', 'M2 CAPP'],
  ['/salaire-min', 'M2 CAPP 23'],
  ['/contact', 'arrêt maladie'],
  ['/aide', ''],
  ['/contrat-dates', 'L3I CPRO 2025/2026'],
  ['/salaire-min', 'L3I apprentissage 19'],
];

/** The Web API and the response URLs: answers at once, counts the responses. */
async function startSink() {
  let responses = 0;
  const waiters: Array<{ n: number; resolve: () => void }> = [];
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      if (req.url?.startsWith('/response/')) {
        responses += 1;
        for (const w of waiters.filter((x) => responses >= x.n)) w.resolve();
        return res.end('{"ok":true}');
      }
      if (req.url?.includes('auth.test')) return res.end('{"ok":true,"user_id":"UBOT","bot_id":"BBOT","team_id":"T1"}');
      res.end('{"ok":true}');
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    apiUrl: `${base}/api/`,
    responseUrl: (i: number) => `${base}/response/${i}`,
    count: () => responses,
    until: (n: number) => (responses >= n ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ n, resolve }))),
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

type Sink = Awaited<ReturnType<typeof startSink>>;

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

let sent = 0;
/** Sends `count` signed slash commands, `IN_FLIGHT` at a time; resolves when all answers arrived. */
async function load(port: number, sink: Sink, count: number): Promise<number> {
  const target = sink.count() + count;
  const t0 = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < count) {
      next += 1;
      sent += 1;
      const [command, text] = WORKLOAD[sent % WORKLOAD.length]!;
      const body = new URLSearchParams({ command, text, user_id: `U${sent % 50}`, user_name: 'bench', channel_id: 'CBENCH', channel_name: 'general', team_id: 'T1', api_app_id: 'A1', trigger_id: `t${sent}`, response_url: sink.responseUrl(sent) }).toString();
      const ts = Math.floor(Date.now() / 1000);
      const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${ts}:${body}`).digest('hex')}`;
      const response = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': signature }, body });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`HTTP ${response.status}`);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  await sink.until(target);
  return count / ((performance.now() - t0) / 1000);
}

async function bareApp(sink: Sink) {
  const port = await freePort();
  const app = new App({ token: TOKEN, signingSecret: SECRET, clientOptions: { slackApiUrl: sink.apiUrl }, logLevel: LogLevel.ERROR });
  app.command(/.*/, async ({ ack, respond, command }) => {
    await ack();
    await respond({ response_type: 'ephemeral', text: `ok ${command.command}` });
  });
  await app.start(port);
  return { port, stop: () => app.stop() };
}

async function door(sink: Sink) {
  const port = await freePort();
  const config = readConfig({ KNOWLEDGE_DIR: join(ROOT, 'knowledge'), DATA_DIR: mkdtempSync(join(tmpdir(), 'bench-slack-')) });
  const built = buildApp(config);
  const slack = createSlackDoor({ botToken: TOKEN, signingSecret: SECRET, apiUrl: sink.apiUrl, port, assistant: built.assistant, requests: built.requests, directory: built.directory, listenChannels: [], clock: () => new Date() });
  await slack.start();
  return { port, stop: async () => (await slack.stop(), await built.store.close()) };
}

const sink = await startSink();
const bare = await bareApp(sink);
const assistant = await door(sink);
// Warm-up: JIT, connection pools, the first auth.test of each app.
await load(bare.port, sink, 100);
await load(assistant.port, sink, 100);

const results: { bare: number[]; door: number[] } = { bare: [], door: [] };
for (let round = 0; round < ROUNDS; round += 1) {
  // Alternated, so that a slower moment of a shared machine hits both.
  results.bare.push(await load(bare.port, sink, COMMANDS));
  results.door.push(await load(assistant.port, sink, COMMANDS));
}
await bare.stop();
await assistant.stop();
await sink.close();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ratio = median(results.door) / median(results.bare);
const fmt = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(' / ');
process.stdout.write(
  [
    `Slack, commandes slash en HTTP signé sur la boucle locale : ${COMMANDS} commandes × ${ROUNDS} tours, ${IN_FLIGHT} en vol`,
    `  app Bolt nue (ack + respond) : ${fmt(results.bare)} commandes/s (médiane ${median(results.bare).toFixed(0)})`,
    `  porte Slack de l'assistant   : ${fmt(results.door)} commandes/s (médiane ${median(results.door).toFixed(0)})`,
    `  rapport porte / nue : ${ratio.toFixed(2)} (cible ≥ 0,80)`,
    '',
  ].join('\n'),
);
process.exitCode = ratio >= 0.8 ? 0 : 1;

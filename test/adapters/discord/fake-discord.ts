/**
 * A local fake of Discord: the REST API (gateway URL, interaction callbacks, webhook edits,
 * channel messages, DMs, users, attachments, command registration) and the gateway (ws:
 * HELLO, heartbeat ACKs, READY, GUILD_CREATE, then the events a test dispatches).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export const BOT_ID = '100000000000000001';
export const APP_ID = '100000000000000002';
export const GUILD_ID = '100000000000000003';
export const CHANNEL_ID = '100000000000000004';
export const LISTEN_ID = '100000000000000005';

export interface RecordedCall {
  method: string;
  path: string;
  body: Record<string, unknown>;
  /** For multipart requests (files): the names of the files sent. */
  files?: string[];
}

const user = (id: string, username = `user${id.slice(-3)}`, bot = false) => ({ id, username, discriminator: '0', global_name: username, avatar: null, bot });

let messageIds = 200000000000000000n;
export function messagePayload(channelId: string, body: Record<string, unknown>, author = user(BOT_ID, 'assistant', true)) {
  messageIds += 1n;
  return { id: String(messageIds), channel_id: channelId, author, content: body.content ?? '', timestamp: new Date().toISOString(), edited_timestamp: null, tts: false, mention_everyone: false, mentions: [], mention_roles: [], attachments: [], embeds: body.embeds ?? [], components: body.components ?? [], pinned: false, type: 0, flags: body.flags ?? 0 };
}

function parseMultipart(raw: Buffer, contentType: string): { body: Record<string, unknown>; files: string[] } {
  const boundary = /boundary=(.+)$/.exec(contentType)?.[1];
  const text = raw.toString('latin1');
  const files: string[] = [];
  let body: Record<string, unknown> = {};
  for (const part of text.split(`--${boundary}`)) {
    const name = /name="([^"]+)"/.exec(part)?.[1];
    const filename = /filename="([^"]+)"/.exec(part)?.[1];
    const content = part.split('\r\n\r\n').slice(1).join('\r\n\r\n').replace(/\r\n$/, '');
    if (name === 'payload_json') body = JSON.parse(Buffer.from(content, 'latin1').toString('utf8'));
    else if (filename) files.push(filename);
  }
  return { body, files };
}

export interface FakeDiscordOptions {
  /** Gateway close code sent right after IDENTIFY (4014: disallowed intents, 4004: bad token). */
  closeOnIdentify?: number;
  /** GET /gateway/bot answers 401, as Discord does for a bad token. */
  rejectToken?: boolean;
  /** Attachments served with this content type (default application/octet-stream). */
  attachmentTypes?: Record<string, string>;
  /** Attachments answered after these delays (ms), by id. */
  attachmentDelays?: Record<string, number>;
}

export async function startFakeDiscord(attachments: Record<string, Buffer> = {}, fakeOptions: FakeDiscordOptions = {}) {
  /** Users whose DMs are closed: posting to their DM channel answers 403, code 50007. */
  const closedDms = new Set<string>();
  /** Users whose DM channel answers 500 (a Discord outage) this many more times. */
  const failingDms = new Map<string, number>();
  const calls: RecordedCall[] = [];
  const identifies: Array<Record<string, unknown>> = [];
  const sockets: WebSocket[] = [];
  let seq = 0;
  let server: Server;
  const base = () => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await new Promise<void>((resolve) => wss.on('listening', () => resolve()));
  const wsUrl = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}`;
  const send = (ws: WebSocket, payload: unknown) => ws.send(JSON.stringify(payload));
  const dispatchTo = (ws: WebSocket, t: string, d: unknown) => send(ws, { op: 0, t, s: (seq += 1), d });

  wss.on('connection', (ws) => {
    sockets.push(ws);
    send(ws, { op: 10, d: { heartbeat_interval: 45_000 } });
    ws.on('message', (raw) => {
      const payload = JSON.parse(raw.toString()) as { op: number; d: Record<string, unknown> };
      if (payload.op === 1) send(ws, { op: 11 });
      if (payload.op === 2) {
        identifies.push(payload.d);
        if (fakeOptions.closeOnIdentify) return ws.close(fakeOptions.closeOnIdentify, 'closed by fake');
        dispatchTo(ws, 'READY', { v: 10, user: user(BOT_ID, 'assistant', true), guilds: [{ id: GUILD_ID, unavailable: true }], session_id: 'session-1', resume_gateway_url: wsUrl, application: { id: APP_ID, flags: 0 }, shard: [0, 1] });
        dispatchTo(ws, 'GUILD_CREATE', {
          id: GUILD_ID,
          name: 'MIAGE',
          icon: null,
          owner_id: '100000000000000099',
          unavailable: false,
          member_count: 3,
          large: false,
          joined_at: new Date().toISOString(),
          roles: [{ id: GUILD_ID, name: '@everyone', permissions: '1024', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
          channels: [
            { id: CHANNEL_ID, type: 0, name: 'general', position: 0, permission_overwrites: [], guild_id: GUILD_ID },
            { id: LISTEN_ID, type: 0, name: 'alternance', position: 1, permission_overwrites: [], guild_id: GUILD_ID },
          ],
          members: [],
          emojis: [],
          stickers: [],
          features: [],
          threads: [],
          presences: [],
          voice_states: [],
          stage_instances: [],
          guild_scheduled_events: [],
          preferred_locale: 'fr',
        });
      }
    });
  });

  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const url = new URL(req.url ?? '/', base());
      const path = decodeURIComponent(url.pathname).replace(/^\/api(\/v\d+)?/, '');
      const json = (status: number, body: unknown) => {
        if (status === 204) {
          res.writeHead(204);
          return res.end();
        }
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (req.method === 'GET' && path.startsWith('/attachments/')) {
        const id = path.split('/')[2]!;
        calls.push({ method: 'GET', path, body: {} });
        if (!attachments[id]) return json(404, { message: 'Unknown' });
        const serve = () => {
          res.writeHead(200, { 'content-type': fakeOptions.attachmentTypes?.[id] ?? 'application/octet-stream' });
          res.end(attachments[id]);
        };
        const delay = fakeOptions.attachmentDelays?.[id];
        if (delay) return void setTimeout(serve, delay);
        return serve();
      }
      const type = req.headers['content-type'] ?? '';
      const parsed = type.startsWith('multipart/') ? parseMultipart(raw, type) : { body: raw.length ? (JSON.parse(raw.toString('utf8')) as Record<string, unknown>) : {}, files: undefined };
      calls.push({ method: req.method ?? 'GET', path, body: parsed.body, files: parsed.files });
      if (path === '/gateway/bot' && fakeOptions.rejectToken) return json(401, { message: '401: Unauthorized', code: 0 });
      if (path === '/gateway/bot') return json(200, { url: wsUrl, shards: 1, session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 } });
      if (path === '/gateway') return json(200, { url: wsUrl });
      if (/^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) return json(204, null);
      if (/^\/webhooks\/\d+\/[^/]+(\/messages\/@original)?$/.test(path)) return json(200, messagePayload(CHANNEL_ID, parsed.body));
      const channelMessage = /^\/channels\/(\w+)\/messages$/.exec(path);
      const dmOf = channelMessage ? `1${channelMessage[1]!.slice(1)}` : '';
      if (channelMessage && closedDms.has(dmOf)) return json(403, { message: 'Cannot send messages to this user', code: 50007 });
      if (channelMessage && (failingDms.get(dmOf) ?? 0) > 0) {
        failingDms.set(dmOf, failingDms.get(dmOf)! - 1);
        return json(500, { message: 'Internal Server Error', code: 0 });
      }
      if (channelMessage) return json(200, messagePayload(channelMessage[1]!, parsed.body));
      if (path === '/users/@me/channels') return json(200, { id: `3${String(parsed.body.recipient_id).slice(1)}`, type: 1, recipients: [user(String(parsed.body.recipient_id))] });
      const userPath = /^\/users\/(\d+)$/.exec(path);
      if (userPath) return json(200, user(userPath[1]!));
      if (/^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path) && req.method === 'PUT') return json(200, (parsed.body as unknown as unknown[]).map((c, i) => ({ ...(c as object), id: String(300000000000000000n + BigInt(i)), application_id: APP_ID, version: '1' })));
      return json(404, { message: `fake: no route for ${req.method} ${path}`, code: 0 });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

  return {
    calls,
    identifies,
    closedDms,
    failingDms,
    apiUrl: `${base()}/api`,
    attachmentUrl: (id: string) => `${base()}/attachments/${id}/file.pdf`,
    /** Sends a gateway event to every connected client. */
    dispatch(t: string, d: unknown) {
      for (const ws of sockets) dispatchTo(ws, t, d);
    },
    async waitFor(predicate: (c: RecordedCall) => boolean, timeoutMs = 5000): Promise<RecordedCall> {
      const start = Date.now();
      for (;;) {
        const found = calls.find(predicate);
        if (found) return found;
        if (Date.now() - start > timeoutMs) throw new Error(`no matching call; recorded: ${calls.map((c) => `${c.method} ${c.path}`).join(', ')}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    async close() {
      for (const ws of sockets) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type FakeDiscord = Awaited<ReturnType<typeof startFakeDiscord>>;

/** An INTERACTION_CREATE payload from a guild member, as the gateway sends it. */
export function interactionPayload(id: string, token: string, type: number, data: Record<string, unknown>, userId: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    application_id: APP_ID,
    type,
    token,
    version: 1,
    guild_id: GUILD_ID,
    channel_id: CHANNEL_ID,
    channel: { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID },
    member: { user: user(userId), roles: [], permissions: '0', joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 },
    data,
    locale: 'fr',
    guild_locale: 'fr',
    app_permissions: '0',
    entitlements: [],
    authorizing_integration_owners: {},
    context: 0,
    ...extra,
  };
}
export { user };

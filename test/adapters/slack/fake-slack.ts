/**
 * A local fake of the Slack Web API (and of response_url and file downloads), on loopback.
 * It answers what the door calls and records every call for the tests to assert on.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  method: string;
  body: Record<string, unknown>;
  headers: IncomingMessage['headers'];
}

function parseBody(raw: string, type: string | undefined): Record<string, unknown> {
  if (!raw) return {};
  if (type?.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    // The Web API client sends arrays and objects (blocks, view) as JSON strings.
    out[k] = /^[[{]/.test(v) ? JSON.parse(v) : v;
  }
  return out;
}

export async function startFakeSlack(files: Record<string, Buffer> = {}, socketModeUrl?: string) {
  const calls: RecordedCall[] = [];
  /**
   * Errors to answer, as Slack does (HTTP 200, ok: false): by method (`views.open`), or by
   * method and channel (`chat.postMessage:UCLOSED`). Tests set and clear them.
   */
  const failures = new Map<string, string>();
  let server: Server;
  const base = () => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', base());
      const raw = Buffer.concat(chunks);
      const json = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (req.method === 'GET' && url.pathname.startsWith('/files/')) {
        const id = url.pathname.slice('/files/'.length);
        calls.push({ method: 'file.download', body: { id, authorization: req.headers.authorization }, headers: req.headers });
        if (req.headers.authorization !== 'Bearer xoxb-test-token' || !files[id]) return json(404, { ok: false });
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        return res.end(files[id]);
      }
      if (url.pathname.startsWith('/upload/')) {
        calls.push({ method: 'file.upload', body: { size: raw.length }, headers: req.headers });
        res.writeHead(200);
        return res.end('OK');
      }
      const body = parseBody(raw.toString('utf8'), req.headers['content-type']);
      if (url.pathname.startsWith('/response/')) {
        calls.push({ method: 'response_url', body, headers: req.headers });
        return json(200, { ok: true });
      }
      const method = url.pathname.replace(/^\/api\//, '');
      calls.push({ method, body, headers: req.headers });
      const failure = failures.get(`${method}:${String(body.channel ?? '')}`) ?? failures.get(method);
      if (failure) return json(200, { ok: false, error: failure });
      switch (method) {
        case 'auth.test':
          return json(200, { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1', user: 'assistant', team: 'MIAGE' });
        case 'chat.postMessage':
          return json(200, { ok: true, channel: body.channel, ts: `${Date.now() / 1000}` });
        case 'files.info': {
          const id = String(body.file);
          if (!files[id]) return json(200, { ok: false, error: 'file_not_found' });
          return json(200, { ok: true, file: { id, name: `${id}.pdf`, url_private_download: `${base()}/files/${id}` } });
        }
        case 'apps.connections.open':
          return json(200, socketModeUrl ? { ok: true, url: socketModeUrl } : { ok: false, error: 'not_allowed_token_type' });
        case 'conversations.open':
          return json(200, { ok: true, channel: { id: `D${String(body.users)}` } });
        case 'files.getUploadURLExternal':
          return json(200, { ok: true, upload_url: `${base()}/upload/F1`, file_id: 'F1' });
        case 'files.completeUploadExternal':
          return json(200, { ok: true, files: [{ id: 'F1' }] });
        default:
          return json(200, { ok: true });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    calls,
    failures,
    url: base(),
    apiUrl: `${base()}/api/`,
    responseUrl: (n: number | string) => `${base()}/response/${n}`,
    /**
     * A slash command's answer given in its acknowledgement (the HTTP response's body, or the
     * Socket Mode envelope's payload), recorded as `ack` beside the response_url calls.
     */
    recordAck(body: string | Record<string, unknown> | undefined): void {
      const parsed = typeof body === 'string' ? (body ? (JSON.parse(body) as Record<string, unknown>) : {}) : (body ?? {});
      if (parsed.text !== undefined || parsed.blocks !== undefined) calls.push({ method: 'ack', body: parsed, headers: {} });
    },
    /** Waits until a call matching `predicate` was recorded. */
    async waitFor(predicate: (c: RecordedCall) => boolean, timeoutMs = 5000): Promise<RecordedCall> {
      const start = Date.now();
      for (;;) {
        const found = calls.find(predicate);
        if (found) return found;
        if (Date.now() - start > timeoutMs) throw new Error(`no matching call; recorded: ${calls.map((c) => c.method).join(', ')}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type FakeSlack = Awaited<ReturnType<typeof startFakeSlack>>;

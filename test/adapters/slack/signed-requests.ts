/** Signed requests to a Bolt HTTP receiver on loopback, as Slack sends them. */
import { createHmac } from 'node:crypto';
import { createServer } from 'node:net';

export const SECRET = '0123456789abcdef0123456789abcdef';

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
}

export function sign(body: string, timestamp: number, secret = SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** Posts to /slack/events on `port()`, signed unless a signature is given. */
export function signedPoster(port: () => number) {
  return async (body: string, contentType: string, options: { timestamp?: number; signature?: string; headers?: Record<string, string> } = {}) => {
    const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
    const response = await fetch(`http://127.0.0.1:${port()}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': contentType, 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': options.signature ?? sign(body, timestamp), ...options.headers },
      body,
    });
    return { status: response.status, body: await response.text() };
  };
}

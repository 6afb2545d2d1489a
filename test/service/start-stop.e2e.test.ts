/**
 * The real process (`src/main.ts`) started like a service: a refused Slack token ends with a
 * French message naming the variable and a non-zero exit, no stack trace; SIGTERM stops it within
 * 5 s even while the Web API accepts connections and never answers (a black hole on loopback).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startFakeSlack, type FakeSlack } from '../adapters/slack/fake-slack.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SECRET = '0123456789abcdef0123456789abcdef';

/** Accepts connections and never answers. */
async function blackHole() {
  const sockets: Socket[] = [];
  const server = createServer((s) => void sockets.push(s));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as { port: number }).port, connections: () => sockets.length, close: () => (sockets.forEach((s) => s.destroy()), new Promise<void>((r) => server.close(() => r()))) };
}

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

function startService(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', DATA_DIR: mkdtempSync(join(tmpdir(), 'service-')), SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_SIGNING_SECRET: SECRET, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, out: () => stdout, err: () => stderr };
}

async function until(check: () => boolean, timeoutMs: number) {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}

let fake: FakeSlack;
beforeAll(async () => {
  fake = await startFakeSlack();
});
afterAll(async () => {
  await fake.close();
});

describe('the process as a service', () => {
  test('GIVEN a token Slack refuses (invalid_auth) THEN a French message naming SLACK_BOT_TOKEN, exit 1, no stack trace, never « connecté »', async () => {
    fake.failures.set('auth.test', 'invalid_auth');
    const s = startService({ SLACK_API_URL: fake.apiUrl, PORT: String(await freePort()) });
    const code = await s.exited;
    fake.failures.clear();
    expect(code).toBe(1);
    expect(s.err()).toContain('SLACK_BOT_TOKEN');
    expect(s.err()).not.toMatch(/\n\s+at /);
    expect(s.out()).not.toContain('connecté');
  }, 30_000);

  test('GIVEN a valid token THEN « connecté » only after auth.test, and SIGTERM stops it quickly', async () => {
    const s = startService({ SLACK_API_URL: fake.apiUrl, PORT: String(await freePort()) });
    await until(() => s.out().includes('connecté'), 20_000);
    expect(fake.calls.some((c) => c.method === 'auth.test')).toBe(true);
    const sent = Date.now();
    s.child.kill('SIGTERM');
    expect(await s.exited).toBe(0);
    expect(Date.now() - sent).toBeLessThan(5_000);
  }, 30_000);

  test('GIVEN the Web API unreachable (a black hole) THEN SIGTERM stops the process within 5 s', async () => {
    const hole = await blackHole();
    const s = startService({ SLACK_API_URL: `http://127.0.0.1:${hole.port}/api/`, PORT: String(await freePort()) });
    // The start is stuck in auth.test: the connection is open, no answer comes.
    await until(() => hole.connections() > 0, 20_000);
    const sent = Date.now();
    s.child.kill('SIGTERM');
    await s.exited;
    const elapsed = Date.now() - sent;
    await hole.close();
    process.stderr.write(`SIGTERM with the Web API unreachable: stopped in ${elapsed} ms\n`);
    expect(elapsed).toBeLessThan(5_000);
  }, 30_000);
});

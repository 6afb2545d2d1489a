/**
 * The assistant as `npm start` runs it, in a child process: configuration from the environment,
 * the Slack door over HTTP, resolved once it says it is connected.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from './ports.ts';

const ROOT = join(import.meta.dirname, '..', '..');

export interface Instance {
  port: number;
  process: ChildProcess;
  /** Everything it wrote, for the failure message. */
  output: () => string;
  /** SIGTERM, as a service manager stops it; resolves once it exited. */
  stop: () => Promise<void>;
}

export async function startInstance(env: Record<string, string>, timeoutMs = 60_000): Promise<Instance> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'main.ts')], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', TZ: process.env.TZ ?? 'Europe/Paris', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`instance not connected in ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const check = () => {
      if (/Slack : connecté/.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', check);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`instance exited (${code}):\n${output}`));
    });
  });
  return {
    port,
    process: child,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

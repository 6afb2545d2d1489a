/**
 * Entry point: reads the configuration, loads and validates the knowledge base (refusing to start
 * on invalid knowledge), opens the store, and starts the doors whose settings are present:
 * the terminal chat when there are no Slack or Discord credentials. Reminders are sent on a timer.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseSender, runChat, UsageError } from './adapters/terminal/index.ts';
import { buildApp } from './bootstrap.ts';
import { ConfigError, readConfig } from './config/index.ts';
import { InvalidKnowledgeError } from './knowledge/index.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { as: { type: 'string' }, user: { type: 'string' } }, allowPositionals: false });
  const user = parseSender(values.as, values.user);
  const app = buildApp(readConfig());
  const system = { id: 'system:reminders', role: 'staff' as const, staffFunctions: [] };
  const remind = () => void app.requests.sendReminders(new Date(), system).catch((error: unknown) => process.stderr.write(`Rappels : échec (${String(error)})\n`));
  remind();
  const timer = setInterval(remind, app.config.REMINDER_INTERVAL_MINUTES * 60_000);
  timer.unref();
  try {
    await runChat(
      { assistant: app.assistant, exportDir: join(app.dataDir, 'exports'), cwd: process.cwd() },
      { input: process.stdin, output: process.stdout, clock: () => new Date(), interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY) },
      user,
    );
  } finally {
    clearInterval(timer);
    await app.store.close();
  }
}

try {
  await main();
} catch (error) {
  if (error instanceof ConfigError || error instanceof InvalidKnowledgeError || error instanceof UsageError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  throw error;
}

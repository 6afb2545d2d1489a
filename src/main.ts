/**
 * Entry point: reads the configuration, loads and validates the knowledge base (refusing to start
 * on invalid knowledge), opens the store, and starts the doors whose settings are present:
 * the terminal chat when there are no Slack or Discord credentials. Reminders are sent on a timer.
 */
import { join } from 'node:path';
import { parseSender, runChat, UsageError } from './adapters/terminal/index.ts';
import { buildApp } from './bootstrap.ts';
import { ConfigError, readCommandLine, readConfig } from './config/index.ts';
import { InvalidKnowledgeError } from './knowledge/index.ts';
import { describeError, jsonLogger } from './logging/index.ts';

const START_USAGE = `Usage : npm start [-- --as <rôle>] [-- --user <id>]

Démarre l'assistant : Slack et/ou Discord quand leurs réglages sont présents (voir README),
sinon la conversation dans le terminal (/aide, /quitter ; « détails » pour la suite d'une réponse).

Options (après -- avec npm : npm start -- --as hr) :
  --as <rôle>    student (par défaut), hr, tutor, staff, responsable, secretariat-aix,
                 secretariat-marseille, direction
  --user <id>    distingue deux personnes du même rôle
  -h, --help     cette aide`;

async function main(): Promise<void> {
  const line = readCommandLine(process.argv.slice(2), { options: { as: { type: 'string' }, user: { type: 'string' } } }, START_USAGE, { out: process.stdout, err: process.stderr });
  if (!line) return;
  const user = parseSender(line.values.as as string | undefined, line.values.user as string | undefined);
  const app = buildApp(readConfig());
  const system = { id: 'system:reminders', role: 'staff' as const, staffFunctions: [] };
  const reminderPeriod = app.config.REMINDER_INTERVAL_MINUTES * 60_000;
  // Reminders and the retention purge run in every process, but each period only in the one
  // holding the store's lease; notifications are claimed one by one, so any process may deliver.
  const logger = jsonLogger();
  const job = (name: string, run: () => Promise<unknown>) => () => void run().catch((error: unknown) => logger.error(`${name} : échec`, describeError(error)));
  const remind = job('rappels', () => app.requests.remindIfDue(new Date(), system, reminderPeriod));
  const purge = job('purge quotidienne', () => app.requests.purgeIfDue(new Date(), { ...system, id: 'system:purge' }));
  const deliver = job('notifications', () => app.requests.deliverNotifications(new Date()));
  remind();
  purge();
  const timers = [setInterval(remind, reminderPeriod), setInterval(purge, 60 * 60_000), setInterval(deliver, 60_000)];
  for (const t of timers) t.unref();
  const clearTimers = () => timers.forEach((t) => clearInterval(t));
  const doors: Array<{ stop: () => Promise<unknown> }> = [];
  const opened = (name: string, door: { stop: () => Promise<unknown> }, status: string) => {
    doors.push(door);
    process.stdout.write(`${name} : ${status}.\n`);
  };
  const shared = { assistant: app.assistant, requests: app.requests, directory: app.directory, clock: () => new Date() };
  // Each door's library is loaded only when that door is configured (the terminal needs neither).
  if (app.config.SLACK_BOT_TOKEN) {
    const { createSlackDoor } = await import('./adapters/slack/index.ts');
    const slack = createSlackDoor({
      ...shared,
      botToken: app.config.SLACK_BOT_TOKEN,
      appToken: app.config.SLACK_APP_TOKEN,
      signingSecret: app.config.SLACK_SIGNING_SECRET,
      apiUrl: app.config.SLACK_API_URL,
      port: app.config.PORT,
      listenChannels: app.config.SLACK_LISTEN_CHANNELS,
    });
    await slack.start();
    opened('Slack', slack, `connecté (${app.config.SLACK_APP_TOKEN ? 'Socket Mode' : `HTTP sur le port ${app.config.PORT}`})`);
  }
  if (app.config.DISCORD_TOKEN && app.config.DISCORD_APPLICATION_ID) {
    const { createDiscordDoor } = await import('./adapters/discord/index.ts');
    const discord = createDiscordDoor({
      ...shared,
      token: app.config.DISCORD_TOKEN,
      applicationId: app.config.DISCORD_APPLICATION_ID,
      apiUrl: app.config.DISCORD_API_URL,
      knowledge: app.knowledge,
      listenChannels: app.config.DISCORD_LISTEN_CHANNELS,
    });
    await discord.start();
    opened('Discord', discord, 'connecté');
  }
  if (doors.length > 0) {
    // The doors run until the process is stopped (Ctrl+C, or the service manager).
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    for (const door of doors) await door.stop();
    clearTimers();
    await app.questionLog.close();
    await app.store.close();
    return;
  }
  try {
    await runChat(
      { assistant: app.assistant, exportDir: join(app.dataDir, 'exports'), cwd: process.cwd() },
      { input: process.stdin, output: process.stdout, clock: () => new Date(), interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY) },
      user,
    );
  } finally {
    clearTimers();
    await app.questionLog.close();
    await app.store.close();
  }
}

// Output piped into `head` and closed early is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

try {
  await main();
} catch (error) {
  if (error instanceof ConfigError || error instanceof InvalidKnowledgeError || error instanceof UsageError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  throw error;
}

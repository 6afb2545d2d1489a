/**
 * Entry point: reads the configuration, loads and validates the knowledge base (refusing to start
 * on invalid knowledge), opens the store, and starts the doors whose settings are present:
 * the terminal chat when there are no Slack or Discord credentials. Reminders are sent on a timer.
 */
import { join } from 'node:path';
import { DoorStartError } from './adapters/start-error.ts';
import { parseSender, runChat, UsageError } from './adapters/terminal/index.ts';
import { buildApp, staffEmails, type App } from './bootstrap.ts';
import { ConfigError, readCommandLine, readConfig } from './config/index.ts';
import { InvalidKnowledgeError } from './knowledge/index.ts';
import { describeError, jsonLogger } from './logging/index.ts';
import { StoreOpenError } from './store/index.ts';

/** A service manager waits a few seconds after SIGTERM before SIGKILL: stop well within 5 s. */
const STOP_DEADLINE_MS = 4_000;

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
  const app = await buildApp(readConfig());
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
  const hasDoors = Boolean(app.config.SLACK_BOT_TOKEN || (app.config.DISCORD_TOKEN && app.config.DISCORD_APPLICATION_ID));
  if (hasDoors) return runDoors(app, clearTimers);
  const email = startEmail(app);
  try {
    await runChat(
      { assistant: app.assistant, exportDir: join(app.dataDir, 'exports'), cwd: process.cwd() },
      { input: process.stdin, output: process.stdout, clock: () => new Date(), interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY) },
      user,
    );
  } finally {
    clearTimers();
    email?.close();
    await app.questionLog.close();
    await app.store.close();
  }
}

/** The chat doors, as a service: stopped by SIGTERM or Ctrl+C within STOP_DEADLINE_MS, whatever the network does. */
async function runDoors(app: App, clearTimers: () => void): Promise<void> {
  const doors: Array<{ stop: () => Promise<unknown> }> = [];
  let email: ReturnType<typeof startEmail>;
  let stopping = false;
  // Installed before any connection: a stop during a hanging start (API unreachable) works too.
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`Arrêt demandé (${signal}).\n`);
    const deadline = setTimeout(() => {
      process.stderr.write(`Arrêt forcé après ${STOP_DEADLINE_MS / 1000} s (connexions encore ouvertes).\n`);
      process.exit(0);
    }, STOP_DEADLINE_MS);
    deadline.unref();
    clearTimers();
    await Promise.allSettled(doors.map((d) => d.stop()));
    email?.close();
    await app.questionLog.close().catch(() => undefined);
    await app.store.close().catch(() => undefined);
    // Library timers (API retries, reconnections) must not keep a stopped service alive.
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

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
      host: app.config.HOST,
      // A read of the store: the health route fails when the database does.
      health: async () => void (await app.store.getState({ scope: 'health', key: 'ping', now: new Date().toISOString() })),
      listenChannels: app.config.SLACK_LISTEN_CHANNELS,
    });
    doors.push({ stop: () => slack.stop() });
    await slack.start();
    doors.pop();
    if (stopping) return;
    opened('Slack', slack, `connecté (${app.config.SLACK_APP_TOKEN ? 'Socket Mode' : `HTTP sur ${app.config.HOST}:${app.config.PORT}`})`);
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
    doors.push({ stop: () => discord.stop() });
    await discord.start();
    doors.pop();
    if (stopping) return;
    opened('Discord', discord, 'connecté');
  }
  // Registered after the chat doors: e-mail is their fallback, and the channel of those they cannot reach.
  email = startEmail(app);
  // The doors run until the process is stopped (Ctrl+C, or the service manager).
  await new Promise<never>(() => undefined);
}

/** The e-mail channel when SMTP is configured (registered last: chat first, e-mail as the fallback). */
function startEmail(app: App) {
  const c = app.config;
  if (!c.SMTP_FROM || (!c.SMTP_URL && !c.SMTP_HOST)) return undefined;
  let channel: { close(): void } | undefined;
  let unregister = () => undefined as void;
  void import('./adapters/email/index.ts').then(({ createEmailChannel }) => {
    const email = createEmailChannel({
      smtp: { url: c.SMTP_URL, host: c.SMTP_HOST, port: c.SMTP_PORT, user: c.SMTP_USER, pass: c.SMTP_PASS, from: c.SMTP_FROM! },
      staffEmails: staffEmails(app.knowledge, new Date()),
      requestType: async (id) => (await app.requests.peek(id))?.type,
    });
    unregister = app.requests.outbox.register(email);
    channel = email;
    process.stderr.write('E-mail : activé.\n');
  });
  return { close: () => (unregister(), channel?.close()) };
}

// Output piped into `head` and closed early is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

try {
  await main();
} catch (error) {
  if (error instanceof ConfigError || error instanceof InvalidKnowledgeError || error instanceof UsageError || error instanceof DoorStartError || error instanceof StoreOpenError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  throw error;
}

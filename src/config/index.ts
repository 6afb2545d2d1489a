import { z } from 'zod';

/**
 * The only place that reads `process.env`. Empty strings count as unset, so that a blank line in
 * `.env` behaves like a missing one; a bad value stops the start naming the variable.
 */

// `door:userId` identities, comma-separated: `slack:U0123ABC,discord:123456789012345678,terminal:jcaussanel`.
const Identities = z
  .string()
  .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
  .pipe(z.array(z.string().regex(/^(slack|discord|terminal):[\w.@-]+$/, 'identités attendues sous la forme porte:identifiant, séparées par des virgules (ex. slack:U0123ABC,discord:123456789012345678)')))
  .default([]);

const EnvSchema = z.object({
  KNOWLEDGE_DIR: z.string().default('knowledge'),
  /** Where the SQLite database (and exports) live. */
  DATA_DIR: z.string().default('data'),
  /**
   * PostgreSQL instead of the embedded SQLite file, for several instances sharing one database:
   * `postgres://role:password@host:5432/database?sslmode=verify-full`.
   */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, 'une URL PostgreSQL est attendue : postgres://rôle:mot-de-passe@hôte:5432/base (laisser vide pour SQLite)')
    .optional(),
  /** Months personal data of requests is kept after the end of the academic year. */
  RETENTION_MONTHS: z.coerce.number({ error: 'un nombre entier de mois est attendu' }).int('un nombre entier de mois est attendu').min(1).max(120).default(12),
  /** How often reminders are sent while the assistant runs. */
  /** memory: one process; store: conversations shared by several processes (and kept across a restart). */
  CONVERSATIONS: z.enum(['memory', 'store'], { error: 'memory (un seul processus) ou store (plusieurs processus)' }).default('memory'),
  REMINDER_INTERVAL_MINUTES: z.coerce.number({ error: 'un nombre de minutes est attendu' }).int().min(1).max(1440).default(60),
  STAFF_RESPONSABLE_ALTERNANCE: Identities,
  STAFF_SECRETARIAT_AIX: Identities,
  STAFF_SECRETARIAT_MARSEILLE: Identities,
  STAFF_DIRECTION: Identities,
  COMPANY_HR: Identities,
  COMPANY_TUTORS: Identities,
  // ---- Slack: Socket Mode with a bot and an app token, or HTTP with a bot token and the signing secret.
  SLACK_BOT_TOKEN: z.string().regex(/^xoxb-[\w-]+$/, 'un jeton de bot commence par xoxb- (OAuth & Permissions de l’app Slack)').optional(),
  SLACK_APP_TOKEN: z.string().regex(/^xapp-[\w-]+$/, 'un jeton d’application commence par xapp- (Basic Information › App-Level Tokens, portée connections:write)').optional(),
  SLACK_SIGNING_SECRET: z.string().regex(/^[0-9a-f]{32}$/, 'le secret de signature fait 32 caractères hexadécimaux (Basic Information › App Credentials)').optional(),
  SLACK_API_URL: z.url({ error: 'une URL http(s) de l’API Web Slack est attendue, par ex. https://slack.com/api/' }).optional(),
  /** Channels where the bot answers questions it is sure about without being mentioned. */
  SLACK_LISTEN_CHANNELS: z
    .string()
    .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(z.string().regex(/^[CG][A-Z0-9]+$/, 'des identifiants de canaux Slack (C… ou G…) séparés par des virgules')))
    .default([]),
  PORT: z.coerce.number({ error: 'un numéro de port est attendu' }).int().min(1).max(65535).default(3000),
  /** HTTP mode: the address to listen on; 127.0.0.1 behind a reverse proxy, 0.0.0.0 to be reached directly. */
  HOST: z.string().regex(/^[\w.:-]+$/, 'une adresse IP ou un nom d’hôte est attendu (ex. 127.0.0.1 ou 0.0.0.0)').default('127.0.0.1'),
  // ---- E-mail (SMTP): off when neither SMTP_URL nor SMTP_HOST is given.
  SMTP_URL: z.string().regex(/^smtps?:\/\/\S+$/, 'une URL smtp://utilisateur:motdepasse@hôte:587 ou smtps://…:465 est attendue').optional(),
  SMTP_HOST: z.string().regex(/^[\w.-]+$/, 'un nom d’hôte SMTP est attendu (ex. smtp.univ-amu.fr)').optional(),
  SMTP_PORT: z.coerce.number({ error: 'un numéro de port est attendu' }).int().min(1).max(65535).optional(),
  SMTP_USER: z.string().optional(),
  SMTP_PASS: z.string().optional(),
  /** The sender of the e-mails, e.g. `Assistant alternance <alternance@univ-amu.fr>`. */
  SMTP_FROM: z.string().regex(/^([^<>]*<)?[^\s@<>]+@[^\s@<>]+>?$/, 'une adresse d’expéditeur est attendue, ex. Assistant alternance <alternance@univ-amu.fr>').optional(),
  // ---- Discord: a bot token and the application id (Developer Portal › General Information).
  DISCORD_TOKEN: z.string().regex(/^[\w-]{20,}\.[\w-]{4,}\.[\w-]{20,}$/, 'un jeton de bot Discord a trois parties séparées par des points (Developer Portal › Bot › Reset Token)').optional(),
  DISCORD_APPLICATION_ID: z.string().regex(/^\d{17,20}$/, 'un identifiant d’application Discord est un nombre de 17 à 20 chiffres').optional(),
  /** Register commands on one server (instant) rather than globally. */
  DISCORD_GUILD_ID: z.string().regex(/^\d{17,20}$/, 'un identifiant de serveur Discord est un nombre de 17 à 20 chiffres').optional(),
  DISCORD_API_URL: z.url({ error: 'une URL http(s) de l’API REST est attendue, par ex. https://discord.com/api' }).optional(),
  DISCORD_LISTEN_CHANNELS: z
    .string()
    .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(z.string().regex(/^\d{17,20}$/, 'des identifiants de salons Discord séparés par des virgules')))
    .default([]),
});

export type Config = z.infer<typeof EnvSchema>;

export class ConfigError extends Error {}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const parsed = EnvSchema.superRefine((c, ctx) => {
    // A door starts only with a complete set of settings: say which one is missing.
    if (c.SLACK_BOT_TOKEN && !c.SLACK_APP_TOKEN && !c.SLACK_SIGNING_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['SLACK_APP_TOKEN'], message: 'manquant : avec SLACK_BOT_TOKEN, donnez SLACK_APP_TOKEN (Socket Mode) ou SLACK_SIGNING_SECRET (HTTP)' });
    }
    if (c.DISCORD_TOKEN && !c.DISCORD_APPLICATION_ID) ctx.addIssue({ code: 'custom', path: ['DISCORD_APPLICATION_ID'], message: 'manquant : avec DISCORD_TOKEN, donnez l’identifiant de l’application (General Information › Application ID)' });
    if (!c.DISCORD_TOKEN && c.DISCORD_APPLICATION_ID) ctx.addIssue({ code: 'custom', path: ['DISCORD_TOKEN'], message: 'manquant : DISCORD_APPLICATION_ID est donné, mais pas le jeton du bot' });
    if ((c.SMTP_URL || c.SMTP_HOST) && !c.SMTP_FROM) ctx.addIssue({ code: 'custom', path: ['SMTP_FROM'], message: 'manquant : avec SMTP_URL ou SMTP_HOST, donnez l’adresse d’expéditeur des e-mails' });
    if (!c.SMTP_URL && !c.SMTP_HOST && (c.SMTP_USER || c.SMTP_PASS || c.SMTP_PORT)) ctx.addIssue({ code: 'custom', path: ['SMTP_HOST'], message: 'manquant : SMTP_USER, SMTP_PASS ou SMTP_PORT est donné, mais pas le serveur (SMTP_HOST ou SMTP_URL)' });
    if (!c.SLACK_BOT_TOKEN && (c.SLACK_APP_TOKEN || c.SLACK_SIGNING_SECRET)) {
      ctx.addIssue({ code: 'custom', path: ['SLACK_BOT_TOKEN'], message: 'manquant : SLACK_APP_TOKEN ou SLACK_SIGNING_SECRET est donné, mais pas le jeton de bot (xoxb-…)' });
    }
  }).safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `- ${String(i.path[0] ?? '')} : ${i.message}`);
    throw new ConfigError(`Configuration invalide (voir .env.example) :\n${lines.join('\n')}`);
  }
  return parsed.data;
}

export { parseCommandLine, readCommandLine, UsageError, type CommandLine, type CommandLineSpec } from './command-line.ts';

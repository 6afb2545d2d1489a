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
  /** Months personal data of requests is kept after the end of the academic year. */
  RETENTION_MONTHS: z.coerce.number({ error: 'un nombre entier de mois est attendu' }).int('un nombre entier de mois est attendu').min(1).max(120).default(12),
  /** How often reminders are sent while the assistant runs. */
  REMINDER_INTERVAL_MINUTES: z.coerce.number({ error: 'un nombre de minutes est attendu' }).int().min(1).max(1440).default(60),
  STAFF_RESPONSABLE_ALTERNANCE: Identities,
  STAFF_SECRETARIAT_AIX: Identities,
  STAFF_SECRETARIAT_MARSEILLE: Identities,
  STAFF_DIRECTION: Identities,
  COMPANY_HR: Identities,
  COMPANY_TUTORS: Identities,
});

export type Config = z.infer<typeof EnvSchema>;

export class ConfigError extends Error {}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `- ${String(i.path[0] ?? '')} : ${i.message}`);
    throw new ConfigError(`Configuration invalide (voir .env.example) :\n${lines.join('\n')}`);
  }
  return parsed.data;
}

import { z } from 'zod';

/**
 * The only place that reads `process.env`. Empty strings count as unset, so that a blank
 * line in `.env` behaves like a missing one; a bad value stops the start naming the variable.
 */
const EnvSchema = z.object({
  KNOWLEDGE_DIR: z.string().default('knowledge'),
});

export type Config = z.infer<typeof EnvSchema>;

export class ConfigError extends Error {}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `- ${i.path.join('.')} : ${i.message}`);
    throw new ConfigError(`Configuration invalide :\n${lines.join('\n')}`);
  }
  return parsed.data;
}

import { jsonLogger, type Logger } from '../logging/index.ts';

/** The one logger, each line saying which door it comes from. */
export function doorLogger(door: string, base: Logger = jsonLogger()): Logger {
  const tagged = (level: keyof Logger) => (event: string, context: Record<string, unknown> = {}) => base[level](event, { door, ...context });
  return { info: tagged('info'), warn: tagged('warn'), error: tagged('error') };
}

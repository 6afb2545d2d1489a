/**
 * The one logger: one JSON line per event on standard error, with its context, so that an
 * operator can follow what happened after a door acknowledged an event. Core modules receive a
 * `Logger` (a port) and never write to a stream themselves.
 */
export type LogLevel = 'info' | 'warn' | 'error';

export interface Logger {
  info(event: string, context?: Record<string, unknown>): void;
  warn(event: string, context?: Record<string, unknown>): void;
  error(event: string, context?: Record<string, unknown>): void;
}

/** An error as plain fields (message, name, first stack lines): never the error object itself. */
export function describeError(error: unknown): Record<string, unknown> {
  if (error instanceof Error) return { error: error.message, errorName: error.name, stack: error.stack?.split('\n').slice(0, 6).join('\n') };
  return { error: String(error) };
}

/** Writes `{"at","level","event",…context}` lines to a stream (standard error by default). */
export function jsonLogger(write: (line: string) => void = (line) => process.stderr.write(line)): Logger {
  const emit = (level: LogLevel) => (event: string, context: Record<string, unknown> = {}) => {
    let line: string;
    try {
      line = JSON.stringify({ at: new Date().toISOString(), level, event, ...context });
    } catch {
      line = JSON.stringify({ at: new Date().toISOString(), level, event, context: 'non sérialisable' });
    }
    write(`${line}\n`);
  };
  return { info: emit('info'), warn: emit('warn'), error: emit('error') };
}

/** For tests and tools that must stay quiet; `events` keeps what was logged, to assert on. */
export function memoryLogger(): Logger & { events: Array<{ level: LogLevel; event: string; context: Record<string, unknown> }> } {
  const events: Array<{ level: LogLevel; event: string; context: Record<string, unknown> }> = [];
  const push = (level: LogLevel) => (event: string, context: Record<string, unknown> = {}) => void events.push({ level, event, context });
  return { events, info: push('info'), warn: push('warn'), error: push('error') };
}

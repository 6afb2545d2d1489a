/**
 * The doors' error log: one JSON line per event on stderr, with its context (door, handler, user,
 * ids), so that every failure after an acknowledgement can be traced. Never user text or health
 * data in the context: ids and error messages only.
 */
export interface DoorLog {
  error(message: string, context?: Record<string, unknown>): void;
  warn(message: string, context?: Record<string, unknown>): void;
}

export function stderrLog(door: string, write: (line: string) => void = (line) => process.stderr.write(line)): DoorLog {
  const emit = (level: string) => (message: string, context: Record<string, unknown> = {}) => write(`${JSON.stringify({ at: new Date().toISOString(), level, door, message, ...context })}\n`);
  return { error: emit('error'), warn: emit('warn') };
}


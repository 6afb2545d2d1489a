import type { DoorLog } from '../../src/adapters/log.ts';

/** A log that keeps its lines (tests assert that a failure was logged with its context). */
export function memoryLog(): DoorLog & { lines: Array<{ level: string; message: string; context: Record<string, unknown> }> } {
  const lines: Array<{ level: string; message: string; context: Record<string, unknown> }> = [];
  return { lines, error: (message, context = {}) => void lines.push({ level: 'error', message, context }), warn: (message, context = {}) => void lines.push({ level: 'warn', message, context }) };
}

/**
 * Shared by the doors' notification channels: one notification may reach several people (every
 * holder of a staff function), and one person's closed DMs must not make the others wait or
 * receive it twice.
 */
import { UndeliverableError } from '../requests/index.ts';
import type { Logger } from '../logging/index.ts';

/** How a send failed: `permanent` for that person (closed DMs, unknown user), `retry` otherwise. */
export type FailureKind = 'permanent' | 'retry';

/**
 * Sends to each person in turn. Succeeds when at least one received it (the others are logged:
 * retrying would send it again to those who got it); when nobody did, throws an
 * UndeliverableError if every failure is permanent (the outbox then tries its fallback at once),
 * the first retryable error otherwise (the outbox retries with backoff).
 */
export async function sendToEach(
  people: string[],
  sendOne: (person: string) => Promise<void>,
  classify: (error: unknown) => FailureKind,
  log: Logger,
  context: { channel: string; notificationId: number },
): Promise<void> {
  const failures: Array<{ person: string; error: unknown; kind: FailureKind }> = [];
  for (const person of people) {
    try {
      await sendOne(person);
    } catch (error) {
      failures.push({ person, error, kind: classify(error) });
    }
  }
  if (failures.length === 0) return;
  for (const f of failures) log.error('notification non remise à une personne', { ...context, person: f.person, failure: f.kind, error: describe(f.error) });
  if (failures.length < people.length) return;
  const retryable = failures.find((f) => f.kind === 'retry');
  if (retryable) throw retryable.error instanceof Error ? retryable.error : new Error(describe(retryable.error));
  throw new UndeliverableError(failures.map((f) => describe(f.error)).join(' ; '));
}

export function describe(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return code !== undefined && !error.message.includes(String(code)) ? `${error.message} (${String(code)})` : error.message;
  }
  return String(error);
}

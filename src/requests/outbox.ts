import type { Logger } from '../logging/index.ts';
import type { Store } from '../store/index.ts';
import type { OutboxNotification } from './model.ts';

/**
 * One way of reaching people (a chat door, e-mail). The doors supply them; the outbox tries, for
 * each notification, the channels that can reach its recipient, in the order they were added.
 */
export interface NotificationChannel {
  /** Recorded on the notification it delivered: `slack`, `discord`, `email`… */
  readonly kind: string;
  /** Whether this channel can reach `function:…`, `user:<door>:<id>` or `email:…` at all. */
  canDeliver(recipient: string): boolean;
  /** Sends it; throws on failure (the message is kept on the notification, for staff). */
  send(notification: OutboxNotification): Promise<void>;
}

/** Thrown by a channel when retrying is pointless (closed DMs, unknown user): the fallback is tried at once. */
export class UndeliverableError extends Error {}

export interface OutboxPolicy {
  /** Attempts on the first channel before the others are tried and the row is given up. */
  maxAttempts: number;
  /** Wait before the second attempt; doubled at each further one. */
  baseDelayMs: number;
  /** How long a claim keeps others off a row: longer than any send may take (see sendTimeoutMs). */
  leaseMs: number;
  /**
   * A send that takes longer counts as failed, well within the lease, so that no other process
   * claims a row still being sent. (A platform that answers after the timeout may still deliver:
   * that row is then retried, the one case of a second copy.)
   */
  sendTimeoutMs: number;
  /** Rows claimed per round. */
  batch: number;
}

export const DEFAULT_OUTBOX_POLICY: OutboxPolicy = { maxAttempts: 5, baseDelayMs: 60_000, leaseMs: 5 * 60_000, sendTimeoutMs: 30_000, batch: 50 };

/** How long a recipient no channel of this process can reach waits before being looked at again. */
const NO_CHANNEL_RETRY_MS = 60 * 60_000;

/**
 * The notification outbox: every notification is claimed in the store before it is sent (so two
 * callers, or two processes, never send it twice), then marked sent; a failure is recorded on
 * that row alone and retried with exponential backoff, then handed to the other channels, then
 * marked undeliverable. Rows are sent concurrently: one slow or failing recipient delays no one.
 */
export class NotificationOutbox {
  private readonly channels: NotificationChannel[] = [];

  constructor(
    private readonly store: Store,
    private readonly policy: OutboxPolicy = DEFAULT_OUTBOX_POLICY,
    private readonly logger?: Logger,
  ) {}

  /** Adds a channel (after those already there); returns its removal, for a door that stops. */
  register(channel: NotificationChannel): () => void {
    this.channels.push(channel);
    return () => {
      const i = this.channels.indexOf(channel);
      if (i >= 0) this.channels.splice(i, 1);
    };
  }

  /** Whether some channel of this process can reach the recipient (for « sera prévenu(e) »). */
  canReach(recipient: string): boolean {
    return this.channels.some((c) => c.canDeliver(recipient));
  }

  /** Sends what is due (only that request's notifications when given); returns what happened. */
  async deliver(now: Date, filter: { requestId?: number } = {}): Promise<{ sent: number; failed: number }> {
    const total = { sent: 0, failed: 0 };
    if (this.channels.length === 0) return total;
    // A bounded number of rounds: rows that fail now wait for their backoff, not for this loop.
    for (let round = 0; round < 20; round += 1) {
      const claimed = await this.store.claimNotifications({ now: now.toISOString(), leaseUntil: new Date(now.getTime() + this.policy.leaseMs).toISOString(), limit: this.policy.batch, requestId: filter.requestId });
      const results = await Promise.all(claimed.map((n) => this.deliverOne(n, now)));
      for (const r of results) if (r !== 'skipped') total[r] += 1;
      if (claimed.length < this.policy.batch) break;
    }
    return total;
  }

  private async deliverOne(n: OutboxNotification, now: Date): Promise<'sent' | 'failed' | 'skipped'> {
    const capable = this.channels.filter((c) => c.canDeliver(n.recipient));
    if (capable.length === 0) {
      // Another process (a door this one lacks) may reach it: give the attempt back, look later.
      await this.store.markNotificationFailed({ id: n.id, error: 'aucun canal disponible pour ce destinataire', retryAt: new Date(now.getTime() + NO_CHANNEL_RETRY_MS).toISOString(), countAttempt: false });
      return 'skipped';
    }
    const [primary, ...fallbacks] = capable as [NotificationChannel, ...NotificationChannel[]];
    let error = await this.trySend(primary, n, now);
    if (error === null) return 'sent';
    const permanent = error instanceof UndeliverableError;
    if (!permanent && n.attempts < this.policy.maxAttempts) {
      const retryAt = new Date(now.getTime() + this.policy.baseDelayMs * 2 ** (n.attempts - 1)).toISOString();
      await this.store.markNotificationFailed({ id: n.id, error: `${primary.kind} : ${message(error)}`, retryAt });
      this.logger?.warn('notification non envoyée, nouvel essai prévu', { notificationId: n.id, requestId: n.requestId, channel: primary.kind, attempts: n.attempts, retryAt, error: message(error) });
      return 'failed';
    }
    const errors = [`${primary.kind} : ${message(error)}`];
    for (const channel of fallbacks) {
      error = await this.trySend(channel, n, now);
      if (error === null) return 'sent';
      errors.push(`${channel.kind} : ${message(error)}`);
    }
    this.logger?.error('notification non délivrée', { notificationId: n.id, requestId: n.requestId, attempts: n.attempts, errors });
    await this.store.markNotificationFailed({ id: n.id, error: errors.join(' ; '), retryAt: null });
    return 'failed';
  }

  /** null when sent (and marked), the error otherwise. */
  private async trySend(channel: NotificationChannel, n: OutboxNotification, now: Date): Promise<unknown> {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        channel.send(n),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`pas de réponse en ${this.policy.sendTimeoutMs / 1000} s`)), this.policy.sendTimeoutMs);
        }),
      ]);
    } catch (error) {
      return error ?? new Error('échec');
    } finally {
      clearTimeout(timer);
    }
    await this.store.markNotificationSent({ id: n.id, channel: channel.kind, at: now.toISOString() });
    return null;
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

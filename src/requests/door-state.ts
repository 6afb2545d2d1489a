import type { Store } from '../store/index.ts';

/**
 * Short-lived state of the doors (a form being filled over several modals, the question behind a
 * share button, platform events already handled), kept in the store so that a restart or a second
 * process sees it. Every entry expires.
 */
export class DoorState {
  constructor(private readonly store: Store) {}

  put(scope: string, key: string, value: unknown, ttlMs: number, now: Date): Promise<void> {
    return this.store.putState({ scope, key, value: JSON.stringify(value), expiresAt: new Date(now.getTime() + ttlMs).toISOString(), now: now.toISOString() });
  }

  async get<T>(scope: string, key: string, now: Date): Promise<T | undefined> {
    const value = await this.store.getState({ scope, key, now: now.toISOString() });
    return value === undefined ? undefined : (JSON.parse(value) as T);
  }

  delete(scope: string, key: string): Promise<void> {
    return this.store.deleteState({ scope, key });
  }

  /** True the first time scope+key is seen within `ttlMs`, in any process sharing the store. */
  firstTime(scope: string, key: string, ttlMs: number, now: Date): Promise<boolean> {
    return this.store.claimOnce({ scope, key, now: now.toISOString(), expiresAt: new Date(now.getTime() + ttlMs).toISOString() });
  }
}

import type {
  Acknowledgement,
  AuditEntry,
  NewDocument,
  NewRequest,
  Notification,
  NotificationStatus,
  OutboxNotification,
  RequestFilter,
  StaffFunction,
  StoredDocument,
  StoredRequest,
} from '../requests/model.ts';
import type { IsoDate } from '../rules/index.ts';

/** A question that got « I don't know » or a clarification: what was asked, never who asked. */
export interface UnansweredQuestion {
  at: string;
  /** slack, discord, terminal… */
  door: string;
  kind: 'fallback' | 'clarify';
  text: string;
  /** The best candidate entries, « id (score) », comma-separated. */
  candidates: string;
}

/**
 * What `submit` did: stored a new request, found the same submission already stored (same
 * idempotency key and content, or the same content under another key: two door events for one
 * form), or found the key already used for different content (a conflict the user is told about).
 */
export type SubmitResult = { status: 'created' | 'duplicate'; request: StoredRequest } | { status: 'conflict'; request: StoredRequest };

/**
 * The durable store the request workflow needs. Every method commits before it resolves: a
 * submission is acknowledged to the user only after `submit` has resolved. Asynchronous so that
 * a PostgreSQL implementation can sit behind the same interface. Several processes may share one
 * store: every check-then-write below happens inside one transaction.
 */
export interface Store {
  /**
   * Stores a submission with its document, audit entry and notifications in one transaction.
   * A submission is identified by its idempotency key and by `contentHash` (the same content sent
   * through two door events is stored once). A purged request keeps neither: sending it again
   * stores it anew.
   */
  submit(unit: { request: NewRequest; contentHash: string; document?: NewDocument; audit: AuditEntry; notifications: Notification[] }): Promise<SubmitResult>;
  getRequest(id: number): Promise<StoredRequest | undefined>;
  listRequests(filter: RequestFilter): Promise<StoredRequest[]>;
  /** Undefined when there is none, or once purged (the document row goes with the purge). */
  getDocument(requestId: number): Promise<StoredDocument | undefined>;
  /**
   * Records a decision only if the request is still pending and not purged; `false` otherwise
   * (already decided, or purged meanwhile): nothing is written then.
   */
  decide(unit: { id: number; status: 'approved' | 'rejected'; by: string; reason: string | null; at: string; audit: AuditEntry; notifications: Notification[] }): Promise<boolean>;
  /**
   * Records acknowledgements of receipt for the functions not yet recorded, in one transaction.
   * Whether the note is now complete (every function of `required` acknowledged) is decided
   * inside that transaction, so two staff acknowledging at the same moment cannot both miss it;
   * `whenComplete` notifications are stored only by the call that completes it.
   * Nothing is recorded on a purged request (`purged: true`).
   */
  acknowledge(unit: {
    id: number;
    acks: Acknowledgement[];
    required: StaffFunction[];
    audit: AuditEntry;
    whenComplete: Notification[];
  }): Promise<{ recorded: StaffFunction[]; completed: boolean; purged: boolean }>;
  acknowledgements(requestId: number): Promise<Acknowledgement[]>;
  /**
   * Requests still waiting for someone (received or pending, not purged), each with the staff
   * functions that already acknowledged it: one indexed query, what the reminders need.
   */
  openRequests(): Promise<Array<{ request: StoredRequest; acknowledgedBy: string[] }>>;
  /** Records a reminder once per (request, kind); false when it was already sent. */
  remind(unit: { requestId: number; kind: string; at: string; audit: AuditEntry; notifications: Notification[] }): Promise<boolean>;
  audit(entry: AuditEntry): Promise<void>;
  listAudit(filter?: { requestId?: number }): Promise<AuditEntry[]>;

  // ---- Notification outbox: claimed with a lease, sent by one channel, then marked.
  /** Notifications for these recipients (all when omitted), optionally in one status, oldest first. */
  listNotifications(filter?: { recipients?: string[]; status?: NotificationStatus; requestId?: number }): Promise<OutboxNotification[]>;
  /**
   * Claims up to `limit` due notifications atomically: pending, `nextAttemptAt` passed, and not
   * claimed by anyone whose lease still runs. Each claimed row gets `claimed_until = leaseUntil`
   * and one more attempt. Two callers (threads, processes) never claim the same row at once.
   */
  claimNotifications(unit: { now: string; leaseUntil: string; limit: number; requestId?: number }): Promise<OutboxNotification[]>;
  /** Marks a claimed notification sent by `channel`; clears its lease. */
  markNotificationSent(unit: { id: number; channel: string; at: string }): Promise<void>;
  /**
   * Records a failed attempt on that row alone: `retryAt` (backoff) keeps it pending, `null`
   * makes it undeliverable. `countAttempt: false` gives back the attempt (nothing was tried:
   * no channel of this process could reach the recipient).
   */
  markNotificationFailed(unit: { id: number; error: string; retryAt: string | null; countAttempt?: boolean }): Promise<void>;

  // ---- Short-lived state of the doors (pending forms, share keys, seen events), with expiry.
  /**
   * Stores (or replaces) a value under scope+key until `expiresAt`. Entries expired at `now`, of
   * every scope, are removed on the way (they may hold a form's document).
   */
  putState(unit: { scope: string; key: string; value: string; expiresAt: string; now: string }): Promise<void>;
  /** The value, unless absent or expired at `now`. */
  getState(unit: { scope: string; key: string; now: string }): Promise<string | undefined>;
  deleteState(unit: { scope: string; key: string }): Promise<void>;
  /**
   * Records scope+key if absent or expired, atomically: `true` for the first caller only (event
   * de-duplication across processes). Expired entries of every scope are removed on the way.
   */
  claimOnce(unit: { scope: string; key: string; now: string; expiresAt: string }): Promise<boolean>;

  /**
   * Takes or renews the lease `name` for `holder` until `until`: `true` when it was free, expired
   * at `now`, or already held by `holder`. Periodic jobs (reminders, purge) run where it is true,
   * so once across processes.
   */
  acquireLease(unit: { name: string; holder: string; now: string; until: string }): Promise<boolean>;

  /**
   * Erases the documents and personal fields of requests whose retention ended, keeping an
   * anonymised trace (type, formation, month, late flag, decision), frees their idempotency keys,
   * removes expired door state, and leaves no copy of the erased bytes in the file or its journal.
   */
  purge(unit: { today: IsoDate; at: string; audit: AuditEntry }): Promise<number>;
  /** Records questions the assistant could not answer or had to clarify (no user identity), in one transaction. */
  logQuestions(entries: UnansweredQuestion[]): Promise<void>;
  /** Unanswered questions asked in [from, to] (ISO dates), newest first, at most `limit`. */
  listQuestions(filter: { from?: IsoDate; to?: IsoDate; limit?: number }): Promise<UnansweredQuestion[]>;
  /** A conversation's state (JSON), unless expired at `now`. */
  getConversation(id: string, now: string): Promise<string | undefined>;
  /** Saves a conversation's state; expired states are removed on the way. */
  setConversation(id: string, state: string, expiresAt: string, now: string): Promise<void>;
  /** `ok`, or what the database reports. */
  integrityCheck(): Promise<string>;
  close(): Promise<void>;
}

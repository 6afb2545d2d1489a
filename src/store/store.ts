import type { Acknowledgement, AuditEntry, NewDocument, NewRequest, Notification, RequestFilter, StoredDocument, StoredRequest } from '../requests/model.ts';
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
 * The durable store the request workflow needs. Every method commits before it resolves: a
 * submission is acknowledged to the user only after `submit` has resolved. Asynchronous so that
 * a PostgreSQL implementation can sit behind the same interface.
 */
export interface Store {
  /**
   * Stores a submission with its document, audit entry and notifications in one transaction.
   * The same idempotency key twice stores nothing new and returns the first request.
   */
  submit(unit: { request: NewRequest; document?: NewDocument; audit: AuditEntry; notifications: Notification[] }): Promise<{ request: StoredRequest; created: boolean }>;
  getRequest(id: number): Promise<StoredRequest | undefined>;
  listRequests(filter: RequestFilter): Promise<StoredRequest[]>;
  getDocument(requestId: number): Promise<StoredDocument | undefined>;
  /** Records a decision only if the request is still pending; false when it was already decided. */
  decide(unit: { id: number; status: 'approved' | 'rejected'; by: string; reason: string | null; at: string; audit: AuditEntry; notifications: Notification[] }): Promise<boolean>;
  /** Records an acknowledgement of receipt; false when that function had already acknowledged. */
  acknowledge(unit: { id: number; ack: Acknowledgement; complete: boolean; audit: AuditEntry; notifications: Notification[] }): Promise<boolean>;
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
  listNotifications(recipients?: string[]): Promise<Notification[]>;
  /** Notifications a door has not delivered yet, oldest first. */
  undelivered(door: string, limit?: number): Promise<Notification[]>;
  /** Records that a door delivered (or had nothing to deliver for) a notification. */
  markDelivered(notificationId: number, door: string, at: string): Promise<void>;
  /** Erases documents and personal fields of requests whose retention ended, keeping an anonymised trace. */
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

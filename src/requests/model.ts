import type { IsoDate } from '../rules/index.ts';

/** The three flows of guide §4.3. */
export type RequestType = 'sick-leave' | 'absence-professional' | 'absence-other';

/**
 * Sick leave: received → acknowledged (by every staff function concerned).
 * Absences: pending → approved | rejected (decided once).
 */
export type RequestStatus = 'received' | 'acknowledged' | 'pending' | 'approved' | 'rejected';

/** Staff functions that handle requests (configuration maps people to them). */
export type StaffFunction = 'responsable-alternance' | 'secretariat-aix' | 'secretariat-marseille' | 'direction';
export const STAFF_FUNCTIONS: readonly StaffFunction[] = ['responsable-alternance', 'secretariat-aix', 'secretariat-marseille', 'direction'];

/** A person as the workflow sees them: who, and what they may do. */
export interface Actor {
  id: string;
  role: 'student' | 'hr' | 'tutor' | 'staff';
  staffFunctions: StaffFunction[];
  name?: string;
}

/** A submission as stored. Personal fields are null once purged. */
export interface StoredRequest {
  id: number;
  idempotencyKey: string;
  type: RequestType;
  status: RequestStatus;
  submitterId: string;
  submitterRole: Actor['role'];
  studentName: string | null;
  studentEmail: string | null;
  tutorEmail: string | null;
  formation: string;
  site: 'aix' | 'marseille';
  firstDay: IsoDate;
  lastDay: IsoDate;
  /** Sick leave: when the arrêt was established. */
  establishedOn: IsoDate | null;
  /** Sick leave: initial or extension; absences: full days or a half-day. */
  detail: string;
  reason: string | null;
  note: string | null;
  /** Last day on time; null when the guide sets no deadline (absence for another reason, §4.3.3). */
  deadline: IsoDate | null;
  late: boolean;
  submittedAt: string;
  decidedAt: string | null;
  decidedBy: string | null;
  decisionReason: string | null;
  retentionUntil: IsoDate;
  purgedAt: string | null;
  hasDocument: boolean;
}

export type NewRequest = Omit<StoredRequest, 'id' | 'decidedAt' | 'decidedBy' | 'decisionReason' | 'purgedAt' | 'hasDocument'>;

export interface NewDocument {
  sha256: string;
  mime: 'application/pdf' | 'image/jpeg' | 'image/png';
  size: number;
  filename: string;
  bytes: Buffer;
}

export interface StoredDocument extends Omit<NewDocument, 'bytes'> {
  /** Null once purged (the hash stays, as a trace). */
  bytes: Buffer | null;
}

export interface AuditEntry {
  at: string;
  actorId: string;
  actorRole: string;
  action: 'submit' | 'view' | 'view-document' | 'list' | 'decide' | 'acknowledge' | 'export' | 'purge' | 'remind' | 'refuse' | 'list-questions';
  requestId: number | null;
  details: string;
}

/** A message for someone (a staff function, a platform user, an e-mail address); channels deliver them. */
export interface Notification {
  id?: number;
  requestId: number | null;
  /** `function:direction`, `user:slack:U123`, `email:x@y.fr` */
  recipient: string;
  kind: 'new-request' | 'decision' | 'reminder' | 'acknowledged' | 'filed-for-you';
  message: string;
  createdAt: string;
}

/**
 * Where a notification is in the outbox: waiting (maybe retried later), sent once by one
 * channel, or given up after the last attempt (staff see those in `/demandes notifications`).
 */
export type NotificationStatus = 'pending' | 'sent' | 'undeliverable';

/** A notification as the outbox holds it, with its delivery state. */
export interface OutboxNotification extends Notification {
  id: number;
  status: NotificationStatus;
  /** Claims so far (each claim is one attempt to send). */
  attempts: number;
  /** Not claimed again before this instant (ISO); null: due now. */
  nextAttemptAt: string | null;
  lastError: string | null;
  sentAt: string | null;
  /** The channel that delivered it (`slack`, `discord`, `email`…). */
  channel: string | null;
}

export interface RequestFilter {
  type?: RequestType;
  formation?: string;
  status?: RequestStatus;
  late?: boolean;
  submitterId?: string;
  /** Submitted on or after / on or before (calendar dates). */
  from?: IsoDate;
  to?: IsoDate;
  ids?: number[];
}

export interface Acknowledgement {
  staffFunction: StaffFunction;
  userId: string;
  at: string;
}

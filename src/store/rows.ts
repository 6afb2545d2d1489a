import type { AuditEntry, Notification, OutboxNotification, StoredRequest } from '../requests/model.ts';
import type { IsoDate } from '../rules/index.ts';

/**
 * Rows as both databases return them (same column names) → the workflow's types. SQLite gives
 * 0/1 where PostgreSQL gives booleans: `Boolean` reads both.
 */
export type Row = Record<string, unknown>;

export function toRequest(r: Row): StoredRequest {
  return {
    id: r.id as number,
    idempotencyKey: r.idempotency_key as string,
    type: r.type as StoredRequest['type'],
    status: r.status as StoredRequest['status'],
    submitterId: r.submitter_id as string,
    submitterRole: r.submitter_role as StoredRequest['submitterRole'],
    studentName: r.student_name as string | null,
    studentEmail: r.student_email as string | null,
    tutorEmail: r.tutor_email as string | null,
    formation: r.formation as string,
    site: r.site as StoredRequest['site'],
    firstDay: r.first_day as IsoDate,
    lastDay: r.last_day as IsoDate,
    establishedOn: r.established_on as IsoDate | null,
    detail: r.detail as string,
    reason: r.reason as string | null,
    note: r.note as string | null,
    deadline: r.deadline as IsoDate | null,
    late: Boolean(r.late),
    submittedAt: r.submitted_at as string,
    decidedAt: r.decided_at as string | null,
    decidedBy: r.decided_by as string | null,
    decisionReason: r.decision_reason as string | null,
    retentionUntil: r.retention_until as IsoDate,
    purgedAt: r.purged_at as string | null,
    hasDocument: Boolean(r.has_document),
  };
}

export function toNotification(r: Row): OutboxNotification {
  return {
    id: r.id as number,
    requestId: r.request_id as number | null,
    recipient: r.recipient as string,
    kind: r.kind as Notification['kind'],
    message: r.message as string,
    createdAt: r.created_at as string,
    status: r.status as OutboxNotification['status'],
    attempts: r.attempts as number,
    nextAttemptAt: r.next_attempt_at as string | null,
    lastError: r.last_error as string | null,
    sentAt: r.sent_at as string | null,
    channel: r.channel as string | null,
  };
}

export function toAudit(r: Row): AuditEntry {
  return { at: r.at as string, actorId: r.actor_id as string, actorRole: r.actor_role as string, action: r.action as AuditEntry['action'], requestId: r.request_id as number | null, details: r.details as string };
}

/** Placeholder left where personal data was erased. */
export const ERASED = '(supprimé)';
/** What stays of a purged request's notification text. */
export const PURGED_MESSAGE = '(supprimé par la politique de conservation)';

/** The purge's audit line: how many requests, which ones. */
export const purgeDetails = (details: string, ids: number[]) => `${details} ${ids.length} demande(s) purgée(s)${ids.length ? ` : ${ids.join(', ')}` : ''}`;

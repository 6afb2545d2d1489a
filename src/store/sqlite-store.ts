import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Acknowledgement, AuditEntry, Notification, RequestFilter, StoredDocument, StoredRequest } from '../requests/model.ts';
import type { IsoDate } from '../rules/index.ts';
import { MIGRATIONS } from './migrations.ts';
import type { Store, UnansweredQuestion } from './store.ts';

type Row = Record<string, unknown>;

function toRequest(r: Row): StoredRequest {
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
    late: r.late === 1,
    submittedAt: r.submitted_at as string,
    decidedAt: r.decided_at as string | null,
    decidedBy: r.decided_by as string | null,
    decisionReason: r.decision_reason as string | null,
    retentionUntil: r.retention_until as IsoDate,
    purgedAt: r.purged_at as string | null,
    hasDocument: r.has_document === 1,
  };
}

function toNotification(r: Row): Notification {
  return { id: r.id as number, requestId: r.request_id as number | null, recipient: r.recipient as string, kind: r.kind as Notification['kind'], message: r.message as string, createdAt: r.created_at as string };
}

const SELECT_REQUEST = `SELECT r.*, EXISTS (SELECT 1 FROM documents d WHERE d.request_id = r.id AND d.bytes IS NOT NULL) AS has_document FROM requests r`;

/**
 * The embedded store: one SQLite file, WAL journal, foreign keys on, every write in a transaction
 * committed with `synchronous = FULL` before the call returns.
 */
export class SqliteStore implements Store {
  private readonly db: Database.Database;

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    // Several processes (a door and the terminal) may write: wait for the lock rather than fail,
    // from the first statement on (switching a new file to WAL takes the lock too).
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('foreign_keys = ON');
    this.migrate();
  }

  /**
   * Applies the migrations not yet applied, each in its own write transaction (`BEGIN IMMEDIATE`,
   * the database's write lock). The version is read again under the lock: several processes
   * starting together on a new file each wait their turn, and none applies a migration twice.
   */
  private migrate(): void {
    for (;;) {
      const applied = this.db.transaction((): boolean => {
        const current = this.db.pragma('user_version', { simple: true }) as number;
        const next = MIGRATIONS[current];
        if (next === undefined) return false;
        this.db.exec(next);
        this.db.pragma(`user_version = ${current + 1}`);
        return true;
      }).immediate();
      if (!applied) return;
    }
  }

  get schemaVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  private insertAudit(e: AuditEntry): void {
    this.db
      .prepare('INSERT INTO audit (at, actor_id, actor_role, action, request_id, details) VALUES (?, ?, ?, ?, ?, ?)')
      .run(e.at, e.actorId, e.actorRole, e.action, e.requestId, e.details);
  }

  private insertNotifications(list: Notification[], requestId: number | null): void {
    const stmt = this.db.prepare('INSERT INTO notifications (request_id, recipient, kind, message, created_at) VALUES (?, ?, ?, ?, ?)');
    for (const n of list) stmt.run(requestId ?? n.requestId, n.recipient, n.kind, n.message, n.createdAt);
  }

  async submit(unit: Parameters<Store['submit']>[0]): Promise<{ request: StoredRequest; created: boolean }> {
    const run = this.db.transaction(() => {
      const existing = this.db.prepare(`${SELECT_REQUEST} WHERE r.idempotency_key = ?`).get(unit.request.idempotencyKey) as Row | undefined;
      if (existing) return { request: toRequest(existing), created: false };
      const r = unit.request;
      const { lastInsertRowid } = this.db
        .prepare(
          `INSERT INTO requests (idempotency_key, type, status, submitter_id, submitter_role, student_name, student_email, tutor_email,
             formation, site, first_day, last_day, established_on, detail, reason, note, deadline, late, submitted_at, retention_until)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(r.idempotencyKey, r.type, r.status, r.submitterId, r.submitterRole, r.studentName, r.studentEmail, r.tutorEmail, r.formation, r.site, r.firstDay, r.lastDay, r.establishedOn, r.detail, r.reason, r.note, r.deadline, r.late ? 1 : 0, r.submittedAt, r.retentionUntil);
      const id = Number(lastInsertRowid);
      if (unit.document) {
        const d = unit.document;
        this.db.prepare('INSERT INTO documents (request_id, sha256, mime, size, filename, bytes) VALUES (?, ?, ?, ?, ?, ?)').run(id, d.sha256, d.mime, d.size, d.filename, d.bytes);
      }
      this.insertAudit({ ...unit.audit, requestId: id });
      this.insertNotifications(unit.notifications, id);
      return { request: toRequest(this.db.prepare(`${SELECT_REQUEST} WHERE r.id = ?`).get(id) as Row), created: true };
    });
    return run.immediate();
  }

  async getRequest(id: number): Promise<StoredRequest | undefined> {
    const row = this.db.prepare(`${SELECT_REQUEST} WHERE r.id = ?`).get(id) as Row | undefined;
    return row ? toRequest(row) : undefined;
  }

  async listRequests(filter: RequestFilter): Promise<StoredRequest[]> {
    const where: string[] = [];
    const args: unknown[] = [];
    const add = (clause: string, value: unknown) => {
      where.push(clause);
      args.push(value);
    };
    if (filter.type) add('r.type = ?', filter.type);
    if (filter.formation) add('r.formation = ?', filter.formation);
    if (filter.status) add('r.status = ?', filter.status);
    if (filter.late !== undefined) add('r.late = ?', filter.late ? 1 : 0);
    if (filter.submitterId) add('r.submitter_id = ?', filter.submitterId);
    if (filter.from) add('substr(r.submitted_at, 1, 10) >= ?', filter.from);
    if (filter.to) add('substr(r.submitted_at, 1, 10) <= ?', filter.to);
    if (filter.ids) {
      where.push(`r.id IN (${filter.ids.map(() => '?').join(', ') || 'NULL'})`);
      args.push(...filter.ids);
    }
    // Pending items first (they need someone), then the most recent.
    const sql = `${SELECT_REQUEST} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY CASE r.status WHEN 'pending' THEN 0 WHEN 'received' THEN 0 ELSE 1 END, r.submitted_at DESC, r.id DESC`;
    return (this.db.prepare(sql).all(...args) as Row[]).map(toRequest);
  }

  async getDocument(requestId: number): Promise<StoredDocument | undefined> {
    const row = this.db.prepare('SELECT sha256, mime, size, filename, bytes FROM documents WHERE request_id = ?').get(requestId) as Row | undefined;
    if (!row) return undefined;
    return { sha256: row.sha256 as string, mime: row.mime as StoredDocument['mime'], size: row.size as number, filename: row.filename as string, bytes: (row.bytes as Buffer | null) ?? null };
  }

  async decide(unit: Parameters<Store['decide']>[0]): Promise<boolean> {
    const run = this.db.transaction(() => {
      // The status condition makes the decision one-time even when two deciders click together.
      const { changes } = this.db
        .prepare(`UPDATE requests SET status = ?, decided_at = ?, decided_by = ?, decision_reason = ? WHERE id = ? AND status = 'pending'`)
        .run(unit.status, unit.at, unit.by, unit.reason, unit.id);
      if (changes === 0) return false;
      this.insertAudit(unit.audit);
      this.insertNotifications(unit.notifications, unit.id);
      return true;
    });
    return run.immediate();
  }

  async acknowledge(unit: Parameters<Store['acknowledge']>[0]): Promise<boolean> {
    const run = this.db.transaction(() => {
      const { changes } = this.db
        .prepare('INSERT OR IGNORE INTO acknowledgements (request_id, staff_function, user_id, at) VALUES (?, ?, ?, ?)')
        .run(unit.id, unit.ack.staffFunction, unit.ack.userId, unit.ack.at);
      if (changes === 0) return false;
      if (unit.complete) this.db.prepare(`UPDATE requests SET status = 'acknowledged' WHERE id = ? AND status = 'received'`).run(unit.id);
      this.insertAudit(unit.audit);
      this.insertNotifications(unit.notifications, unit.id);
      return true;
    });
    return run.immediate();
  }

  async openRequests(): Promise<Array<{ request: StoredRequest; acknowledgedBy: string[] }>> {
    // requests_status (status, submitted_at) serves the IN; acknowledgements' primary key the join.
    const rows = this.db
      .prepare(
        `${SELECT_REQUEST.replace(' FROM requests r', `, (SELECT json_group_array(a.staff_function) FROM acknowledgements a WHERE a.request_id = r.id) AS acknowledged_by FROM requests r`)}
         WHERE r.status IN ('received', 'pending') AND r.purged_at IS NULL ORDER BY r.submitted_at, r.id`,
      )
      .all() as Row[];
    return rows.map((row) => ({ request: toRequest(row), acknowledgedBy: JSON.parse(row.acknowledged_by as string) as string[] }));
  }

  async logQuestions(entries: UnansweredQuestion[]): Promise<void> {
    const insert = this.db.prepare('INSERT INTO unanswered_questions (at, door, kind, text, candidates) VALUES (?, ?, ?, ?, ?)');
    this.db.transaction(() => {
      for (const e of entries) insert.run(e.at, e.door, e.kind, e.text, e.candidates);
    })();
  }

  async listQuestions(filter: { from?: IsoDate; to?: IsoDate; limit?: number }): Promise<UnansweredQuestion[]> {
    const rows = this.db
      .prepare(`SELECT at, door, kind, text, candidates FROM unanswered_questions WHERE (? IS NULL OR substr(at, 1, 10) >= ?) AND (? IS NULL OR substr(at, 1, 10) <= ?) ORDER BY at DESC, id DESC LIMIT ?`)
      .all(filter.from ?? null, filter.from ?? null, filter.to ?? null, filter.to ?? null, filter.limit ?? 1000) as Row[];
    return rows.map((r) => ({ at: r.at as string, door: r.door as string, kind: r.kind as UnansweredQuestion['kind'], text: r.text as string, candidates: r.candidates as string }));
  }

  async getConversation(id: string, now: string): Promise<string | undefined> {
    const row = this.db.prepare('SELECT state FROM conversations WHERE id = ? AND expires_at > ?').get(id, now) as Row | undefined;
    return row?.state as string | undefined;
  }

  async setConversation(id: string, state: string, expiresAt: string, now: string): Promise<void> {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM conversations WHERE expires_at <= ?').run(now);
      this.db.prepare('INSERT INTO conversations (id, state, expires_at) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET state = excluded.state, expires_at = excluded.expires_at').run(id, state, expiresAt);
    })();
  }

  async acknowledgements(requestId: number): Promise<Acknowledgement[]> {
    return (this.db.prepare('SELECT staff_function, user_id, at FROM acknowledgements WHERE request_id = ? ORDER BY at').all(requestId) as Row[]).map((r) => ({
      staffFunction: r.staff_function as Acknowledgement['staffFunction'],
      userId: r.user_id as string,
      at: r.at as string,
    }));
  }

  async remind(unit: Parameters<Store['remind']>[0]): Promise<boolean> {
    const run = this.db.transaction(() => {
      const { changes } = this.db.prepare('INSERT OR IGNORE INTO reminders (request_id, kind, at) VALUES (?, ?, ?)').run(unit.requestId, unit.kind, unit.at);
      if (changes === 0) return false;
      this.insertAudit(unit.audit);
      this.insertNotifications(unit.notifications, unit.requestId);
      return true;
    });
    return run.immediate();
  }

  async audit(entry: AuditEntry): Promise<void> {
    this.insertAudit(entry);
  }

  async listAudit(filter: { requestId?: number } = {}): Promise<AuditEntry[]> {
    const rows = (filter.requestId === undefined
      ? this.db.prepare('SELECT * FROM audit ORDER BY id').all()
      : this.db.prepare('SELECT * FROM audit WHERE request_id = ? ORDER BY id').all(filter.requestId)) as Row[];
    return rows.map((r) => ({ at: r.at as string, actorId: r.actor_id as string, actorRole: r.actor_role as string, action: r.action as AuditEntry['action'], requestId: r.request_id as number | null, details: r.details as string }));
  }

  async listNotifications(recipients?: string[]): Promise<Notification[]> {
    const rows = (recipients
      ? this.db.prepare(`SELECT * FROM notifications WHERE recipient IN (${recipients.map(() => '?').join(', ') || 'NULL'}) ORDER BY id`).all(...recipients)
      : this.db.prepare('SELECT * FROM notifications ORDER BY id').all()) as Row[];
    return rows.map(toNotification);
  }

  async undelivered(door: string, limit = 100): Promise<Notification[]> {
    const rows = this.db
      .prepare('SELECT n.* FROM notifications n WHERE NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.notification_id = n.id AND d.door = ?) ORDER BY n.id LIMIT ?')
      .all(door, limit) as Row[];
    return rows.map(toNotification);
  }

  async markDelivered(notificationId: number, door: string, at: string): Promise<void> {
    this.db.prepare('INSERT OR IGNORE INTO deliveries (notification_id, door, at) VALUES (?, ?, ?)').run(notificationId, door, at);
  }

  async purge(unit: Parameters<Store['purge']>[0]): Promise<number> {
    const run = this.db.transaction(() => {
      const ids = (this.db.prepare('SELECT id FROM requests WHERE retention_until < ? AND purged_at IS NULL').all(unit.today) as Row[]).map((r) => r.id as number);
      for (const id of ids) {
        // The trace keeps type, dates, formation, deadline and decision; names, e-mails, free text and the file go.
        this.db
          .prepare(`UPDATE requests SET student_name = NULL, student_email = NULL, tutor_email = NULL, reason = NULL, note = NULL, decision_reason = NULL, purged_at = ? WHERE id = ?`)
          .run(unit.at, id);
        this.db.prepare('UPDATE documents SET bytes = NULL, filename = ? WHERE request_id = ?').run('(supprimé)', id);
        this.db.prepare(`UPDATE notifications SET message = '(supprimé par la politique de conservation)' WHERE request_id = ?`).run(id);
      }
      this.insertAudit({ ...unit.audit, details: `${unit.audit.details} ${ids.length} demande(s) purgée(s)${ids.length ? ` : ${ids.join(', ')}` : ''}` });
      return ids.length;
    });
    return run.immediate();
  }

  async integrityCheck(): Promise<string> {
    return String(this.db.pragma('integrity_check', { simple: true }));
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

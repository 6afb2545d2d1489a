import Database from 'better-sqlite3';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Acknowledgement, AuditEntry, Notification, OutboxNotification, RequestFilter, StaffFunction, StoredDocument, StoredRequest } from '../requests/model.ts';
import type { IsoDate } from '../rules/index.ts';
import { MIGRATIONS } from './migrations.ts';
import { ERASED, PURGED_MESSAGE, purgeDetails, toAudit, toNotification, toRequest, type Row } from './rows.ts';
import type { Store, SubmitResult, UnansweredQuestion } from './store.ts';

const SELECT_REQUEST = `SELECT r.*, EXISTS (SELECT 1 FROM documents d WHERE d.request_id = r.id AND d.bytes IS NOT NULL) AS has_document FROM requests r`;

/** Runs a start-up step again while SQLite says the database is busy, for up to 15 s. */
function withBusyRetry<T>(step: () => T): T {
  const until = Date.now() + 15_000;
  for (let wait = 10; ; wait = Math.min(wait * 2, 500)) {
    try {
      return step();
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      if (!code.startsWith('SQLITE_BUSY') || Date.now() > until) throw error;
      // A synchronous pause: the constructor is synchronous, and this happens only at start-up.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, wait);
    }
  }
}

/**
 * The embedded store: one SQLite file, WAL journal, foreign keys on, every write in a transaction
 * committed with `synchronous = FULL` before the call returns.
 */
export class SqliteStore implements Store {
  private readonly db: Database.Database;
  /** Each statement is compiled once and reused (SQLite parses and plans it only then). */
  private readonly statements = new Map<string, Database.Statement>();

  private prepare(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  constructor(file: string) {
    if (file !== ':memory:') {
      // Health data: the folder and the file (and so its -wal and -shm, which SQLite creates with
      // the file's mode) are readable by the assistant's user only, whatever the umask.
      const dir = dirname(file);
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      chmodSync(dir, 0o700);
      if (!existsSync(file)) closeSync(openSync(file, 'a', 0o600));
      chmodSync(file, 0o600);
    }
    this.db = new Database(file);
    // Several processes (a door and the terminal) may write: wait for the lock rather than fail,
    // from the first statement on (switching a new file to WAL takes the lock too).
    this.db.pragma('busy_timeout = 5000');
    // Erased rows are overwritten with zeros, not left in free pages (the purge must leave nothing).
    this.db.pragma('secure_delete = ON');
    // Switching a new file to WAL and its first migrations can meet SQLITE_BUSY without the busy
    // handler being called (a lock upgrade while other processes open the same new file): retry.
    withBusyRetry(() => this.db.pragma('journal_mode = WAL'));
    this.db.pragma('synchronous = FULL');
    this.db.pragma('foreign_keys = ON');
    withBusyRetry(() => this.migrate());
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
    this
      .prepare('INSERT INTO audit (at, actor_id, actor_role, action, request_id, details) VALUES (?, ?, ?, ?, ?, ?)')
      .run(e.at, e.actorId, e.actorRole, e.action, e.requestId, e.details);
  }

  private insertNotifications(list: Notification[], requestId: number | null): void {
    const stmt = this.prepare('INSERT INTO notifications (request_id, recipient, kind, message, created_at) VALUES (?, ?, ?, ?, ?)');
    for (const n of list) stmt.run(requestId ?? n.requestId, n.recipient, n.kind, n.message, n.createdAt);
  }

  async submit(unit: Parameters<Store['submit']>[0]): Promise<SubmitResult> {
    const run = this.db.transaction((): SubmitResult => {
      const byKey = this.prepare(`${SELECT_REQUEST} WHERE r.idempotency_key = ?`).get(unit.request.idempotencyKey) as Row | undefined;
      if (byKey) {
        // Rows from before content hashes (null) are taken as the same submission.
        const same = byKey.content_hash === null || byKey.content_hash === unit.contentHash;
        return { status: same ? 'duplicate' : 'conflict', request: toRequest(byKey) };
      }
      const byContent = this.prepare(`${SELECT_REQUEST} WHERE r.content_hash = ?`).get(unit.contentHash) as Row | undefined;
      if (byContent) return { status: 'duplicate', request: toRequest(byContent) };
      const r = unit.request;
      const { lastInsertRowid } = this
        .prepare(
          `INSERT INTO requests (idempotency_key, content_hash, type, status, submitter_id, submitter_role, student_name, student_email, tutor_email,
             formation, site, first_day, last_day, established_on, detail, reason, note, deadline, late, submitted_at, retention_until)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(r.idempotencyKey, unit.contentHash, r.type, r.status, r.submitterId, r.submitterRole, r.studentName, r.studentEmail, r.tutorEmail, r.formation, r.site, r.firstDay, r.lastDay, r.establishedOn, r.detail, r.reason, r.note, r.deadline, r.late ? 1 : 0, r.submittedAt, r.retentionUntil);
      const id = Number(lastInsertRowid);
      if (unit.document) {
        const d = unit.document;
        this.prepare('INSERT INTO documents (request_id, sha256, mime, size, filename, bytes) VALUES (?, ?, ?, ?, ?, ?)').run(id, d.sha256, d.mime, d.size, d.filename, d.bytes);
      }
      this.insertAudit({ ...unit.audit, requestId: id });
      this.insertNotifications(unit.notifications, id);
      return { status: 'created', request: toRequest(this.prepare(`${SELECT_REQUEST} WHERE r.id = ?`).get(id) as Row) };
    });
    return run.immediate();
  }

  async getRequest(id: number): Promise<StoredRequest | undefined> {
    const row = this.prepare(`${SELECT_REQUEST} WHERE r.id = ?`).get(id) as Row | undefined;
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
    // Built per filter (an IN list of any length): prepared each time, not kept.
    return (this.db.prepare(sql).all(...args) as Row[]).map(toRequest);
  }

  async getDocument(requestId: number): Promise<StoredDocument | undefined> {
    const row = this.prepare('SELECT sha256, mime, size, filename, bytes FROM documents WHERE request_id = ?').get(requestId) as Row | undefined;
    if (!row) return undefined;
    return { sha256: row.sha256 as string, mime: row.mime as StoredDocument['mime'], size: row.size as number, filename: row.filename as string, bytes: (row.bytes as Buffer | null) ?? null };
  }

  async decide(unit: Parameters<Store['decide']>[0]): Promise<boolean> {
    const run = this.db.transaction(() => {
      // The status condition makes the decision one-time even when two deciders click together.
      const { changes } = this
        .prepare(`UPDATE requests SET status = ?, decided_at = ?, decided_by = ?, decision_reason = ? WHERE id = ? AND status = 'pending' AND purged_at IS NULL`)
        .run(unit.status, unit.at, unit.by, unit.reason, unit.id);
      if (changes === 0) return false;
      this.insertAudit(unit.audit);
      this.insertNotifications(unit.notifications, unit.id);
      return true;
    });
    return run.immediate();
  }

  async acknowledge(unit: Parameters<Store['acknowledge']>[0]): Promise<{ recorded: StaffFunction[]; completed: boolean; purged: boolean }> {
    const run = this.db.transaction(() => {
      const request = this.prepare('SELECT purged_at FROM requests WHERE id = ?').get(unit.id) as Row | undefined;
      if (!request || request.purged_at !== null) return { recorded: [], completed: false, purged: Boolean(request) };
      const insert = this.prepare('INSERT OR IGNORE INTO acknowledgements (request_id, staff_function, user_id, at) VALUES (?, ?, ?, ?)');
      const recorded = unit.acks.filter((a) => insert.run(unit.id, a.staffFunction, a.userId, a.at).changes === 1).map((a) => a.staffFunction);
      if (recorded.length === 0) return { recorded, completed: false, purged: false };
      this.insertAudit({ ...unit.audit, details: recorded.join(', ') });
      // Complete is read here, under the write lock: the last of two simultaneous acknowledgements sees both.
      const done = new Set((this.prepare('SELECT staff_function FROM acknowledgements WHERE request_id = ?').all(unit.id) as Row[]).map((r) => r.staff_function as string));
      let completed = false;
      if (unit.required.every((f) => done.has(f))) {
        completed = this.prepare(`UPDATE requests SET status = 'acknowledged' WHERE id = ? AND status = 'received'`).run(unit.id).changes === 1;
        if (completed) this.insertNotifications(unit.whenComplete, unit.id);
      }
      return { recorded, completed, purged: false };
    });
    return run.immediate();
  }

  async openRequests(): Promise<Array<{ request: StoredRequest; acknowledgedBy: string[] }>> {
    // requests_status (status, submitted_at) serves the IN; acknowledgements' primary key the join.
    const rows = this
      .prepare(
        `${SELECT_REQUEST.replace(' FROM requests r', `, (SELECT json_group_array(a.staff_function) FROM acknowledgements a WHERE a.request_id = r.id) AS acknowledged_by FROM requests r`)}
         WHERE r.status IN ('received', 'pending') AND r.purged_at IS NULL ORDER BY r.submitted_at, r.id`,
      )
      .all() as Row[];
    return rows.map((row) => ({ request: toRequest(row), acknowledgedBy: JSON.parse(row.acknowledged_by as string) as string[] }));
  }

  async logQuestions(entries: UnansweredQuestion[]): Promise<void> {
    const insert = this.prepare('INSERT INTO unanswered_questions (at, door, kind, text, candidates) VALUES (?, ?, ?, ?, ?)');
    this.db.transaction(() => {
      for (const e of entries) insert.run(e.at, e.door, e.kind, e.text, e.candidates);
    })();
  }

  async listQuestions(filter: { from?: IsoDate; to?: IsoDate; limit?: number }): Promise<UnansweredQuestion[]> {
    const rows = this
      .prepare(`SELECT at, door, kind, text, candidates FROM unanswered_questions WHERE (? IS NULL OR substr(at, 1, 10) >= ?) AND (? IS NULL OR substr(at, 1, 10) <= ?) ORDER BY at DESC, id DESC LIMIT ?`)
      .all(filter.from ?? null, filter.from ?? null, filter.to ?? null, filter.to ?? null, filter.limit ?? 1000) as Row[];
    return rows.map((r) => ({ at: r.at as string, door: r.door as string, kind: r.kind as UnansweredQuestion['kind'], text: r.text as string, candidates: r.candidates as string }));
  }

  async getConversation(id: string, now: string): Promise<string | undefined> {
    const row = this.prepare('SELECT state FROM conversations WHERE id = ? AND expires_at > ?').get(id, now) as Row | undefined;
    return row?.state as string | undefined;
  }

  async setConversation(id: string, state: string, expiresAt: string, now: string): Promise<void> {
    this.db.transaction(() => {
      this.prepare('DELETE FROM conversations WHERE expires_at <= ?').run(now);
      this.prepare('INSERT INTO conversations (id, state, expires_at) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET state = excluded.state, expires_at = excluded.expires_at').run(id, state, expiresAt);
    })();
  }

  async acknowledgements(requestId: number): Promise<Acknowledgement[]> {
    return (this.prepare('SELECT staff_function, user_id, at FROM acknowledgements WHERE request_id = ? ORDER BY at').all(requestId) as Row[]).map((r) => ({
      staffFunction: r.staff_function as Acknowledgement['staffFunction'],
      userId: r.user_id as string,
      at: r.at as string,
    }));
  }

  async remind(unit: Parameters<Store['remind']>[0]): Promise<boolean> {
    const run = this.db.transaction(() => {
      const { changes } = this.prepare('INSERT OR IGNORE INTO reminders (request_id, kind, at) VALUES (?, ?, ?)').run(unit.requestId, unit.kind, unit.at);
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
      ? this.prepare('SELECT * FROM audit ORDER BY id').all()
      : this.prepare('SELECT * FROM audit WHERE request_id = ? ORDER BY id').all(filter.requestId)) as Row[];
    return rows.map(toAudit);
  }

  async listNotifications(filter: Parameters<Store['listNotifications']>[0] = {}): Promise<OutboxNotification[]> {
    const where: string[] = [];
    const args: unknown[] = [];
    if (filter.recipients) {
      where.push(`recipient IN (${filter.recipients.map(() => '?').join(', ') || 'NULL'})`);
      args.push(...filter.recipients);
    }
    if (filter.status) (where.push('status = ?'), args.push(filter.status));
    if (filter.requestId !== undefined) (where.push('request_id = ?'), args.push(filter.requestId));
    // Built per filter (an IN list of any length): prepared each time, not kept.
    const rows = this.db.prepare(`SELECT * FROM notifications ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id`).all(...args) as Row[];
    return rows.map(toNotification);
  }

  async claimNotifications(unit: Parameters<Store['claimNotifications']>[0]): Promise<OutboxNotification[]> {
    // Doors call this after every command: a plain read first spares the write lock when nothing is due.
    const due = this
      .prepare(
        `SELECT 1 FROM notifications WHERE status = 'pending' AND (next_attempt_at IS NULL OR next_attempt_at <= ?)
           AND (claimed_until IS NULL OR claimed_until <= ?) ${unit.requestId === undefined ? '' : 'AND request_id = ?'} LIMIT 1`,
      )
      .get(unit.now, unit.now, ...(unit.requestId === undefined ? [] : [unit.requestId]));
    if (!due) return [];
    // One UPDATE … RETURNING under the write lock: a row whose lease runs is invisible to others.
    const claim = this.db.transaction(
      () =>
        this
          .prepare(
            `UPDATE notifications SET claimed_until = ?, attempts = attempts + 1
              WHERE id IN (SELECT id FROM notifications
                            WHERE status = 'pending'
                              AND (next_attempt_at IS NULL OR next_attempt_at <= ?)
                              AND (claimed_until IS NULL OR claimed_until <= ?)
                              ${unit.requestId === undefined ? '' : 'AND request_id = ?'}
                            ORDER BY id LIMIT ?)
              RETURNING *`,
          )
          .all(unit.leaseUntil, unit.now, unit.now, ...(unit.requestId === undefined ? [] : [unit.requestId]), unit.limit) as Row[],
    );
    return claim.immediate().map(toNotification).sort((a, b) => a.id - b.id);
  }

  async markNotificationSent(unit: Parameters<Store['markNotificationSent']>[0]): Promise<void> {
    this.prepare(`UPDATE notifications SET status = 'sent', sent_at = ?, channel = ?, claimed_until = NULL, last_error = NULL WHERE id = ?`).run(unit.at, unit.channel, unit.id);
  }

  async markNotificationFailed(unit: Parameters<Store['markNotificationFailed']>[0]): Promise<void> {
    this
      .prepare(
        `UPDATE notifications SET status = ?, last_error = ?, next_attempt_at = ?, claimed_until = NULL,
           attempts = attempts - ? WHERE id = ? AND status = 'pending'`,
      )
      .run(unit.retryAt === null ? 'undeliverable' : 'pending', unit.error.slice(0, 500), unit.retryAt, unit.countAttempt === false ? 1 : 0, unit.id);
  }

  async putState(unit: Parameters<Store['putState']>[0]): Promise<void> {
    const run = this.db.transaction(() => {
      this.prepare('DELETE FROM door_state WHERE expires_at <= ?').run(unit.now);
      this
        .prepare('INSERT INTO door_state (scope, key, value, expires_at) VALUES (?, ?, ?, ?) ON CONFLICT (scope, key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at')
        .run(unit.scope, unit.key, unit.value, unit.expiresAt);
    });
    run.immediate();
  }

  async getState(unit: Parameters<Store['getState']>[0]): Promise<string | undefined> {
    const row = this.prepare('SELECT value FROM door_state WHERE scope = ? AND key = ? AND expires_at > ?').get(unit.scope, unit.key, unit.now) as Row | undefined;
    return row ? (row.value as string) : undefined;
  }

  async deleteState(unit: Parameters<Store['deleteState']>[0]): Promise<void> {
    this.prepare('DELETE FROM door_state WHERE scope = ? AND key = ?').run(unit.scope, unit.key);
  }

  async claimOnce(unit: Parameters<Store['claimOnce']>[0]): Promise<boolean> {
    const run = this.db.transaction(() => {
      this.prepare('DELETE FROM door_state WHERE expires_at <= ?').run(unit.now);
      return this.prepare('INSERT OR IGNORE INTO door_state (scope, key, value, expires_at) VALUES (?, ?, ?, ?)').run(unit.scope, unit.key, '', unit.expiresAt).changes === 1;
    });
    return run.immediate();
  }

  async acquireLease(unit: Parameters<Store['acquireLease']>[0]): Promise<boolean> {
    const { changes } = this
      .prepare(
        `INSERT INTO leases (name, holder, until) VALUES (?, ?, ?)
         ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, until = excluded.until
         WHERE leases.until <= ? OR leases.holder = excluded.holder`,
      )
      .run(unit.name, unit.holder, unit.until, unit.now);
    return changes === 1;
  }

  async purge(unit: Parameters<Store['purge']>[0]): Promise<number> {
    const run = this.db.transaction(() => {
      const rows = this.prepare('SELECT id, submitter_id FROM requests WHERE retention_until < ? AND purged_at IS NULL').all(unit.today) as Row[];
      const ids = rows.map((r) => r.id as number);
      for (const { id, submitter_id: submitter } of rows) {
        // The trace keeps what statistics need: type, formation, month, late flag, decision. Names,
        // e-mails, the submitter, free text, exact dates and the document go; the keys are freed
        // so that the same note sent again is stored anew.
        this
          .prepare(
            `UPDATE requests SET idempotency_key = 'purged:' || id, content_hash = NULL, submitter_id = ?, student_name = NULL, student_email = NULL,
               tutor_email = NULL, reason = NULL, note = NULL, decision_reason = NULL, decided_by = NULL,
               first_day = substr(first_day, 1, 7) || '-01', last_day = substr(first_day, 1, 7) || '-01', established_on = NULL, deadline = NULL,
               submitted_at = substr(submitted_at, 1, 7) || '-01T00:00:00.000Z', decided_at = substr(decided_at, 1, 7) || '-01T00:00:00.000Z',
               purged_at = ? WHERE id = ?`,
          )
          .run(ERASED, unit.at, id);
        this.prepare('DELETE FROM documents WHERE request_id = ?').run(id);
        this.prepare('UPDATE acknowledgements SET user_id = ? WHERE request_id = ?').run(ERASED, id);
        this
          .prepare(
            `UPDATE notifications SET message = ?, last_error = NULL,
               recipient = CASE WHEN recipient LIKE 'function:%' THEN recipient ELSE ? END WHERE request_id = ?`,
          )
          .run(PURGED_MESSAGE, ERASED, id);
        // The audit keeps who did what, but not the file's name nor who filed it.
        this.prepare(`UPDATE audit SET details = 'document consulté' WHERE request_id = ? AND action = 'view-document'`).run(id);
        this.prepare(`UPDATE audit SET actor_id = ? WHERE request_id = ? AND (action = 'submit' OR actor_id = ?)`).run(ERASED, id, submitter);
      }
      // Forms abandoned half-filled may hold a document: expired door state goes too.
      this.prepare('DELETE FROM door_state WHERE expires_at <= ?').run(unit.at);
      this.insertAudit({ ...unit.audit, details: purgeDetails(unit.audit.details, ids) });
      return ids.length;
    });
    const count = run.immediate();
    // The WAL still holds the pages as they were before: copy them back and empty it.
    this.db.pragma('wal_checkpoint(TRUNCATE)');
    return count;
  }

  async integrityCheck(): Promise<string> {
    return String(this.db.pragma('integrity_check', { simple: true }));
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

import pg from 'pg';
import type { Acknowledgement, AuditEntry, Notification, OutboxNotification, RequestFilter, StaffFunction, StoredDocument, StoredRequest } from '../requests/model.ts';
import type { IsoDate } from '../rules/index.ts';
import { POSTGRES_MIGRATIONS } from './postgres-migrations.ts';
import { ERASED, PURGED_MESSAGE, purgeDetails, toAudit, toNotification, toRequest, type Row } from './rows.ts';
import type { Store, SubmitResult, UnansweredQuestion } from './store.ts';

type Client = pg.PoolClient;

/** The database cannot be used: unreachable, refused, or migrated by a newer version. The message says what to check. */
export class StoreOpenError extends Error {}

const SELECT_REQUEST = `SELECT r.*, EXISTS (SELECT 1 FROM documents d WHERE d.request_id = r.id AND d.bytes IS NOT NULL) AS has_document FROM requests r`;

/** Every instance takes this lock to migrate, so that two instances starting together migrate once. */
const MIGRATION_LOCK = "hashtext('work-study-assistant:migrations')";

export interface PostgresStoreOptions {
  /** Connections per instance (pg's pool); each transaction holds one. */
  maxConnections?: number;
  /** Errors of idle connections (server restarted, network cut): reported, the pool reconnects. */
  onIdleError?: (error: Error) => void;
}

/**
 * The shared store: PostgreSQL, for several instances on one database. Every write is one
 * transaction committed (synchronous_commit as the server sets it, `on` by default) before the
 * call resolves. One-time effects rely on the database, not on the instance: unique keys with
 * `ON CONFLICT DO NOTHING`, and `UPDATE … WHERE status = 'pending'`, whose row lock makes the
 * second of two concurrent deciders see the first one's decision.
 */
export class PostgresStore implements Store {
  private constructor(private readonly pool: pg.Pool) {}

  /** Connects and applies the migrations not yet applied (under an advisory lock). */
  static async open(url: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
    const pool = new pg.Pool({ connectionString: url, max: options.maxConnections ?? 10, application_name: 'work-study-assistant' });
    pool.on('error', options.onIdleError ?? ((error) => process.stderr.write(`PostgreSQL : connexion inactive perdue (${error.message})\n`)));
    try {
      await migrate(pool);
    } catch (error) {
      await pool.end();
      if (error instanceof StoreOpenError) throw error;
      throw new StoreOpenError(`PostgreSQL : connexion ou migration impossible (${(error as Error).message}). Vérifiez DATABASE_URL : hôte, port, rôle, mot de passe, base, sslmode.`, { cause: error });
    }
    return new PostgresStore(pool);
  }

  get schemaVersion(): Promise<number> {
    return this.pool.query('SELECT coalesce(max(version), 0)::int AS v FROM schema_migrations').then((r) => r.rows[0].v as number);
  }

  private async tx<T>(work: (c: Client) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  private async insertAudit(c: Client | pg.Pool, e: AuditEntry): Promise<void> {
    await c.query('INSERT INTO audit (at, actor_id, actor_role, action, request_id, details) VALUES ($1, $2, $3, $4, $5, $6)', [e.at, e.actorId, e.actorRole, e.action, e.requestId, e.details]);
  }

  private async insertNotifications(c: Client, list: Notification[], requestId: number | null): Promise<void> {
    if (list.length === 0) return;
    // One statement for all recipients: fewer round trips inside the transaction.
    await c.query(
      `INSERT INTO notifications (request_id, recipient, kind, message, created_at)
       SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[])`,
      [list.map((n) => requestId ?? n.requestId), list.map((n) => n.recipient), list.map((n) => n.kind), list.map((n) => n.message), list.map((n) => n.createdAt)],
    );
  }

  async submit(unit: Parameters<Store['submit']>[0]): Promise<SubmitResult> {
    for (let attempt = 1; ; attempt += 1) {
      const result = await this.trySubmit(unit);
      if (result !== 'retry') return result;
      if (attempt === 3) throw new Error('submission kept colliding with requests being purged');
    }
  }

  private async trySubmit(unit: Parameters<Store['submit']>[0]): Promise<SubmitResult | 'retry'> {
    return this.tx(async (c): Promise<SubmitResult | 'retry'> => {
      const r = unit.request;
      // Insert first: a concurrent insert of the same key or content makes this one wait for it,
      // then insert nothing (either unique index); what is there is then read and compared.
      const inserted = await c.query(
        `INSERT INTO requests (idempotency_key, content_hash, type, status, submitter_id, submitter_role, student_name, student_email, tutor_email,
           formation, site, first_day, last_day, established_on, detail, reason, note, deadline, late, submitted_at, retention_until)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21)
         ON CONFLICT DO NOTHING RETURNING id`,
        [r.idempotencyKey, unit.contentHash, r.type, r.status, r.submitterId, r.submitterRole, r.studentName, r.studentEmail, r.tutorEmail, r.formation, r.site, r.firstDay, r.lastDay, r.establishedOn, r.detail, r.reason, r.note, r.deadline, r.late, r.submittedAt, r.retentionUntil],
      );
      if (inserted.rowCount === 0) {
        const byKey = (await c.query(`${SELECT_REQUEST} WHERE r.idempotency_key = $1`, [r.idempotencyKey])).rows[0] as Row | undefined;
        if (byKey) {
          // Rows from before content hashes (null) are taken as the same submission.
          const same = byKey.content_hash === null || byKey.content_hash === unit.contentHash;
          return { status: same ? 'duplicate' : 'conflict', request: toRequest(byKey) };
        }
        const byContent = (await c.query(`${SELECT_REQUEST} WHERE r.content_hash = $1`, [unit.contentHash])).rows[0] as Row | undefined;
        if (byContent) return { status: 'duplicate', request: toRequest(byContent) };
        // The row it collided with was purged meanwhile (keys freed): try again.
        return 'retry';
      }
      const id = inserted.rows[0].id as number;
      if (unit.document) {
        const d = unit.document;
        await c.query('INSERT INTO documents (request_id, sha256, mime, size, filename, bytes) VALUES ($1, $2, $3, $4, $5, $6)', [id, d.sha256, d.mime, d.size, d.filename, d.bytes]);
      }
      await this.insertAudit(c, { ...unit.audit, requestId: id });
      await this.insertNotifications(c, unit.notifications, id);
      const stored = await c.query(`${SELECT_REQUEST} WHERE r.id = $1`, [id]);
      return { status: 'created', request: toRequest(stored.rows[0] as Row) };
    });
  }

  async getRequest(id: number): Promise<StoredRequest | undefined> {
    const { rows } = await this.pool.query(`${SELECT_REQUEST} WHERE r.id = $1`, [id]);
    return rows[0] ? toRequest(rows[0] as Row) : undefined;
  }

  async listRequests(filter: RequestFilter): Promise<StoredRequest[]> {
    const where: string[] = [];
    const args: unknown[] = [];
    const add = (clause: (placeholder: string) => string, value: unknown) => {
      args.push(value);
      where.push(clause(`$${args.length}`));
    };
    if (filter.type) add((p) => `r.type = ${p}`, filter.type);
    if (filter.formation) add((p) => `r.formation = ${p}`, filter.formation);
    if (filter.status) add((p) => `r.status = ${p}`, filter.status);
    if (filter.late !== undefined) add((p) => `r.late = ${p}`, filter.late);
    if (filter.submitterId) add((p) => `r.submitter_id = ${p}`, filter.submitterId);
    if (filter.from) add((p) => `substr(r.submitted_at, 1, 10) >= ${p}`, filter.from);
    if (filter.to) add((p) => `substr(r.submitted_at, 1, 10) <= ${p}`, filter.to);
    if (filter.ids) add((p) => `r.id = ANY(${p}::int[])`, filter.ids);
    // Pending items first (they need someone), then the most recent.
    const sql = `${SELECT_REQUEST} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY CASE r.status WHEN 'pending' THEN 0 WHEN 'received' THEN 0 ELSE 1 END, r.submitted_at DESC, r.id DESC`;
    return (await this.pool.query(sql, args)).rows.map((row) => toRequest(row as Row));
  }

  async getDocument(requestId: number): Promise<StoredDocument | undefined> {
    const { rows } = await this.pool.query('SELECT sha256, mime, size, filename, bytes FROM documents WHERE request_id = $1', [requestId]);
    const row = rows[0] as Row | undefined;
    if (!row) return undefined;
    return { sha256: row.sha256 as string, mime: row.mime as StoredDocument['mime'], size: row.size as number, filename: row.filename as string, bytes: (row.bytes as Buffer | null) ?? null };
  }

  async decide(unit: Parameters<Store['decide']>[0]): Promise<boolean> {
    return this.tx(async (c) => {
      // The row lock makes a concurrent decider wait, then find the status no longer pending.
      const { rowCount } = await c.query(`UPDATE requests SET status = $1, decided_at = $2, decided_by = $3, decision_reason = $4 WHERE id = $5 AND status = 'pending' AND purged_at IS NULL`, [unit.status, unit.at, unit.by, unit.reason, unit.id]);
      if (rowCount === 0) return false;
      await this.insertAudit(c, unit.audit);
      await this.insertNotifications(c, unit.notifications, unit.id);
      return true;
    });
  }

  async acknowledge(unit: Parameters<Store['acknowledge']>[0]): Promise<{ recorded: StaffFunction[]; completed: boolean; purged: boolean }> {
    return this.tx(async (c) => {
      // The request's row lock puts simultaneous acknowledgements of one note in a queue: the
      // last one reads the others' rows and completes it.
      const request = (await c.query('SELECT purged_at FROM requests WHERE id = $1 FOR UPDATE', [unit.id])).rows[0] as Row | undefined;
      if (!request || request.purged_at !== null) return { recorded: [], completed: false, purged: Boolean(request) };
      const recorded: StaffFunction[] = [];
      for (const a of unit.acks) {
        const { rowCount } = await c.query('INSERT INTO acknowledgements (request_id, staff_function, user_id, at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING', [unit.id, a.staffFunction, a.userId, a.at]);
        if (rowCount === 1) recorded.push(a.staffFunction);
      }
      if (recorded.length === 0) return { recorded, completed: false, purged: false };
      await this.insertAudit(c, { ...unit.audit, details: recorded.join(', ') });
      const done = new Set((await c.query('SELECT staff_function FROM acknowledgements WHERE request_id = $1', [unit.id])).rows.map((r: Row) => r.staff_function as string));
      let completed = false;
      if (unit.required.every((f) => done.has(f))) {
        completed = (await c.query(`UPDATE requests SET status = 'acknowledged' WHERE id = $1 AND status = 'received'`, [unit.id])).rowCount === 1;
        if (completed) await this.insertNotifications(c, unit.whenComplete, unit.id);
      }
      return { recorded, completed, purged: false };
    });
  }

  async openRequests(): Promise<Array<{ request: StoredRequest; acknowledgedBy: string[] }>> {
    // requests_status (status, submitted_at) serves the IN; acknowledgements' primary key the sub-select.
    const { rows } = await this.pool.query(
      `${SELECT_REQUEST.replace(' FROM requests r', `, ARRAY(SELECT a.staff_function FROM acknowledgements a WHERE a.request_id = r.id ORDER BY a.staff_function) AS acknowledged_by FROM requests r`)}
       WHERE r.status IN ('received', 'pending') AND r.purged_at IS NULL ORDER BY r.submitted_at, r.id`,
    );
    return rows.map((row: Row) => ({ request: toRequest(row), acknowledgedBy: row.acknowledged_by as string[] }));
  }

  async logQuestions(entries: UnansweredQuestion[]): Promise<void> {
    if (entries.length === 0) return;
    // One statement for the whole batch: one round trip, one transaction.
    await this.pool.query(
      `INSERT INTO unanswered_questions (at, door, kind, text, candidates) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])`,
      [entries.map((e) => e.at), entries.map((e) => e.door), entries.map((e) => e.kind), entries.map((e) => e.text), entries.map((e) => e.candidates)],
    );
  }

  async listQuestions(filter: { from?: IsoDate; to?: IsoDate; limit?: number }): Promise<UnansweredQuestion[]> {
    const { rows } = await this.pool.query(
      `SELECT at, door, kind, text, candidates FROM unanswered_questions
        WHERE ($1::text IS NULL OR substr(at, 1, 10) >= $1) AND ($2::text IS NULL OR substr(at, 1, 10) <= $2)
        ORDER BY at DESC, id DESC LIMIT $3`,
      [filter.from ?? null, filter.to ?? null, filter.limit ?? 1000],
    );
    return rows.map((r: Row) => ({ at: r.at as string, door: r.door as string, kind: r.kind as UnansweredQuestion['kind'], text: r.text as string, candidates: r.candidates as string }));
  }

  async getConversation(id: string, now: string): Promise<string | undefined> {
    const { rows } = await this.pool.query('SELECT state FROM conversations WHERE id = $1 AND expires_at > $2', [id, now]);
    return rows[0]?.state as string | undefined;
  }

  async setConversation(id: string, state: string, expiresAt: string, now: string): Promise<void> {
    await this.pool.query('INSERT INTO conversations (id, state, expires_at) VALUES ($1, $2, $3) ON CONFLICT (id) DO UPDATE SET state = excluded.state, expires_at = excluded.expires_at', [id, state, expiresAt]);
    // Expired conversations: those another process is touching right now are left to it (no waiting, no deadlock).
    await this.pool.query('DELETE FROM conversations WHERE ctid IN (SELECT ctid FROM conversations WHERE expires_at <= $1 FOR UPDATE SKIP LOCKED)', [now]);
  }

  async acknowledgements(requestId: number): Promise<Acknowledgement[]> {
    const { rows } = await this.pool.query('SELECT staff_function, user_id, at FROM acknowledgements WHERE request_id = $1 ORDER BY at', [requestId]);
    return rows.map((r: Row) => ({ staffFunction: r.staff_function as Acknowledgement['staffFunction'], userId: r.user_id as string, at: r.at as string }));
  }

  async remind(unit: Parameters<Store['remind']>[0]): Promise<boolean> {
    return this.tx(async (c) => {
      const { rowCount } = await c.query('INSERT INTO reminders (request_id, kind, at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [unit.requestId, unit.kind, unit.at]);
      if (rowCount === 0) return false;
      await this.insertAudit(c, unit.audit);
      await this.insertNotifications(c, unit.notifications, unit.requestId);
      return true;
    });
  }

  async audit(entry: AuditEntry): Promise<void> {
    await this.insertAudit(this.pool, entry);
  }

  async listAudit(filter: { requestId?: number } = {}): Promise<AuditEntry[]> {
    const { rows } = filter.requestId === undefined ? await this.pool.query('SELECT * FROM audit ORDER BY id') : await this.pool.query('SELECT * FROM audit WHERE request_id = $1 ORDER BY id', [filter.requestId]);
    return rows.map(toAudit);
  }

  async listNotifications(filter: Parameters<Store['listNotifications']>[0] = {}): Promise<OutboxNotification[]> {
    const where: string[] = [];
    const args: unknown[] = [];
    if (filter.recipients) (args.push(filter.recipients), where.push(`recipient = ANY($${args.length}::text[])`));
    if (filter.status) (args.push(filter.status), where.push(`status = $${args.length}`));
    if (filter.requestId !== undefined) (args.push(filter.requestId), where.push(`request_id = $${args.length}`));
    const { rows } = await this.pool.query(`SELECT * FROM notifications ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id`, args);
    return rows.map(toNotification);
  }

  async claimNotifications(unit: Parameters<Store['claimNotifications']>[0]): Promise<OutboxNotification[]> {
    // SKIP LOCKED: a row another process is claiming right now is left to it, not waited for;
    // once it commits, the row's lease excludes it (the condition is re-read on the new row).
    const args: unknown[] = [unit.leaseUntil, unit.now, unit.limit];
    if (unit.requestId !== undefined) args.push(unit.requestId);
    const { rows } = await this.pool.query(
      `UPDATE notifications SET claimed_until = $1, attempts = attempts + 1
        WHERE id IN (SELECT id FROM notifications
                      WHERE status = 'pending'
                        AND (next_attempt_at IS NULL OR next_attempt_at <= $2)
                        AND (claimed_until IS NULL OR claimed_until <= $2)
                        ${unit.requestId === undefined ? '' : 'AND request_id = $4'}
                      ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED)
        RETURNING *`,
      args,
    );
    return rows.map(toNotification).sort((a, b) => a.id - b.id);
  }

  async markNotificationSent(unit: Parameters<Store['markNotificationSent']>[0]): Promise<void> {
    await this.pool.query(`UPDATE notifications SET status = 'sent', sent_at = $1, channel = $2, claimed_until = NULL, last_error = NULL WHERE id = $3`, [unit.at, unit.channel, unit.id]);
  }

  async markNotificationFailed(unit: Parameters<Store['markNotificationFailed']>[0]): Promise<void> {
    await this.pool.query(`UPDATE notifications SET status = $1, last_error = $2, next_attempt_at = $3, claimed_until = NULL, attempts = attempts - $4 WHERE id = $5 AND status = 'pending'`, [
      unit.retryAt === null ? 'undeliverable' : 'pending',
      unit.error.slice(0, 500),
      unit.retryAt,
      unit.countAttempt === false ? 1 : 0,
      unit.id,
    ]);
  }

  /** Removes expired door state; rows another process is removing or writing are left to it (no waiting, no deadlock). */
  private async sweepState(now: string): Promise<void> {
    await this.pool.query('DELETE FROM door_state WHERE ctid IN (SELECT ctid FROM door_state WHERE expires_at <= $1 FOR UPDATE SKIP LOCKED)', [now]);
  }

  async putState(unit: Parameters<Store['putState']>[0]): Promise<void> {
    await this.pool.query('INSERT INTO door_state (scope, key, value, expires_at) VALUES ($1, $2, $3, $4) ON CONFLICT (scope, key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at', [unit.scope, unit.key, unit.value, unit.expiresAt]);
    await this.sweepState(unit.now);
  }

  async getState(unit: Parameters<Store['getState']>[0]): Promise<string | undefined> {
    const { rows } = await this.pool.query('SELECT value FROM door_state WHERE scope = $1 AND key = $2 AND expires_at > $3', [unit.scope, unit.key, unit.now]);
    return rows[0] ? (rows[0].value as string) : undefined;
  }

  async deleteState(unit: Parameters<Store['deleteState']>[0]): Promise<void> {
    await this.pool.query('DELETE FROM door_state WHERE scope = $1 AND key = $2', [unit.scope, unit.key]);
  }

  async claimOnce(unit: Parameters<Store['claimOnce']>[0]): Promise<boolean> {
    // One statement: absent, inserted; expired, taken over; alive, left alone. A concurrent
    // caller with the same key waits for this one and then finds it alive.
    const { rowCount } = await this.pool.query(
      `INSERT INTO door_state (scope, key, value, expires_at) VALUES ($1, $2, '', $3)
       ON CONFLICT (scope, key) DO UPDATE SET value = '', expires_at = excluded.expires_at WHERE door_state.expires_at <= $4`,
      [unit.scope, unit.key, unit.expiresAt, unit.now],
    );
    await this.sweepState(unit.now);
    return rowCount === 1;
  }

  async acquireLease(unit: Parameters<Store['acquireLease']>[0]): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `INSERT INTO leases (name, holder, until) VALUES ($1, $2, $3)
       ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, until = excluded.until
       WHERE leases.until <= $4 OR leases.holder = excluded.holder`,
      [unit.name, unit.holder, unit.until, unit.now],
    );
    return rowCount === 1;
  }

  async purge(unit: Parameters<Store['purge']>[0]): Promise<number> {
    const { purged, erased } = await this.tx(async (c) => {
      // One statement picks (locking the rows) and erases: a concurrent purge waits on the row
      // locks, then finds them purged and skips them.
      // The trace keeps what statistics need: type, formation, month, late flag, decision. Names,
      // e-mails, the submitter, free text, exact dates and the document go; the keys are freed so
      // that the same note sent again is stored anew.
      const { rows } = await c.query(
        `WITH due AS (SELECT id, submitter_id FROM requests WHERE retention_until < $1 AND purged_at IS NULL FOR UPDATE)
         UPDATE requests r SET idempotency_key = 'purged:' || r.id, content_hash = NULL, submitter_id = $3, student_name = NULL, student_email = NULL,
           tutor_email = NULL, reason = NULL, note = NULL, decision_reason = NULL, decided_by = NULL,
           first_day = substr(r.first_day, 1, 7) || '-01', last_day = substr(r.first_day, 1, 7) || '-01', established_on = NULL, deadline = NULL,
           submitted_at = substr(r.submitted_at, 1, 7) || '-01T00:00:00.000Z', decided_at = substr(r.decided_at, 1, 7) || '-01T00:00:00.000Z',
           purged_at = $2
         FROM due WHERE r.id = due.id RETURNING r.id, due.submitter_id`,
        [unit.today, unit.at, ERASED],
      );
      const purged = rows.map((r: Row) => r.id as number).sort((a, b) => a - b);
      await c.query('DELETE FROM documents WHERE request_id = ANY($1::int[])', [purged]);
      await c.query('UPDATE acknowledgements SET user_id = $2 WHERE request_id = ANY($1::int[])', [purged, ERASED]);
      await c.query(`UPDATE notifications SET message = $2, last_error = NULL, recipient = CASE WHEN recipient LIKE 'function:%' THEN recipient ELSE $3 END WHERE request_id = ANY($1::int[])`, [purged, PURGED_MESSAGE, ERASED]);
      // The audit keeps who did what, but not the file's name nor who filed it.
      await c.query(`UPDATE audit SET details = 'document consulté' WHERE request_id = ANY($1::int[]) AND action = 'view-document'`, [purged]);
      // Who filed it goes from every entry of that request (they may have looked at it since).
      await c.query(
        `UPDATE audit a SET actor_id = $3 FROM unnest($1::int[], $2::text[]) AS p(id, submitter)
          WHERE a.request_id = p.id AND (a.action = 'submit' OR a.actor_id = p.submitter)`,
        [rows.map((r: Row) => r.id), rows.map((r: Row) => r.submitter_id), ERASED],
      );
      // Forms abandoned half-filled may hold a document: expired door state goes too.
      const expired = await c.query('DELETE FROM door_state WHERE expires_at <= $1', [unit.at]);
      await this.insertAudit(c, { ...unit.audit, details: purgeDetails(unit.audit.details, purged) });
      return { purged, erased: purged.length + (expired.rowCount ?? 0) };
    });
    // The erased values linger in dead row versions (and the documents' TOAST chunks) until
    // vacuumed: vacuum now, not some day.
    if (erased > 0) await this.pool.query('VACUUM documents, requests, notifications, acknowledgements, audit, door_state');
    return purged.length;
  }

  /**
   * `ok` when the schema is the one this code knows and every index is valid; with the `amcheck`
   * extension installed (and granted), each B-tree index is also checked against its table.
   */
  async integrityCheck(): Promise<string> {
    const problems: string[] = [];
    const version = await this.schemaVersion;
    if (version !== POSTGRES_MIGRATIONS.length) problems.push(`schéma en version ${version}, ${POSTGRES_MIGRATIONS.length} attendue`);
    const invalid = await this.pool.query(`SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND NOT (i.indisvalid AND i.indisready)`);
    problems.push(...invalid.rows.map((r: Row) => `index invalide : ${String(r.relname)}`));
    // amcheck's functions are not granted to everyone: used only when this role may call them.
    const amcheck = await this.pool.query(`SELECT 1 WHERE has_function_privilege(to_regprocedure('bt_index_check(regclass, boolean)'), 'EXECUTE')`);
    if (amcheck.rowCount) {
      const indexes = await this.pool.query(`SELECT c.oid, c.relname FROM pg_class c JOIN pg_am a ON a.oid = c.relam JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'i' AND a.amname = 'btree' AND n.nspname = current_schema()`);
      for (const index of indexes.rows as Row[]) {
        await this.pool.query('SELECT bt_index_check($1::regclass, true)', [index.oid]).catch((e: Error) => problems.push(`${String(index.relname)} : ${e.message}`));
      }
    }
    return problems.length ? problems.join('\n') : 'ok';
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** Applies the migrations not yet applied, each in its own transaction, holding the advisory lock. */
async function migrate(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    // Session lock: a second instance starting now waits here, then finds nothing left to do.
    await client.query(`SELECT pg_advisory_lock(${MIGRATION_LOCK})`);
    try {
      await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
      const { rows } = await client.query('SELECT coalesce(max(version), 0)::int AS v FROM schema_migrations');
      const current = rows[0].v as number;
      if (current > POSTGRES_MIGRATIONS.length) {
        throw new StoreOpenError(`La base PostgreSQL est en version ${current}, plus récente que ce programme (${POSTGRES_MIGRATIONS.length}) : mettez l’assistant à jour.`);
      }
      for (let v = current; v < POSTGRES_MIGRATIONS.length; v += 1) {
        await client.query('BEGIN');
        try {
          await client.query(POSTGRES_MIGRATIONS[v]!);
          await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [v + 1]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        }
      }
    } finally {
      await client.query(`SELECT pg_advisory_unlock(${MIGRATION_LOCK})`);
    }
  } finally {
    client.release();
  }
}

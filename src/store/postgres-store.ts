import pg from 'pg';
import type { Acknowledgement, AuditEntry, Notification, RequestFilter, StoredDocument, StoredRequest } from '../requests/model.ts';
import { POSTGRES_MIGRATIONS } from './postgres-migrations.ts';
import { PURGED_FILENAME, PURGED_MESSAGE, purgeDetails, toAudit, toNotification, toRequest, type Row } from './rows.ts';
import type { Store } from './store.ts';

type Client = pg.PoolClient;

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
      throw error;
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

  async submit(unit: Parameters<Store['submit']>[0]): Promise<{ request: StoredRequest; created: boolean }> {
    return this.tx(async (c) => {
      const r = unit.request;
      // A concurrent insert of the same key makes this wait for it, then insert nothing.
      const inserted = await c.query(
        `INSERT INTO requests (idempotency_key, type, status, submitter_id, submitter_role, student_name, student_email, tutor_email,
           formation, site, first_day, last_day, established_on, detail, reason, note, deadline, late, submitted_at, retention_until)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)
         ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
        [r.idempotencyKey, r.type, r.status, r.submitterId, r.submitterRole, r.studentName, r.studentEmail, r.tutorEmail, r.formation, r.site, r.firstDay, r.lastDay, r.establishedOn, r.detail, r.reason, r.note, r.deadline, r.late, r.submittedAt, r.retentionUntil],
      );
      if (inserted.rowCount === 0) {
        const existing = await c.query(`${SELECT_REQUEST} WHERE r.idempotency_key = $1`, [r.idempotencyKey]);
        return { request: toRequest(existing.rows[0] as Row), created: false };
      }
      const id = inserted.rows[0].id as number;
      if (unit.document) {
        const d = unit.document;
        await c.query('INSERT INTO documents (request_id, sha256, mime, size, filename, bytes) VALUES ($1, $2, $3, $4, $5, $6)', [id, d.sha256, d.mime, d.size, d.filename, d.bytes]);
      }
      await this.insertAudit(c, { ...unit.audit, requestId: id });
      await this.insertNotifications(c, unit.notifications, id);
      const stored = await c.query(`${SELECT_REQUEST} WHERE r.id = $1`, [id]);
      return { request: toRequest(stored.rows[0] as Row), created: true };
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
      const { rowCount } = await c.query(`UPDATE requests SET status = $1, decided_at = $2, decided_by = $3, decision_reason = $4 WHERE id = $5 AND status = 'pending'`, [unit.status, unit.at, unit.by, unit.reason, unit.id]);
      if (rowCount === 0) return false;
      await this.insertAudit(c, unit.audit);
      await this.insertNotifications(c, unit.notifications, unit.id);
      return true;
    });
  }

  async acknowledge(unit: Parameters<Store['acknowledge']>[0]): Promise<boolean> {
    return this.tx(async (c) => {
      const { rowCount } = await c.query('INSERT INTO acknowledgements (request_id, staff_function, user_id, at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING', [unit.id, unit.ack.staffFunction, unit.ack.userId, unit.ack.at]);
      if (rowCount === 0) return false;
      if (unit.complete) await c.query(`UPDATE requests SET status = 'acknowledged' WHERE id = $1 AND status = 'received'`, [unit.id]);
      await this.insertAudit(c, unit.audit);
      await this.insertNotifications(c, unit.notifications, unit.id);
      return true;
    });
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

  async listNotifications(recipients?: string[]): Promise<Notification[]> {
    const { rows } = recipients ? await this.pool.query('SELECT * FROM notifications WHERE recipient = ANY($1::text[]) ORDER BY id', [recipients]) : await this.pool.query('SELECT * FROM notifications ORDER BY id');
    return rows.map(toNotification);
  }

  async undelivered(door: string, limit = 100): Promise<Notification[]> {
    const { rows } = await this.pool.query('SELECT n.* FROM notifications n WHERE NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.notification_id = n.id AND d.door = $1) ORDER BY n.id LIMIT $2', [door, limit]);
    return rows.map(toNotification);
  }

  async markDelivered(notificationId: number, door: string, at: string): Promise<void> {
    await this.pool.query('INSERT INTO deliveries (notification_id, door, at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [notificationId, door, at]);
  }

  async purge(unit: Parameters<Store['purge']>[0]): Promise<number> {
    const ids = await this.tx(async (c) => {
      // One statement picks and erases: a concurrent purge waits on the row locks, then skips them.
      // The trace keeps type, dates, formation, deadline and decision; names, e-mails, free text and the file go.
      const { rows } = await c.query(
        `UPDATE requests SET student_name = NULL, student_email = NULL, tutor_email = NULL, reason = NULL, note = NULL, decision_reason = NULL, purged_at = $2
         WHERE retention_until < $1 AND purged_at IS NULL RETURNING id`,
        [unit.today, unit.at],
      );
      const purged = rows.map((r: Row) => r.id as number).sort((a, b) => a - b);
      await c.query('UPDATE documents SET bytes = NULL, filename = $2 WHERE request_id = ANY($1::int[])', [purged, PURGED_FILENAME]);
      await c.query('UPDATE notifications SET message = $2 WHERE request_id = ANY($1::int[])', [purged, PURGED_MESSAGE]);
      await this.insertAudit(c, { ...unit.audit, details: purgeDetails(unit.audit.details, purged) });
      return purged;
    });
    // The erased values linger in dead row versions until vacuumed: vacuum now, not some day.
    if (ids.length > 0) await this.pool.query('VACUUM documents, requests, notifications');
    return ids.length;
  }

  /**
   * `ok` when the schema is the one this code knows and every index is valid; with the `amcheck`
   * extension installed, each B-tree index is also checked against its table.
   */
  async integrityCheck(): Promise<string> {
    const problems: string[] = [];
    const version = await this.schemaVersion;
    if (version !== POSTGRES_MIGRATIONS.length) problems.push(`schéma en version ${version}, ${POSTGRES_MIGRATIONS.length} attendue`);
    const invalid = await this.pool.query(`SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND NOT (i.indisvalid AND i.indisready)`);
    problems.push(...invalid.rows.map((r: Row) => `index invalide : ${String(r.relname)}`));
    const amcheck = await this.pool.query(`SELECT 1 FROM pg_extension WHERE extname = 'amcheck'`);
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
        throw new Error(`La base PostgreSQL est en version ${current}, plus récente que ce programme (${POSTGRES_MIGRATIONS.length}) : mettez l’assistant à jour.`);
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

import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import pg from 'pg';
import { PostgresStore } from './postgres-store.ts';
import { SqliteStore } from './sqlite-store.ts';

export class CopyError extends Error {}

/** Tables in an order where every row's references are already copied (SQLite's foreign keys). */
function tablesInDependencyOrder(db: Database.Database): string[] {
  const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as Array<{ name: string }>).map((t) => t.name);
  const references = new Map(tables.map((t) => [t, (db.prepare(`SELECT "table" FROM pragma_foreign_key_list(?)`).all(t) as Array<{ table: string }>).map((r) => r.table).filter((r) => r !== t)]));
  const ordered: string[] = [];
  const visit = (t: string) => {
    if (ordered.includes(t)) return;
    for (const r of references.get(t) ?? []) visit(r);
    ordered.push(t);
  };
  tables.forEach(visit);
  return ordered;
}

/**
 * Copies an existing SQLite store into an empty PostgreSQL database, row for row, ids kept (people
 * were told « demande n°12 »), in one PostgreSQL transaction: all or nothing. Both are migrated to
 * this version's schema first, so their tables and columns match. Returns the rows copied per table.
 */
export async function copySqliteToPostgres(from: string, to: string): Promise<Map<string, number>> {
  if (!existsSync(from)) throw new CopyError(`Fichier SQLite introuvable : ${from}`);
  await new SqliteStore(from).close();
  await (await PostgresStore.open(to)).close();
  const db = new Database(from, { readonly: true, fileMustExist: true });
  const client = new pg.Client({ connectionString: to });
  await client.connect();
  try {
    const existing = await client.query('SELECT (SELECT count(*) FROM requests) + (SELECT count(*) FROM audit) AS n');
    if (Number(existing.rows[0].n) > 0) throw new CopyError('La base PostgreSQL contient déjà des demandes ou un journal : la copie se fait vers une base vide.');
    const copied = new Map<string, number>();
    await client.query('BEGIN');
    // A snapshot of the SQLite file: writers that keep going do not tear the copy.
    db.prepare('BEGIN').run();
    for (const table of tablesInDependencyOrder(db)) {
      const columns = await client.query(`SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1`, [table]);
      if (columns.rowCount === 0) throw new CopyError(`Table ${table} absente de la base PostgreSQL : les deux schémas ne correspondent pas.`);
      const types = new Map(columns.rows.map((c: { column_name: string; data_type: string }) => [c.column_name, c.data_type]));
      let count = 0;
      for (const row of db.prepare(`SELECT * FROM "${table}"`).iterate() as Iterable<Record<string, unknown>>) {
        const names = Object.keys(row);
        const missing = names.find((n) => !types.has(n));
        if (missing) throw new CopyError(`Colonne ${table}.${missing} absente de la base PostgreSQL : les deux schémas ne correspondent pas.`);
        // SQLite keeps booleans as 0/1.
        const values = names.map((n) => (types.get(n) === 'boolean' && row[n] !== null ? Boolean(row[n]) : row[n]));
        await client.query(`INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(', ')}) VALUES (${names.map((_, i) => `$${i + 1}`).join(', ')})`, values);
        count += 1;
      }
      copied.set(table, count);
      // Ids were given explicitly: the next one PostgreSQL gives must come after them.
      const identity = await client.query(`SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 AND is_identity = 'YES'`, [table]);
      for (const { column_name: column } of identity.rows as Array<{ column_name: string }>) {
        await client.query(`SELECT setval(pg_get_serial_sequence($1, $2), (SELECT coalesce(max("${column}"), 0) + 1 FROM "${table}"), false)`, [table, column]);
      }
    }
    db.prepare('COMMIT').run();
    await client.query('COMMIT');
    return copied;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    db.close();
    await client.end();
  }
}

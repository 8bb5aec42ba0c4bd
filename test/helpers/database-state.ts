import type { Db } from '../../server/db/client.ts';
import { isPostgresDb } from '../../server/db/dialect.ts';

async function tableNames(db: Db): Promise<string[]> {
  if (isPostgresDb(db)) {
    const result: { rows: { name: string }[] } = await db.raw(
      "select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1",
    );
    return result.rows.map((row) => row.name);
  }
  const rows: { name: string }[] = await db.raw(
    "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name",
  );
  return rows.map((row) => row.name);
}

/**
 * Changes whenever any statement changed a row since the last call: on SQLite the writer
 * connection's `total_changes()`; on PostgreSQL each table's row count and the sum of its rows'
 * `xmin` (an insert, update or delete changes one of the two).
 */
export async function changeMark(db: Db): Promise<string> {
  if (!isPostgresDb(db)) {
    const rows: { changes: number }[] = await db.raw('select total_changes() as changes');
    return String(rows[0]?.changes);
  }
  const marks: string[] = [];
  for (const name of await tableNames(db)) {
    const result: { rows: { n: string; x: string | null }[] } = await db.raw(
      'select count(*) as n, sum(xmin::text::bigint) as x from ??',
      [name],
    );
    marks.push(`${name}:${result.rows[0]?.n}:${result.rows[0]?.x}`);
  }
  return marks.join(',');
}

/** Rows per table (and SQLite's integrity check): what "the database is unchanged" means. */
export async function databaseState(db: Db): Promise<string> {
  const counts: Record<string, number> = {};
  for (const name of await tableNames(db)) {
    const row = await db(name).count('* as n').first();
    counts[name] = Number(row?.n);
  }
  if (isPostgresDb(db)) return JSON.stringify({ counts });
  const integrity: { integrity_check: string }[] = await db.raw('pragma integrity_check');
  return JSON.stringify({ counts, integrity: integrity.map((row) => row.integrity_check) });
}

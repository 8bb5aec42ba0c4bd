import type { Db } from '../client.ts';
import { isPostgresDb } from '../dialect.ts';

/**
 * Holds a row until the transaction ends, so read-check-write sequences (conflict checks, closing
 * a meeting) cannot interleave. PostgreSQL needs `FOR UPDATE`; SQLite already runs one writer at a
 * time (and Knex would only warn that it cannot lock).
 */
export async function lockRow(db: Db, table: string, where: Record<string, string | number>): Promise<void> {
  const query = db(table).where(where).first();
  if (isPostgresDb(db)) query.forUpdate();
  await query;
}

/**
 * Holds the values of each indicator-year until the transaction ends. A save checks the stored
 * versions and the year's shape (months or one yearly value) and then writes: on PostgreSQL two
 * saves of the same new cell would both see it missing and both write, so writers of one
 * indicator-year take turns (an advisory lock: the row to lock may not exist yet). Taken in
 * sorted order, so two writers never wait for each other in a circle. SQLite has one writer.
 */
export async function lockIndicatorYears(
  db: Db,
  indicatorYears: readonly { indicatorCode: string; year: number }[],
): Promise<void> {
  if (!isPostgresDb(db)) return;
  const keys = [
    ...new Set(indicatorYears.map((item) => `data_values|${item.indicatorCode}|${item.year}`)),
  ].sort();
  for (const key of keys) await db.raw('select pg_advisory_xact_lock(hashtext(?))', [key]);
}

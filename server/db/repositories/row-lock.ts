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

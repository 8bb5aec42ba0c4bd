import type { Knex } from 'knex';

/** Where the two engines need different SQL, this tells which one a connection speaks. */
export function isPostgresDb(db: Knex): boolean {
  // The dialect, not the configured client: the writer's client is our own class (knex-clients.ts).
  return (db.client as { dialect?: string }).dialect === 'postgresql';
}

/**
 * A bound instant inside raw SQL whose type PostgreSQL cannot infer (a CASE assigned to a
 * `timestamptz` column): there it needs its type, SQLite stores the ISO text as it is.
 */
export function instantParameter(db: Knex): string {
  return isPostgresDb(db) ? 'cast(? as timestamptz)' : '?';
}

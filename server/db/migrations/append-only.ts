import type { Knex } from 'knex';
import { isPostgresDb } from '../dialect.ts';

/** Triggers that refuse every UPDATE and DELETE on `table` (SQLite and PostgreSQL). */
export async function makeAppendOnly(db: Knex, table: string, message: string): Promise<void> {
  if (isPostgresDb(db)) {
    await db.raw(`create function ${table}_is_append_only() returns trigger as $$
      begin raise exception '${message}'; end; $$ language plpgsql`);
    await db.raw(`create trigger ${table}_no_update before update or delete on ${table}
      for each row execute function ${table}_is_append_only()`);
  } else {
    await db.raw(`create trigger ${table}_no_update before update on ${table}
      begin select raise(abort, '${message}'); end`);
    await db.raw(`create trigger ${table}_no_delete before delete on ${table}
      begin select raise(abort, '${message}'); end`);
  }
}

export async function dropAppendOnly(db: Knex, table: string): Promise<void> {
  if (isPostgresDb(db)) {
    await db.raw(`drop trigger if exists ${table}_no_update on ${table}`);
    await db.raw(`drop function if exists ${table}_is_append_only`);
  }
}

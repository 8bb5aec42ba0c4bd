import { randomBytes } from 'node:crypto';
import type { Knex } from 'knex';
import { isPostgresDb } from '../dialect.ts';

/** What decides who may read: a change to any of these ends the sessions the server keeps in memory. */
const ACCESS_TABLES = ['sessions', 'users', 'user_scopes'];

/**
 * Who may read, as a revision (issue 14): one row, given a new random value by the database itself
 * whenever a session, a user or a user's scope changes, from any process (a logout on another
 * instance, the command line, a restore). The server keeps each session it checked while this stays
 * the same (http/session-check.ts), so a request reads this row, not its session. Its own row, not
 * a column of `data_revision`: a login must not hold the lock every data commit takes.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('access_revision', (table) => {
    table.integer('id').primary();
    table.string('revision').notNullable();
  });
  await db('access_revision').insert({ id: 1, revision: randomBytes(8).toString('hex') });
  if (isPostgresDb(db)) {
    await db.raw(`create function bump_access_revision() returns trigger as $$
      begin update access_revision set revision = md5(random()::text || clock_timestamp()::text) where id = 1;
      return null; end; $$ language plpgsql`);
    for (const table of ACCESS_TABLES)
      await db.raw(`create trigger ${table}_bump_access after insert or update or delete on ${table}
        for each statement execute function bump_access_revision()`);
    return;
  }
  for (const table of ACCESS_TABLES)
    for (const event of ['insert', 'update', 'delete'])
      await db.raw(`create trigger ${table}_bump_access_on_${event} after ${event} on ${table}
        begin update access_revision set revision = lower(hex(randomblob(8))) where id = 1; end`);
}

export async function down(db: Knex): Promise<void> {
  if (isPostgresDb(db)) {
    for (const table of ACCESS_TABLES) await db.raw(`drop trigger ${table}_bump_access on ${table}`);
    await db.raw('drop function bump_access_revision');
  } else {
    for (const table of ACCESS_TABLES)
      for (const event of ['insert', 'update', 'delete'])
        await db.raw(`drop trigger ${table}_bump_access_on_${event}`);
  }
  await db.schema.dropTable('access_revision');
}

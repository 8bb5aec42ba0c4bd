import type { Knex } from 'knex';
import { isPostgresDb } from '../dialect.ts';

/**
 * E-mail reminders (issue 17, item 2): a user's address and whether they want the reminders (on
 * unless they turn them off), and each reminder sent. A reminder's row is claimed (inserted) before
 * the e-mail goes out, and the UNIQUE key lets only one of two instances, or of two passes, claim
 * it: nothing is sent twice. A failed send keeps its row, marked, for the next pass to retry.
 * Instants as in 20261205000000.
 */
export async function up(db: Knex): Promise<void> {
  const instant = (table: Knex.CreateTableBuilder, name: string) =>
    isPostgresDb(db) ? table.timestamp(name, { useTz: true }) : table.string(name);
  await db.schema.alterTable('users', (table) => {
    table.string('email');
    table.boolean('receives_reminders').notNullable().defaultTo(true);
  });
  await db.schema.createTable('reminder_sends', (table) => {
    table.increments('id');
    table.integer('user_id').notNullable().references('users.id').onDelete('CASCADE');
    table.string('meeting_month').notNullable();
    /** before | eve | after (shared/domain/reminder-schedule.ts). */
    table.string('kind').notNullable();
    /** sending | sent | failed */
    table.string('status').notNullable();
    table.integer('attempts').notNullable();
    table.text('error');
    instant(table, 'claimed_at').notNullable();
    instant(table, 'sent_at');
    table.unique(['user_id', 'meeting_month', 'kind']);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('reminder_sends');
  await db.schema.alterTable('users', (table) => {
    table.dropColumn('receives_reminders');
    table.dropColumn('email');
  });
}

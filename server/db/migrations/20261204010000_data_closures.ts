import type { Knex } from 'knex';

/**
 * Months of data closed at the reunião de condução (one row per month, for every indicator): the last
 * closing and the last reopening, with a version so a reopening from an outdated page is refused.
 * The full history is in the audit log.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('data_closures', (table) => {
    table.string('month', 7).primary();
    table.boolean('is_closed').notNullable();
    table.string('closed_at').notNullable();
    table.integer('closed_by').notNullable().references('users.id');
    table.string('meeting_month', 7).notNullable();
    table.string('reopened_at');
    table.integer('reopened_by').references('users.id');
    table.text('reopen_reason');
    table.integer('version').notNullable().defaultTo(1);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTableIfExists('data_closures');
}

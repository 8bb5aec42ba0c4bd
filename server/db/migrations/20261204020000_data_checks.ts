import type { Knex } from 'knex';

/**
 * The coordenadoria's check ("conferido") of an indicator's month of data, with an optional note.
 * Marking again replaces the row; the history is in the audit log.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('data_checks', (table) => {
    table.string('indicator_code').notNullable().references('indicators.code');
    table.string('month', 7).notNullable();
    table.string('checked_at').notNullable();
    table.integer('checked_by').notNullable().references('users.id');
    table.text('note');
    /** The values as checked (count, versions, last change): a different one means changed since. */
    table.string('values_fingerprint').notNullable();
    table.primary(['indicator_code', 'month']);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTableIfExists('data_checks');
}

import type { Knex } from 'knex';
import { isPostgresDb } from '../dialect.ts';

/**
 * Import jobs and their progress in the database (issue 13), so any app instance answers the
 * page's poll, not only the one that received the file. Instants as in 20261205000000.
 */
export async function up(db: Knex): Promise<void> {
  const instant = (table: Knex.CreateTableBuilder, name: string) =>
    isPostgresDb(db) ? table.timestamp(name, { useTz: true }) : table.string(name);
  await db.schema.createTable('import_jobs', (table) => {
    table.string('id').primary();
    table.integer('owner_id').notNullable().references('id').inTable('users');
    table.boolean('is_apply').notNullable();
    table.string('status').notNullable();
    table.string('phase').notNullable();
    table.integer('done').notNullable();
    table.integer('total').notNullable();
    table.text('report_json');
    table.text('error');
    instant(table, 'started_at').notNullable();
    table.index(['started_at']);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('import_jobs');
}

import { randomBytes } from 'node:crypto';
import type { Knex } from 'knex';

/**
 * The data's revision (issue 14): one row, given a new random value in the commit of every write
 * transaction (db/knex-clients.ts); computed figures are kept while it stays the same. Random, not
 * a counter, so a restored copy (which brings its old value back) never matches a figure kept from
 * before.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('data_revision', (table) => {
    table.integer('id').primary();
    table.string('revision').notNullable();
  });
  await db('data_revision').insert({ id: 1, revision: randomBytes(8).toString('hex') });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('data_revision');
}

import type { Knex } from 'knex';

/** Why a value far from the unit's history is right, as typed by who saved it (issue 11, item 2). */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('data_values', (table) => {
    table.text('justification');
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('data_values', (table) => {
    table.dropColumn('justification');
  });
}

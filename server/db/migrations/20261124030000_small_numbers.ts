import type { Knex } from 'knex';

/** Below this denominator a rate is too unstable for a status (small-number guard, per indicator). */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('indicators', (table) => {
    table.double('min_denominator');
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('indicators', (table) => {
    table.dropColumn('min_denominator');
  });
}

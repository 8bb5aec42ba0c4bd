import type { Knex } from 'knex';

/** The indicator's validation rules, from plano.json (`regras_validacao`), as a JSON list. */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('indicators', (table) => {
    table.text('validation_rules').notNullable().defaultTo('[]');
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('indicators', (table) => {
    table.dropColumn('validation_rules');
  });
}

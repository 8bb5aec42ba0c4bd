import type { Knex } from 'knex';
import { isPostgresDb } from '../dialect.ts';
import { dropAppendOnly, makeAppendOnly } from './append-only.ts';

/**
 * The análise do indicador (issue 15): per indicator, territory (the state, or a macro) and month,
 * what explains the figure and what is being done, with the actions that serve it. Kept like the
 * monitoring history: each writing is a new row, the latest one counts. Instants as in
 * 20261205000000.
 */
export async function up(db: Knex): Promise<void> {
  const instant = (table: Knex.CreateTableBuilder, name: string) =>
    isPostgresDb(db) ? table.timestamp(name, { useTz: true }) : table.string(name);
  await db.schema.createTable('indicator_analyses', (table) => {
    table.increments('id');
    table.string('indicator_code').notNullable().references('indicators.code');
    table.string('territory_code').notNullable().references('territories.code');
    table.string('month').notNullable();
    table.text('explanation').notNullable();
    table.text('response').notNullable();
    table.text('action_codes_json').notNullable();
    instant(table, 'written_at').notNullable();
    table.integer('written_by').notNullable().references('users.id');
    table.boolean('is_example').notNullable().defaultTo(false);
    table.index(['indicator_code', 'territory_code', 'month']);
    table.index(['month']);
  });
  await makeAppendOnly(
    db,
    'indicator_analyses',
    'O histórico das análises não pode ser alterado nem apagado.',
  );
}

export async function down(db: Knex): Promise<void> {
  await dropAppendOnly(db, 'indicator_analyses');
  await db.schema.dropTable('indicator_analyses');
}

import type { Knex } from 'knex';
import { isPostgresDb } from '../dialect.ts';

/**
 * Which operational actions serve each indicator (issue 15): confirmed by the administrator or the
 * superintendência (the plan proposes the actions of the indicator's objective). Instants as in
 * 20261205000000.
 */
export async function up(db: Knex): Promise<void> {
  const instant = (table: Knex.CreateTableBuilder, name: string) =>
    isPostgresDb(db) ? table.timestamp(name, { useTz: true }) : table.string(name);
  await db.schema.createTable('indicator_actions', (table) => {
    table.string('indicator_code').notNullable().references('indicators.code');
    table.string('action_code').notNullable().references('operational_actions.code');
    instant(table, 'linked_at').notNullable();
    table.integer('linked_by').notNullable().references('users.id');
    table.primary(['indicator_code', 'action_code']);
    table.index(['action_code']);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('indicator_actions');
}

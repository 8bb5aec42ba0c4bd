import type { Knex } from 'knex';

/**
 * Provenance on the yearly roll-ups: the source of a unit's latest loaded value in the year and when
 * it was loaded, so a figure names its sources by reading the roll-ups, not every raw value.
 * Existing rows are filled from the raw values (correlated subqueries: the same on PostgreSQL).
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('data_value_years', (table) => {
    table.string('source');
    table.string('loaded_at');
  });
  const sameUnitYear =
    'v.indicator_code = data_value_years.indicator_code and v.territory_code = data_value_years.territory_code and v.year = data_value_years.year';
  await db.raw(
    `update data_value_years set
       loaded_at = (select max(v.updated_at) from data_values v where ${sameUnitYear}),
       source = (select v.source from data_values v where ${sameUnitYear} order by v.updated_at desc, v.period desc limit 1)`,
  );
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('data_value_years', (table) => {
    table.dropColumn('loaded_at');
    table.dropColumn('source');
  });
}

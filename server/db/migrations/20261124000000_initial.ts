import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  // The territorial hierarchy as data (DHIS2's org units): state → macro → region → municipality.
  // region_code/macro_code are the ancestors, kept on each row so roll-ups are one GROUP BY.
  await db.schema.createTable('territories', (table) => {
    table.string('code').primary();
    table.string('level').notNullable();
    table.string('name').notNullable();
    table.string('short_name');
    table.string('parent_code').references('territories.code');
    table.string('macro_code').references('territories.code');
    table.string('region_code').references('territories.code');
    table.string('ibge6').unique();
    table.boolean('is_capital').notNullable().defaultTo(false);
    table.double('latitude');
    table.double('longitude');
    table.integer('installed_year');
    table.index(['level']);
  });

  await db.schema.createTable('populations', (table) => {
    table.string('territory_code').notNullable().references('territories.code');
    table.integer('year').notNullable();
    table.integer('population').notNullable();
    table.string('source').notNullable();
    table.primary(['territory_code', 'year']);
  });

  await db.schema.createTable('coordinations', (table) => {
    table.string('code').primary();
    table.string('name').notNullable();
  });

  await db.schema.createTable('objectives', (table) => {
    table.string('code').primary();
    table.string('perspective').notNullable();
    table.text('name').notNullable();
    table.integer('sort_order').notNullable();
  });

  await db.schema.createTable('strategic_goals', (table) => {
    table.string('code').primary();
    table.string('objective_code').notNullable().references('objectives.code');
    table.text('text').notNullable();
    table.integer('sort_order').notNullable();
  });

  await db.schema.createTable('indicators', (table) => {
    table.string('code').primary();
    table.integer('sort_order').notNullable();
    table.text('name').notNullable();
    table.string('short_name').notNullable();
    table.string('objective_code').notNullable().references('objectives.code');
    table.string('goal_code').references('strategic_goals.code');
    table.string('coordination_code').notNullable().references('coordinations.code');
    table.text('concept').notNullable();
    table.text('interpretation').notNullable();
    table.text('uses').notNullable();
    table.text('limitations').notNullable();
    table.text('numerator_definition').notNullable();
    table.text('denominator_definition');
    table.double('factor').notNullable();
    table.string('unit').notNullable();
    table.string('kind').notNullable();
    table.boolean('is_proportion').notNullable();
    table.string('polarity').notNullable();
    table.string('sources').notNullable();
    table.string('periodicity').notNullable();
    table.string('data_level').notNullable();
    table.string('numerator_rule').notNullable();
    table.string('denominator_rule').notNullable();
    table.double('tolerance_pct').notNullable().defaultTo(5);
    table.double('baseline_value');
    table.integer('baseline_year');
    table.text('baseline_note');
  });

  // A target for one year and one territory (the state, or a macro where the plan splits it).
  await db.schema.createTable('targets', (table) => {
    table.string('indicator_code').notNullable().references('indicators.code');
    table.integer('year').notNullable();
    table.string('territory_code').notNullable().references('territories.code');
    table.double('value');
    table.string('label').notNullable();
    table.primary(['indicator_code', 'year', 'territory_code']);
  });

  // Raw values: what the source system says for one territory and period. Never a computed rate.
  await db.schema.createTable('data_values', (table) => {
    table.increments('id');
    table.string('indicator_code').notNullable().references('indicators.code');
    table.string('territory_code').notNullable().references('territories.code');
    table.string('period').notNullable();
    table.integer('year').notNullable();
    // One half may arrive before the other (TabNet numerators, then denominators): such a value
    // is kept but counts only once complete.
    table.double('numerator');
    table.double('denominator');
    table.string('source').notNullable();
    table.boolean('is_provisional').notNullable().defaultTo(false);
    table.boolean('is_example').notNullable().defaultTo(false);
    table.string('updated_at').notNullable();
    table.unique(['indicator_code', 'territory_code', 'period']);
    table.index(['indicator_code', 'year']);
  });

  // Step 1 of the aggregation (time, per unit), kept in step with data_values by the service that
  // writes them, in the same transaction. Territory roll-ups are sums over these rows.
  await db.schema.createTable('data_value_years', (table) => {
    table.string('indicator_code').notNullable().references('indicators.code');
    table.string('territory_code').notNullable().references('territories.code');
    table.integer('year').notNullable();
    table.double('numerator').notNullable();
    table.double('denominator');
    table.integer('periods_reported').notNullable();
    table.string('last_period').notNullable();
    table.boolean('is_provisional').notNullable();
    table.boolean('is_example').notNullable();
    table.primary(['indicator_code', 'year', 'territory_code']);
    table.index(['indicator_code', 'last_period']);
  });
}

export async function down(db: Knex): Promise<void> {
  for (const table of [
    'data_value_years',
    'data_values',
    'targets',
    'indicators',
    'strategic_goals',
    'objectives',
    'coordinations',
    'populations',
    'territories',
  ]) {
    await db.schema.dropTableIfExists(table);
  }
}

import type { Knex } from 'knex';

/**
 * Planificação records (objective 4): one adhesion per município (corrected in place, versioned),
 * training events and phase-1 stages done per macro. Dates are ISO `AAAA-MM-DD` text.
 */
export async function up(db: Knex): Promise<void> {
  const authored = (table: Knex.CreateTableBuilder) => {
    table.boolean('is_example').notNullable().defaultTo(false);
    table.integer('recorded_by').references('users.id');
    table.string('recorded_at').notNullable();
  };

  await db.schema.createTable('planification_adhesions', (table) => {
    table.increments('id');
    table.string('municipality_code').notNullable().unique().references('territories.code');
    table.string('adhered_on').notNullable();
    table.string('withdrawn_on');
    table.text('document');
    table.integer('version').notNullable().defaultTo(1);
    authored(table);
  });

  await db.schema.createTable('planification_trainings', (table) => {
    table.increments('id');
    table.string('macro_code').notNullable().references('territories.code');
    table.string('held_on').notNullable();
    table.text('title').notNullable();
    table.integer('professionals').notNullable();
    authored(table);
    table.index(['macro_code']);
  });

  await db.schema.createTable('planification_stages', (table) => {
    table.increments('id');
    table.string('macro_code').notNullable().references('territories.code');
    table.string('stage_code').notNullable();
    table.string('completed_on').notNullable();
    table.text('note');
    authored(table);
    table.unique(['macro_code', 'stage_code']);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('planification_stages');
  await db.schema.dropTable('planification_trainings');
  await db.schema.dropTable('planification_adhesions');
}

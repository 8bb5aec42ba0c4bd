import type { Knex } from 'knex';

/**
 * The semester report's texts: per objective, semester (`AAAA-S1`/`AAAA-S2`) and coordenadoria,
 * the progress, the difficulties and the relation to the goals. One row is edited in place with a
 * version (optimistic lock); every change goes to the audit log. Moments are ISO instants (UTC).
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('semester_narratives', (table) => {
    table.increments('id');
    table.string('objective_code').notNullable().references('objectives.code');
    table.string('semester', 7).notNullable();
    table.string('coordination_code').notNullable().references('coordinations.code');
    table.text('progress_text');
    table.text('difficulties_text');
    table.text('relation_text');
    table.integer('version').notNullable().defaultTo(1);
    table.integer('updated_by').notNullable().references('users.id');
    table.string('updated_at').notNullable();
    table.boolean('is_example').notNullable().defaultTo(false);
    table.unique(['objective_code', 'semester', 'coordination_code']);
    table.index(['semester']);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTableIfExists('semester_narratives');
}

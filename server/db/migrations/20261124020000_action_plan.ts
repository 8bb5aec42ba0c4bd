import type { Knex } from 'knex';
import { dropAppendOnly, makeAppendOnly } from './append-only.ts';

const HISTORY_IS_APPEND_ONLY = 'O histórico de monitoramento não pode ser alterado nem apagado.';

/** Dates are ISO `AAAA-MM-DD` text, moments ISO instants (UTC), months `AAAA-MM`: same on PG. */
export async function up(db: Knex): Promise<void> {
  // Administrators may retire an objective later; it keeps its history.
  await db.schema.alterTable('objectives', (table) => {
    table.string('retired_at');
    table.integer('version').notNullable().defaultTo(1);
  });

  // `dates_set_by` is null while the dates come from parsing the prazo text, else who set them.
  const deadline = (table: Knex.CreateTableBuilder) => {
    table.text('deadline_text').notNullable();
    table.string('starts_on');
    table.string('ends_on');
    table.integer('dates_set_by').references('users.id');
  };

  await db.schema.createTable('strategic_actions', (table) => {
    table.string('code').primary();
    table.string('objective_code').notNullable().references('objectives.code');
    table.text('text').notNullable();
    table.text('plan_text');
    table.text('responsible_text').notNullable();
    deadline(table);
    table.integer('sort_order').notNullable();
    table.string('retired_at');
    table.integer('version').notNullable().defaultTo(1);
  });

  await db.schema.createTable('operational_actions', (table) => {
    table.string('code').primary();
    table.string('strategic_action_code').notNullable().references('strategic_actions.code');
    table.string('printed_number');
    table.text('text').notNullable();
    table.text('responsible_text').notNullable();
    table.text('participants');
    deadline(table);
    table.text('observations');
    table.string('status_in_plan');
    table.integer('sort_order').notNullable();
    table.string('retired_at');
    table.integer('version').notNullable().defaultTo(1);
    table.index(['strategic_action_code']);
  });

  await db.schema.createTable('operational_action_coordinations', (table) => {
    table.string('action_code').notNullable().references('operational_actions.code');
    table.string('coordination_code').notNullable().references('coordinations.code');
    table.integer('position').notNullable();
    table.primary(['action_code', 'coordination_code']);
    table.index(['coordination_code']);
  });

  await db.schema.createTable('monitoring_records', (table) => {
    table.increments('id');
    table.string('action_code').notNullable().references('operational_actions.code');
    table.string('reference_month').notNullable();
    table.string('status').notNullable();
    table.integer('percent_done');
    table.text('done_text');
    table.text('difficulties');
    table.text('evidence_links_json');
    table.boolean('has_non_conformity').notNullable().defaultTo(false);
    table.text('non_conformity_description');
    table.text('non_conformity_cause');
    table.text('corrective_action');
    table.string('corrective_owner');
    table.string('corrective_deadline');
    table.string('recorded_at').notNullable();
    table.integer('recorded_by').notNullable().references('users.id');
    table.boolean('is_example').notNullable().defaultTo(false);
    table.index(['action_code', 'reference_month']);
    table.index(['recorded_at']);
  });

  await db.schema.createTable('meetings', (table) => {
    table.increments('id');
    table.string('month').notNullable().unique();
    table.string('scheduled_on').notNullable();
    table.text('participants');
    table.string('closed_at');
    table.integer('closed_by').references('users.id');
    table.text('snapshot_json');
    table.integer('version').notNullable().defaultTo(1);
    table.boolean('is_example').notNullable().defaultTo(false);
  });

  await db.schema.createTable('agenda_items', (table) => {
    table.increments('id');
    table.integer('meeting_id').notNullable().references('meetings.id');
    table.string('coordination_code').notNullable().references('coordinations.code');
    table.text('title').notNullable();
    table.text('description');
    table.string('submitted_at').notNullable();
    table.integer('submitted_by').notNullable().references('users.id');
    table.boolean('is_example').notNullable().defaultTo(false);
    table.index(['meeting_id']);
  });

  await db.schema.createTable('deliberations', (table) => {
    table.increments('id');
    table.integer('meeting_id').notNullable().references('meetings.id');
    table.text('text').notNullable();
    table.string('owner_coordination_code').references('coordinations.code');
    table.string('owner_text');
    table.string('deadline');
    table.string('created_at').notNullable();
    table.integer('created_by').notNullable().references('users.id');
    table.boolean('is_example').notNullable().defaultTo(false);
    table.index(['meeting_id']);
  });

  // Follow-up of a deliberation, kept like the monitoring history: append only.
  await db.schema.createTable('deliberation_updates', (table) => {
    table.increments('id');
    table.integer('deliberation_id').notNullable().references('deliberations.id');
    table.string('status').notNullable();
    table.text('note');
    table.string('recorded_at').notNullable();
    table.integer('recorded_by').notNullable().references('users.id');
    table.boolean('is_example').notNullable().defaultTo(false);
    table.index(['deliberation_id']);
  });

  await makeAppendOnly(db, 'monitoring_records', HISTORY_IS_APPEND_ONLY);
  await makeAppendOnly(db, 'deliberation_updates', HISTORY_IS_APPEND_ONLY);
}

export async function down(db: Knex): Promise<void> {
  await dropAppendOnly(db, 'deliberation_updates');
  await dropAppendOnly(db, 'monitoring_records');
  for (const table of [
    'deliberation_updates',
    'deliberations',
    'agenda_items',
    'meetings',
    'monitoring_records',
    'operational_action_coordinations',
    'operational_actions',
    'strategic_actions',
  ]) {
    await db.schema.dropTableIfExists(table);
  }
  await db.schema.alterTable('objectives', (table) => {
    table.dropColumn('version');
    table.dropColumn('retired_at');
  });
}

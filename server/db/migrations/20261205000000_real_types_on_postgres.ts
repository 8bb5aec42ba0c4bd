import type { Knex } from 'knex';
import { isPostgresDb } from '../dialect.ts';

/**
 * Real types on PostgreSQL (issue 13): instants become `timestamptz` and calendar days `date`, so
 * the database itself refuses "31/02" or a stray text, sorts and compares them as time, and tools
 * reading it (pg_dump, BI) see what they are. Booleans were already `boolean`.
 *
 * Nothing changes on SQLite: it has no date type (SQLite's own advice is ISO-8601 text, which sorts
 * and compares as time), and the app already writes every instant as ISO-8601 UTC and every day as
 * aaaa-mm-dd. The driver hands both engines' values back as the same strings (server/db/client.ts).
 *
 * Months and periods ("2026-11", "2026") stay text: they are period keys, as in DHIS2, not days.
 * Numerators, denominators and targets stay double precision: they are counts and rates far below
 * 2^53, exact in a double, and `numeric` would come back from the driver as text.
 */
const INSTANTS: Record<string, readonly string[]> = {
  agenda_items: ['submitted_at'],
  api_tokens: ['created_at', 'last_used_at', 'revoked_at'],
  audit_log: ['at'],
  data_checks: ['checked_at'],
  data_closures: ['closed_at', 'reopened_at'],
  data_value_years: ['loaded_at'],
  data_values: ['updated_at'],
  deliberation_updates: ['recorded_at'],
  deliberations: ['created_at'],
  login_attempts: ['last_attempt_at', 'locked_until', 'last_success_at'],
  meetings: ['closed_at'],
  monitoring_records: ['recorded_at'],
  objectives: ['retired_at'],
  operational_actions: ['retired_at'],
  planification_adhesions: ['recorded_at'],
  planification_stages: ['recorded_at'],
  planification_trainings: ['recorded_at'],
  semester_narratives: ['updated_at'],
  sessions: ['created_at', 'expires_at'],
  strategic_actions: ['retired_at'],
  users: ['created_at', 'updated_at'],
};

const DAYS: Record<string, readonly string[]> = {
  deliberations: ['deadline'],
  meetings: ['scheduled_on'],
  monitoring_records: ['corrective_deadline'],
  operational_actions: ['starts_on', 'ends_on'],
  planification_adhesions: ['adhered_on', 'withdrawn_on'],
  planification_stages: ['completed_on'],
  planification_trainings: ['held_on'],
  strategic_actions: ['starts_on', 'ends_on'],
};

async function retype(db: Knex, columns: Record<string, readonly string[]>, type: string) {
  for (const [table, names] of Object.entries(columns)) {
    const changes = names.map((name) => `alter column ${name} type ${type} using ${name}::${type}`);
    await db.raw(`alter table ${table} ${changes.join(', ')}`);
  }
}

export async function up(db: Knex): Promise<void> {
  if (!isPostgresDb(db)) return;
  await retype(db, INSTANTS, 'timestamptz');
  await retype(db, DAYS, 'date');
}

export async function down(db: Knex): Promise<void> {
  if (!isPostgresDb(db)) return;
  // Back to the text the app writes: ISO-8601 UTC instants and aaaa-mm-dd days.
  for (const [table, names] of Object.entries(INSTANTS)) {
    const changes = names.map(
      (name) =>
        `alter column ${name} type varchar(255) using to_char(${name} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
    );
    await db.raw(`alter table ${table} ${changes.join(', ')}`);
  }
  await retype(db, DAYS, 'varchar(255)');
}

import type { Knex } from 'knex';
import * as initial from './20261124000000_initial.ts';
import * as accountsAndAudit from './20261124010000_accounts_and_audit.ts';
import * as actionPlan from './20261124020000_action_plan.ts';
import * as smallNumbers from './20261124030000_small_numbers.ts';
import * as planification from './20261124040000_planification.ts';
import * as semesterReport from './20261124050000_semester_report.ts';
import * as rollupProvenance from './20261124060000_rollup_provenance.ts';
import * as validationRules from './20261204000000_validation_rules.ts';
import * as dataClosures from './20261204010000_data_closures.ts';
import * as dataChecks from './20261204020000_data_checks.ts';
import * as valueJustifications from './20261204030000_value_justifications.ts';
import * as loginHolds from './20261204040000_login_holds.ts';
import * as realTypesOnPostgres from './20261205000000_real_types_on_postgres.ts';
import * as importJobs from './20261205010000_import_jobs.ts';
import * as dataRevision from './20261205020000_data_revision.ts';
import * as hugnaCoap from './20261205030000_hugna_coap.ts';
import * as indicatorAnalyses from './20261205040000_indicator_analyses.ts';
import * as indicatorActions from './20261205050000_indicator_actions.ts';
import * as numeratorNouns from './20261206000000_numerator_nouns.ts';
import * as emailReminders from './20261207000000_email_reminders.ts';
import * as spanRollups from './20261208000000_span_rollups.ts';
import * as accessRevision from './20261209000000_access_revision.ts';

type Migration = { up(db: Knex): Promise<void>; down(db: Knex): Promise<void> };

/** Migrations are listed here (not discovered on disk) so they run the same under tsx, vitest and a bundle. */
const migrations: Record<string, Migration> = {
  '20261124000000_initial': initial,
  '20261124010000_accounts_and_audit': accountsAndAudit,
  '20261124020000_action_plan': actionPlan,
  '20261124030000_small_numbers': smallNumbers,
  '20261124040000_planification': planification,
  '20261124050000_semester_report': semesterReport,
  '20261124060000_rollup_provenance': rollupProvenance,
  '20261204000000_validation_rules': validationRules,
  '20261204010000_data_closures': dataClosures,
  '20261204020000_data_checks': dataChecks,
  '20261204030000_value_justifications': valueJustifications,
  '20261204040000_login_holds': loginHolds,
  '20261205000000_real_types_on_postgres': realTypesOnPostgres,
  '20261205010000_import_jobs': importJobs,
  '20261205020000_data_revision': dataRevision,
  '20261205030000_hugna_coap': hugnaCoap,
  '20261205040000_indicator_analyses': indicatorAnalyses,
  '20261205050000_indicator_actions': indicatorActions,
  '20261206000000_numerator_nouns': numeratorNouns,
  '20261207000000_email_reminders': emailReminders,
  '20261208000000_span_rollups': spanRollups,
  '20261209000000_access_revision': accessRevision,
};

export const migrationSource: Knex.MigrationSource<string> = {
  getMigrations: async () => Object.keys(migrations).sort(),
  getMigrationName: (name) => name,
  getMigration: async (name) => migrations[name] as Migration,
};

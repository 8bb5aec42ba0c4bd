/** The plan's action tree and its append-only monitoring history (SQL only). */
import type { ActionStatus } from '../../../shared/domain/action-status.ts';
import type { Db } from '../client.ts';
import { insertedId } from './inserted-id.ts';

type Deadline = {
  deadlineText: string;
  startsOn: string | null;
  endsOn: string | null;
  /** Null while the dates come from reading the prazo text; else who set them by hand. */
  datesSetBy: number | null;
};

export type StrategicActionRow = Deadline & {
  code: string;
  objectiveCode: string;
  text: string;
  planText: string | null;
  responsibleText: string;
  sortOrder: number;
  retiredAt: string | null;
  version: number;
};

export type OperationalActionRow = Deadline & {
  code: string;
  strategicActionCode: string;
  printedNumber: string | null;
  text: string;
  responsibleText: string;
  coordinationCodes: string[];
  participants: string | null;
  observations: string | null;
  statusInPlan: ActionStatus | null;
  sortOrder: number;
  retiredAt: string | null;
  version: number;
};

export type NonConformity = {
  description: string;
  cause: string | null;
  correctiveAction: string;
  correctiveOwner: string;
  correctiveDeadline: string;
};

export type MonitoringRecordRow = {
  id: number;
  actionCode: string;
  referenceMonth: string;
  status: ActionStatus;
  percentDone: number | null;
  doneText: string | null;
  difficulties: string | null;
  evidenceLinks: string[];
  nonConformity: NonConformity | null;
  recordedAt: string;
  recordedBy: number;
  recordedByName: string;
  isExample: boolean;
};

export type NewMonitoringRecord = Omit<MonitoringRecordRow, 'id' | 'recordedByName'>;

const deadlineColumns = (row: Deadline) => ({
  deadline_text: row.deadlineText,
  starts_on: row.startsOn,
  ends_on: row.endsOn,
  dates_set_by: row.datesSetBy,
});

type DbDeadline = {
  deadline_text: string;
  starts_on: string | null;
  ends_on: string | null;
  dates_set_by: number | null;
};

const fromDeadline = (row: DbDeadline): Deadline => ({
  deadlineText: row.deadline_text,
  startsOn: row.starts_on,
  endsOn: row.ends_on,
  datesSetBy: row.dates_set_by,
});

export async function countStrategicActions(db: Db): Promise<number> {
  const row = (await db('strategic_actions').count('* as n').first()) as { n: number | string };
  return Number(row.n);
}

export async function insertStrategicAction(db: Db, row: StrategicActionRow): Promise<void> {
  await db('strategic_actions').insert({
    code: row.code,
    objective_code: row.objectiveCode,
    text: row.text,
    plan_text: row.planText,
    responsible_text: row.responsibleText,
    ...deadlineColumns(row),
    sort_order: row.sortOrder,
    retired_at: row.retiredAt,
    version: row.version,
  });
}

export async function insertOperationalAction(db: Db, row: OperationalActionRow): Promise<void> {
  await db('operational_actions').insert({
    code: row.code,
    strategic_action_code: row.strategicActionCode,
    printed_number: row.printedNumber,
    text: row.text,
    responsible_text: row.responsibleText,
    participants: row.participants,
    ...deadlineColumns(row),
    observations: row.observations,
    status_in_plan: row.statusInPlan,
    sort_order: row.sortOrder,
    retired_at: row.retiredAt,
    version: row.version,
  });
  await replaceActionCoordinations(db, row.code, row.coordinationCodes);
}

export async function replaceActionCoordinations(db: Db, actionCode: string, codes: readonly string[]) {
  await db('operational_action_coordinations').where({ action_code: actionCode }).delete();
  if (codes.length > 0) {
    await db('operational_action_coordinations').insert(
      codes.map((code, position) => ({ action_code: actionCode, coordination_code: code, position })),
    );
  }
}

export async function listStrategicActions(db: Db): Promise<StrategicActionRow[]> {
  const rows: (DbDeadline & {
    code: string;
    objective_code: string;
    text: string;
    plan_text: string | null;
    responsible_text: string;
    sort_order: number;
    retired_at: string | null;
    version: number;
  })[] = await db('strategic_actions').select('*').orderBy(['objective_code', 'sort_order']);
  return rows.map((row) => ({
    code: row.code,
    objectiveCode: row.objective_code,
    text: row.text,
    planText: row.plan_text,
    responsibleText: row.responsible_text,
    ...fromDeadline(row),
    sortOrder: row.sort_order,
    retiredAt: row.retired_at,
    version: row.version,
  }));
}

export async function listOperationalActions(db: Db): Promise<OperationalActionRow[]> {
  const rows: (DbDeadline & {
    code: string;
    strategic_action_code: string;
    printed_number: string | null;
    text: string;
    responsible_text: string;
    participants: string | null;
    observations: string | null;
    status_in_plan: ActionStatus | null;
    sort_order: number;
    retired_at: string | null;
    version: number;
  })[] = await db('operational_actions').select('*').orderBy(['strategic_action_code', 'sort_order']);
  const links: { action_code: string; coordination_code: string }[] = await db(
    'operational_action_coordinations',
  ).orderBy(['action_code', 'position']);
  const codesOf = new Map<string, string[]>();
  for (const link of links) {
    codesOf.set(link.action_code, [...(codesOf.get(link.action_code) ?? []), link.coordination_code]);
  }
  return rows.map((row) => ({
    code: row.code,
    strategicActionCode: row.strategic_action_code,
    printedNumber: row.printed_number,
    text: row.text,
    responsibleText: row.responsible_text,
    coordinationCodes: codesOf.get(row.code) ?? [],
    participants: row.participants,
    ...fromDeadline(row),
    observations: row.observations,
    statusInPlan: row.status_in_plan,
    sortOrder: row.sort_order,
    retiredAt: row.retired_at,
    version: row.version,
  }));
}

type PlanTable = 'objectives' | 'strategic_actions' | 'operational_actions';

export async function findPlanNode(
  db: Db,
  table: PlanTable,
  code: string,
): Promise<Record<string, unknown> | null> {
  return ((await db(table).where({ code }).first()) as Record<string, unknown> | undefined) ?? null;
}

/**
 * Writes `changes` only if the row still has `version` (optimistic lock); returns false when
 * somebody changed it in between, so the caller can refuse with a clear message.
 */
export async function updateVersioned(
  db: Db,
  table: PlanTable,
  code: string,
  version: number,
  changes: Record<string, unknown>,
): Promise<boolean> {
  const count = await db(table)
    .where({ code, version })
    .update({ ...changes, version: version + 1 });
  return count === 1;
}

export const strategicActionColumns = (
  row: Omit<StrategicActionRow, 'sortOrder' | 'retiredAt' | 'version' | 'planText'>,
) => ({
  objective_code: row.objectiveCode,
  text: row.text,
  responsible_text: row.responsibleText,
  ...deadlineColumns(row),
});

export const operationalActionColumns = (
  row: Pick<
    OperationalActionRow,
    'strategicActionCode' | 'text' | 'responsibleText' | 'participants' | 'observations' | keyof Deadline
  >,
) => ({
  strategic_action_code: row.strategicActionCode,
  text: row.text,
  responsible_text: row.responsibleText,
  participants: row.participants,
  observations: row.observations,
  ...deadlineColumns(row),
});

export const datesColumns = (dates: { startsOn: string | null; endsOn: string | null }, setBy: number) => ({
  starts_on: dates.startsOn,
  ends_on: dates.endsOn,
  dates_set_by: setBy,
});

type DbRecord = {
  id: number;
  action_code: string;
  reference_month: string;
  status: ActionStatus;
  percent_done: number | null;
  done_text: string | null;
  difficulties: string | null;
  evidence_links_json: string | null;
  has_non_conformity: number | boolean;
  non_conformity_description: string | null;
  non_conformity_cause: string | null;
  corrective_action: string | null;
  corrective_owner: string | null;
  corrective_deadline: string | null;
  recorded_at: string;
  recorded_by: number;
  display_name: string;
  is_example: number | boolean;
};

function toRecord(row: DbRecord): MonitoringRecordRow {
  return {
    id: row.id,
    actionCode: row.action_code,
    referenceMonth: row.reference_month,
    status: row.status,
    percentDone: row.percent_done,
    doneText: row.done_text,
    difficulties: row.difficulties,
    evidenceLinks: row.evidence_links_json ? (JSON.parse(row.evidence_links_json) as string[]) : [],
    nonConformity: row.has_non_conformity
      ? {
          description: row.non_conformity_description ?? '',
          cause: row.non_conformity_cause,
          correctiveAction: row.corrective_action ?? '',
          correctiveOwner: row.corrective_owner ?? '',
          correctiveDeadline: row.corrective_deadline ?? '',
        }
      : null,
    recordedAt: row.recorded_at,
    recordedBy: row.recorded_by,
    recordedByName: row.display_name,
    isExample: Boolean(row.is_example),
  };
}

function recordsQuery(db: Db) {
  return db('monitoring_records as m')
    .join('users as u', 'u.id', 'm.recorded_by')
    .select('m.*', 'u.display_name');
}

export async function insertMonitoringRecord(db: Db, record: NewMonitoringRecord): Promise<number> {
  const [inserted] = await db('monitoring_records')
    .insert({
      action_code: record.actionCode,
      reference_month: record.referenceMonth,
      status: record.status,
      percent_done: record.percentDone,
      done_text: record.doneText,
      difficulties: record.difficulties,
      evidence_links_json: record.evidenceLinks.length > 0 ? JSON.stringify(record.evidenceLinks) : null,
      has_non_conformity: record.nonConformity !== null,
      non_conformity_description: record.nonConformity?.description ?? null,
      non_conformity_cause: record.nonConformity?.cause ?? null,
      corrective_action: record.nonConformity?.correctiveAction ?? null,
      corrective_owner: record.nonConformity?.correctiveOwner ?? null,
      corrective_deadline: record.nonConformity?.correctiveDeadline ?? null,
      recorded_at: record.recordedAt,
      recorded_by: record.recordedBy,
      is_example: record.isExample,
    })
    .returning('id');
  return insertedId(inserted);
}

/** One action's history, newest first (reference month, then order of recording). */
export async function listActionRecords(db: Db, actionCode: string): Promise<MonitoringRecordRow[]> {
  const rows: DbRecord[] = await recordsQuery(db)
    .where('m.action_code', actionCode)
    .orderBy([
      { column: 'm.reference_month', order: 'desc' },
      { column: 'm.id', order: 'desc' },
    ]);
  return rows.map(toRecord);
}

/**
 * Each action's current record: the latest reference month, and within it the last one written
 * (a correction of a month is a new record; a late record for an older month does not win).
 * With `upToMonth`, the record that was current at the end of that month (later months ignored).
 */
export async function listLatestRecords(
  db: Db,
  options: { upToMonth?: string } = {},
): Promise<MonitoringRecordRow[]> {
  const { upToMonth } = options;
  const monthLimit = upToMonth === undefined ? '' : 'and m2.reference_month <= ?';
  const rows: DbRecord[] = await recordsQuery(db).whereRaw(
    `m.id = (select m2.id from monitoring_records m2 where m2.action_code = m.action_code ${monthLimit}
       order by m2.reference_month desc, m2.id desc limit 1)`,
    upToMonth === undefined ? [] : [upToMonth],
  );
  return rows.map(toRecord);
}

/** Records whose reference month falls between `fromMonth` and `toMonth` (inclusive), oldest first. */
export async function listRecordsBetween(
  db: Db,
  fromMonth: string,
  toMonth: string,
): Promise<MonitoringRecordRow[]> {
  const rows: DbRecord[] = await recordsQuery(db)
    .whereBetween('m.reference_month', [fromMonth, toMonth])
    .orderBy([
      { column: 'm.reference_month', order: 'asc' },
      { column: 'm.id', order: 'asc' },
    ]);
  return rows.map(toRecord);
}

/** Records written from `since` on (all when null) — "updated since the last meeting", newest first. */
export async function listRecordsSince(db: Db, since: string | null): Promise<MonitoringRecordRow[]> {
  const query = recordsQuery(db).orderBy('m.id', 'desc');
  if (since) query.where('m.recorded_at', '>=', since);
  const rows: DbRecord[] = await query;
  return rows.map(toRecord);
}

/** Action codes with at least one record for `month`. */
export async function listActionsRecordedIn(db: Db, month: string): Promise<Set<string>> {
  const rows: { action_code: string }[] = await db('monitoring_records')
    .distinct('action_code')
    .where({ reference_month: month });
  return new Set(rows.map((row) => row.action_code));
}

export async function countMonitoringRecords(db: Db): Promise<number> {
  const row = (await db('monitoring_records').count('* as n').first()) as { n: number | string };
  return Number(row.n);
}

export const retiredColumns = (retiredAt: string | null) => ({ retired_at: retiredAt });

/** Planificação records: adhesions, training events and phase-1 stages (SQL only). */
import type { Db } from '../client.ts';
import { insertedId } from './inserted-id.ts';

type Authored = { isExample: boolean; recordedByName: string | null; recordedAt: string };
export type AdhesionRow = Authored & {
  id: number;
  municipalityCode: string;
  adheredOn: string;
  withdrawnOn: string | null;
  document: string | null;
  version: number;
};
export type TrainingRow = Authored & {
  id: number;
  macroCode: string;
  heldOn: string;
  title: string;
  professionals: number;
};
export type StageRow = Authored & {
  id: number;
  macroCode: string;
  stageCode: string;
  completedOn: string;
  note: string | null;
};

const authored = (table: string) => [
  `${table}.is_example as isExample`,
  'users.display_name as recordedByName',
  `${table}.recorded_at as recordedAt`,
];

function withBoolean<T extends { isExample: unknown }>(row: T): T & { isExample: boolean } {
  return { ...row, isExample: Boolean(row.isExample) };
}

export async function listAdhesions(db: Db): Promise<AdhesionRow[]> {
  const rows = await db('planification_adhesions')
    .leftJoin('users', 'users.id', 'planification_adhesions.recorded_by')
    .select(
      'planification_adhesions.id',
      'planification_adhesions.municipality_code as municipalityCode',
      'planification_adhesions.adhered_on as adheredOn',
      'planification_adhesions.withdrawn_on as withdrawnOn',
      'planification_adhesions.document',
      'planification_adhesions.version',
      ...authored('planification_adhesions'),
    )
    .orderBy('planification_adhesions.adhered_on');
  return rows.map(withBoolean);
}

export async function listTrainings(db: Db): Promise<TrainingRow[]> {
  const rows = await db('planification_trainings')
    .leftJoin('users', 'users.id', 'planification_trainings.recorded_by')
    .select(
      'planification_trainings.id',
      'planification_trainings.macro_code as macroCode',
      'planification_trainings.held_on as heldOn',
      'planification_trainings.title',
      'planification_trainings.professionals',
      ...authored('planification_trainings'),
    )
    .orderBy([{ column: 'planification_trainings.held_on' }, { column: 'planification_trainings.id' }]);
  return rows.map((row) => withBoolean({ ...row, professionals: Number(row.professionals) }));
}

export async function listStages(db: Db): Promise<StageRow[]> {
  const rows = await db('planification_stages')
    .leftJoin('users', 'users.id', 'planification_stages.recorded_by')
    .select(
      'planification_stages.id',
      'planification_stages.macro_code as macroCode',
      'planification_stages.stage_code as stageCode',
      'planification_stages.completed_on as completedOn',
      'planification_stages.note',
      ...authored('planification_stages'),
    );
  return rows.map(withBoolean);
}

export async function hasExampleRecords(db: Db): Promise<boolean> {
  for (const table of ['planification_adhesions', 'planification_trainings', 'planification_stages']) {
    if (await db(table).where({ is_example: true }).first('id')) return true;
  }
  return false;
}

export async function countRecords(db: Db): Promise<number> {
  let total = 0;
  for (const table of ['planification_adhesions', 'planification_trainings', 'planification_stages']) {
    const row = (await db(table).count('* as n').first()) as { n: number | string } | undefined;
    total += Number(row?.n ?? 0);
  }
  return total;
}

type RecordedBy = { recordedBy: number | null; recordedAt: string; isExample?: boolean };

export async function upsertAdhesion(
  db: Db,
  row: {
    municipalityCode: string;
    adheredOn: string;
    withdrawnOn: string | null;
    document: string | null;
  } & RecordedBy,
): Promise<void> {
  const values = {
    adhered_on: row.adheredOn,
    withdrawn_on: row.withdrawnOn,
    document: row.document,
    recorded_by: row.recordedBy,
    recorded_at: row.recordedAt,
    is_example: row.isExample ?? false,
  };
  const updated = await db('planification_adhesions')
    .where({ municipality_code: row.municipalityCode })
    .update({ ...values, version: db.raw('version + 1') });
  if (updated === 0)
    await db('planification_adhesions').insert({ ...values, municipality_code: row.municipalityCode });
}

/** Deletes only the version the person saw. */
export async function deleteAdhesion(db: Db, municipalityCode: string, version: number): Promise<number> {
  return db('planification_adhesions').where({ municipality_code: municipalityCode, version }).delete();
}

export async function insertTraining(
  db: Db,
  row: { macroCode: string; heldOn: string; title: string; professionals: number } & RecordedBy,
): Promise<number> {
  const [inserted] = await db('planification_trainings')
    .insert({
      macro_code: row.macroCode,
      held_on: row.heldOn,
      title: row.title,
      professionals: row.professionals,
      recorded_by: row.recordedBy,
      recorded_at: row.recordedAt,
      is_example: row.isExample ?? false,
    })
    .returning('id');
  return insertedId(inserted);
}

export async function deleteTraining(db: Db, id: number): Promise<number> {
  return db('planification_trainings').where({ id }).delete();
}

export async function insertStage(
  db: Db,
  row: { macroCode: string; stageCode: string; completedOn: string; note: string | null } & RecordedBy,
): Promise<void> {
  await db('planification_stages').insert({
    macro_code: row.macroCode,
    stage_code: row.stageCode,
    completed_on: row.completedOn,
    note: row.note,
    recorded_by: row.recordedBy,
    recorded_at: row.recordedAt,
    is_example: row.isExample ?? false,
  });
}

export async function deleteStage(db: Db, macroCode: string, stageCode: string): Promise<number> {
  return db('planification_stages').where({ macro_code: macroCode, stage_code: stageCode }).delete();
}

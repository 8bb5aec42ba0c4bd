/** The semester report's texts per objective, semester and coordenadoria (SQL only). */
import type { Db } from '../client.ts';
import { insertedId } from './inserted-id.ts';

export type NarrativeKey = { objectiveCode: string; semester: string; coordinationCode: string };

export type NarrativeTexts = {
  progress: string | null;
  difficulties: string | null;
  relation: string | null;
};

export type SemesterNarrativeRow = NarrativeKey &
  NarrativeTexts & {
    id: number;
    version: number;
    updatedAt: string;
    updatedBy: number;
    updatedByName: string;
    isExample: boolean;
  };

type DbNarrative = {
  id: number;
  objective_code: string;
  semester: string;
  coordination_code: string;
  progress_text: string | null;
  difficulties_text: string | null;
  relation_text: string | null;
  version: number;
  updated_by: number;
  updated_at: string;
  is_example: number | boolean;
  display_name: string;
};

function toNarrative(row: DbNarrative): SemesterNarrativeRow {
  return {
    id: row.id,
    objectiveCode: row.objective_code,
    semester: row.semester,
    coordinationCode: row.coordination_code,
    progress: row.progress_text,
    difficulties: row.difficulties_text,
    relation: row.relation_text,
    version: row.version,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
    updatedByName: row.display_name,
    isExample: Boolean(row.is_example),
  };
}

function narrativesQuery(db: Db) {
  return db('semester_narratives as n')
    .join('users as u', 'u.id', 'n.updated_by')
    .select('n.*', 'u.display_name');
}

const textColumns = (texts: NarrativeTexts) => ({
  progress_text: texts.progress,
  difficulties_text: texts.difficulties,
  relation_text: texts.relation,
});

export async function listSemesterNarratives(db: Db, semester: string): Promise<SemesterNarrativeRow[]> {
  const rows: DbNarrative[] = await narrativesQuery(db)
    .where('n.semester', semester)
    .orderBy(['n.objective_code', 'n.coordination_code']);
  return rows.map(toNarrative);
}

export async function findSemesterNarrative(db: Db, key: NarrativeKey): Promise<SemesterNarrativeRow | null> {
  const row: DbNarrative | undefined = await narrativesQuery(db)
    .where({
      'n.objective_code': key.objectiveCode,
      'n.semester': key.semester,
      'n.coordination_code': key.coordinationCode,
    })
    .first();
  return row ? toNarrative(row) : null;
}

export async function insertSemesterNarrative(
  db: Db,
  narrative: NarrativeKey & NarrativeTexts & { updatedBy: number; updatedAt: string; isExample: boolean },
): Promise<number> {
  const [inserted] = await db('semester_narratives')
    .insert({
      objective_code: narrative.objectiveCode,
      semester: narrative.semester,
      coordination_code: narrative.coordinationCode,
      ...textColumns(narrative),
      version: 1,
      updated_by: narrative.updatedBy,
      updated_at: narrative.updatedAt,
      is_example: narrative.isExample,
    })
    .returning('id');
  return insertedId(inserted);
}

/**
 * Rewrites the texts only if the row still has `version` (optimistic lock); false when somebody
 * saved in between. A person's save is never example data any more.
 */
export async function updateSemesterNarrative(
  db: Db,
  id: number,
  version: number,
  change: NarrativeTexts & { updatedBy: number; updatedAt: string },
): Promise<boolean> {
  const count = await db('semester_narratives')
    .where({ id, version })
    .update({
      ...textColumns(change),
      version: version + 1,
      updated_by: change.updatedBy,
      updated_at: change.updatedAt,
      is_example: false,
    });
  return count === 1;
}

export async function countSemesterNarratives(db: Db): Promise<number> {
  const row = (await db('semester_narratives').count('* as n').first()) as { n: number | string };
  return Number(row.n);
}

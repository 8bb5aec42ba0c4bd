/** The análises do indicador: append only, the latest writing of an indicator × territory × month counts. */
import type { Db } from '../client.ts';
import { insertedId } from './inserted-id.ts';

export type AnalysisRow = {
  id: number;
  indicatorCode: string;
  territoryCode: string;
  month: string;
  explanation: string;
  response: string;
  actionCodes: string[];
  writtenAt: string;
  writtenByName: string;
  isExample: boolean;
};

type DbAnalysis = {
  id: number;
  indicator_code: string;
  territory_code: string;
  month: string;
  explanation: string;
  response: string;
  action_codes_json: string;
  written_at: string;
  written_by_name: string;
  is_example: number | boolean;
};

const toAnalysis = (row: DbAnalysis): AnalysisRow => ({
  id: row.id,
  indicatorCode: row.indicator_code,
  territoryCode: row.territory_code,
  month: row.month,
  explanation: row.explanation,
  response: row.response,
  actionCodes: JSON.parse(row.action_codes_json) as string[],
  writtenAt: row.written_at,
  writtenByName: row.written_by_name,
  isExample: Boolean(row.is_example),
});

const analyses = (db: Db) =>
  db('indicator_analyses as a')
    .join('users as u', 'u.id', 'a.written_by')
    .select('a.*', 'u.display_name as written_by_name')
    // Newest first: the first of a group is the one that counts.
    .orderBy([
      { column: 'a.month', order: 'desc' },
      { column: 'a.id', order: 'desc' },
    ]);

export async function insertAnalysis(
  db: Db,
  analysis: Omit<AnalysisRow, 'id' | 'writtenByName' | 'isExample'> & { writtenBy: number },
): Promise<number> {
  const [inserted] = await db('indicator_analyses')
    .insert({
      indicator_code: analysis.indicatorCode,
      territory_code: analysis.territoryCode,
      month: analysis.month,
      explanation: analysis.explanation,
      response: analysis.response,
      action_codes_json: JSON.stringify(analysis.actionCodes),
      written_at: analysis.writtenAt,
      written_by: analysis.writtenBy,
    })
    .returning('id');
  return insertedId(inserted);
}

/** Every writing of one indicator in one territory, newest month and writing first. */
export async function listAnalyses(
  db: Db,
  indicatorCode: string,
  territoryCode: string,
): Promise<AnalysisRow[]> {
  const rows: DbAnalysis[] = await analyses(db).where({
    'a.indicator_code': indicatorCode,
    'a.territory_code': territoryCode,
  });
  return rows.map(toAnalysis);
}

/** The analysis that counts for each indicator of a territory in one month (the latest writing). */
export async function listCurrentAnalyses(
  db: Db,
  territoryCode: string,
  month: string,
): Promise<Map<string, AnalysisRow>> {
  const rows: DbAnalysis[] = await analyses(db).where({
    'a.territory_code': territoryCode,
    'a.month': month,
  });
  const current = new Map<string, AnalysisRow>();
  for (const row of rows)
    if (!current.has(row.indicator_code)) current.set(row.indicator_code, toAnalysis(row));
  return current;
}

/**
 * Each indicator's latest analysis of a territory with its month between `firstMonth` and
 * `lastMonth` (a semester): the newest month, and in it the last writing.
 */
export async function listLatestAnalysesBetween(
  db: Db,
  territoryCode: string,
  firstMonth: string,
  lastMonth: string,
): Promise<Map<string, AnalysisRow>> {
  const rows: DbAnalysis[] = await analyses(db)
    .where('a.territory_code', territoryCode)
    .andWhere('a.month', '>=', firstMonth)
    .andWhere('a.month', '<=', lastMonth);
  const latest = new Map<string, AnalysisRow>();
  for (const row of rows)
    if (!latest.has(row.indicator_code)) latest.set(row.indicator_code, toAnalysis(row));
  return latest;
}

/**
 * Idempotent seed: territory and plan are reference data, loaded (updated in place) on every start;
 * the example data set is loaded once, when the database has no values yet.
 */
import type { TIndicator } from '../../shared/schemas/indicator.ts';
import { saveDataValues } from '../services/data-values.ts';
import type { Db } from './client.ts';
import { readCsv } from './data-files.ts';
import { readPlanFile } from './plan-file.ts';
import type { DataValueRow } from './repositories/data-value-repository.ts';
import { upsertPlan } from './repositories/plan-repository.ts';
import { upsertPopulations, upsertTerritories } from './repositories/territory-repository.ts';
import { readTerritoryFiles } from './territory-file.ts';

export async function seedReferenceData(db: Db): Promise<void> {
  const { territories, populations } = readTerritoryFiles();
  await db.transaction(async (trx) => {
    await upsertTerritories(trx, territories);
    await upsertPopulations(trx, populations);
  });
  await upsertPlan(db, readPlanFile());
}

export function readExampleValues(): DataValueRow[] {
  return readCsv('example/valores_exemplo.csv').map((row) => ({
    indicatorCode: String(row.indicador),
    territoryCode: String(row.territorio),
    period: String(row.periodo),
    numerator: Number(row.numerador),
    denominator: row.denominador === '' ? null : Number(row.denominador),
    source: String(row.fonte),
    isProvisional: row.provisorio === '1',
    isExample: row.exemplo === '1',
  }));
}

export async function seedExampleData(
  db: Db,
  indicators: readonly TIndicator[],
  now: Date,
): Promise<boolean> {
  const existing = (await db('data_values').count('* as n').first()) as { n: number | string } | undefined;
  if (Number(existing?.n ?? 0) > 0) return false;
  const byCode = new Map(indicators.map((indicator) => [indicator.code, indicator]));
  await saveDataValues(db, readExampleValues(), byCode, now);
  return true;
}

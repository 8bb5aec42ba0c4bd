/**
 * Idempotent seed: territory and plan are reference data, loaded (updated in place) on every start;
 * the example data set is loaded once, when the database has no values yet.
 */
import type { TIndicator } from '../../shared/schemas/indicator.ts';
import { saveDataValues } from '../services/data-values.ts';
import { rebuildYearRollups } from '../services/year-rollups.ts';
import { readActionPlanFile } from './action-plan-file.ts';
import type { Db } from './client.ts';
import { readCsv } from './data-files.ts';
import { readPlanFile } from './plan-file.ts';
import {
  countStrategicActions,
  insertOperationalAction,
  insertStrategicAction,
} from './repositories/action-plan-repository.ts';
import { countDataValues, type DataValueRow } from './repositories/data-value-repository.ts';
import { listIndicators, upsertPlan } from './repositories/plan-repository.ts';
import { upsertPopulations, upsertTerritories } from './repositories/territory-repository.ts';
import { readTerritoryFiles } from './territory-file.ts';

export async function seedReferenceData(db: Db): Promise<void> {
  const { territories, populations } = readTerritoryFiles();
  const plan = readPlanFile();
  await db.transaction(async (trx) => {
    await upsertTerritories(trx, territories);
    await upsertPopulations(trx, populations);
    const before = new Map((await listIndicators(trx)).map((indicator) => [indicator.code, indicator]));
    await upsertPlan(trx, plan);
    // A changed time rule changes every yearly roll-up of that indicator: rebuild them from the raw values.
    for (const indicator of plan.indicators) {
      const previous = before.get(indicator.code);
      const isChanged =
        previous !== undefined &&
        (previous.numeratorRule !== indicator.numeratorRule ||
          previous.denominatorRule !== indicator.denominatorRule ||
          previous.periodicity !== indicator.periodicity);
      if (isChanged) await rebuildYearRollups(trx, indicator);
    }
    await seedActionPlan(trx);
  });
}

/**
 * The plan's action tree is loaded from `data/plan/acoes.json` once, into an empty database:
 * afterwards it belongs to the administrators (who add, edit and retire actions in the app).
 */
async function seedActionPlan(db: Db): Promise<void> {
  if ((await countStrategicActions(db)) > 0) return;
  const { strategic, operational } = readActionPlanFile();
  for (const action of strategic) await insertStrategicAction(db, action);
  for (const action of operational) await insertOperationalAction(db, action);
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
  if ((await countDataValues(db)) > 0) return false;
  const byCode = new Map(indicators.map((indicator) => [indicator.code, indicator]));
  await saveDataValues(db, readExampleValues(), byCode, now);
  return true;
}

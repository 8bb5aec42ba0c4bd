import { aggregateYear } from '../../shared/domain/aggregation.ts';
import { valueProblems } from '../../shared/domain/data-value-rules.ts';
import { DATA_LEVEL_AS_TERRITORY, LEVEL_LABELS } from '../../shared/domain/indicator.ts';
import { groupBy } from '../../shared/group-by.ts';
import type { TIndicator } from '../../shared/schemas/indicator.ts';
import type { Db } from '../db/client.ts';
import {
  type DataValueRow,
  listDataYears,
  listRawValues,
  replaceYearRollups,
  upsertDataValues,
} from '../db/repositories/data-value-repository.ts';
import { listTerritories, type TerritoryRow } from '../db/repositories/territory-repository.ts';
import { AppError } from '../errors.ts';

function checkRows(
  rows: readonly DataValueRow[],
  indicators: ReadonlyMap<string, TIndicator>,
  territories: ReadonlyMap<string, TerritoryRow>,
): void {
  for (const [index, row] of rows.entries()) {
    const indicator = indicators.get(row.indicatorCode);
    const where = `Linha ${index + 1}`;
    if (!indicator)
      throw new AppError('UNPROCESSABLE', `${where}: indicador ${row.indicatorCode} não existe.`);
    const territory = territories.get(row.territoryCode);
    if (!territory)
      throw new AppError('UNPROCESSABLE', `${where}: território ${row.territoryCode} não existe.`);
    // A value recorded at the wrong level would be counted twice in the state total.
    if (territory.level !== DATA_LEVEL_AS_TERRITORY[indicator.dataLevel]) {
      throw new AppError(
        'UNPROCESSABLE',
        `${where}: o indicador ${indicator.code} é registrado por ${LEVEL_LABELS[DATA_LEVEL_AS_TERRITORY[indicator.dataLevel]]}; ${territory.name} é ${LEVEL_LABELS[territory.level]}.`,
      );
    }
    const problems = valueProblems(row, indicator);
    if (problems.length > 0) throw new AppError('UNPROCESSABLE', `${where}: ${problems.join(' ')}`);
  }
}

/** Recomputes step 1 of the aggregation (time, per unit) for one indicator and year. */
export async function refreshYearRollups(
  db: Db,
  indicator: TIndicator,
  year: number,
  territoryCodes?: readonly string[],
): Promise<void> {
  const raw = await listRawValues(db, { indicatorCode: indicator.code, year, territoryCodes });
  const byTerritory = groupBy(raw, (value) => value.territoryCode);
  const rollups = [...byTerritory].flatMap(([territoryCode, values]) => {
    const aggregate = aggregateYear(values, indicator);
    return aggregate ? [{ ...aggregate, indicatorCode: indicator.code, territoryCode, year }] : [];
  });
  await replaceYearRollups(db, { indicatorCode: indicator.code, year, territoryCodes }, rollups);
}

/** Stores raw values and their yearly roll-ups in one transaction: both or neither. */
export async function saveDataValues(
  db: Db,
  rows: readonly DataValueRow[],
  indicators: ReadonlyMap<string, TIndicator>,
  now: Date,
): Promise<void> {
  const territories = new Map((await listTerritories(db)).map((territory) => [territory.code, territory]));
  checkRows(rows, indicators, territories);
  await db.transaction(async (trx) => {
    await upsertDataValues(trx, rows, now.toISOString());
    const touched = groupBy(rows, (row) => `${row.indicatorCode}|${row.period.slice(0, 4)}`);
    for (const [key, group] of touched) {
      const [code, year] = key.split('|') as [string, string];
      const territoryCodes = [...new Set(group.map((row) => row.territoryCode))];
      await refreshYearRollups(trx, indicators.get(code) as TIndicator, Number(year), territoryCodes);
    }
  });
}

/** Rebuilds every roll-up of an indicator from its raw values (after a bulk load). */
export async function rebuildYearRollups(db: Db, indicator: TIndicator): Promise<void> {
  await db.transaction(async (trx) => {
    for (const year of await listDataYears(trx, indicator.code))
      await refreshYearRollups(trx, indicator, year);
  });
}

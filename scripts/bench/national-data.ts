/**
 * A synthetic Brazil on top of the seeded plan: 120 macros, 450 regions and 5,570 municípios
 * under state '51', and deterministic raw values for every panel indicator.
 */
import type { Knex } from 'knex';
import type { Db } from '../../server/db/client.ts';
import { type TerritoryRow, upsertTerritories } from '../../server/db/repositories/territory-repository.ts';
import { expectedPeriods, periodStart } from '../../shared/domain/period.ts';
import { STATE_CODE } from '../../shared/domain/territory.ts';
import type { TIndicator } from '../../shared/schemas/indicator.ts';
import { fnv1a, mulberry32 } from '../lib/random.ts';

export const NATIONAL = {
  macros: 120,
  regions: 450,
  municipalities: 5570,
  firstYear: 2017,
  lastYear: 2026,
  /** The bench's month in progress (its clock is 24/11/2026): no value for a period not begun. */
  lastMonth: '2026-11',
} as const;

/** A recording unit and its size (population), which scales its values. */
export type Unit = { code: string; size: number };
export type NationalTerritory = { state: Unit; macros: Unit[]; regions: number; municipalities: Unit[] };

const BLANK = { shortName: null, ibge6: null, isCapital: false, latitude: null, longitude: null };

/**
 * Replaces MT's regions and municípios with the synthetic ones so the counts are exactly national.
 * The state and MT's 6 macros stay (the plan's targets point at them) and count among the 120.
 */
export async function buildNationalTerritory(db: Db): Promise<NationalTerritory> {
  const rng = mulberry32(fnv1a('territory'));
  const keptMacros: string[] = await db('territories')
    .where({ level: 'macro' })
    .orderBy('code')
    .pluck('code');
  const macroCodes = [
    ...keptMacros,
    ...Array.from({ length: NATIONAL.macros - keptMacros.length }, (_, index) => String(6001 + index)),
  ];
  const regionRows: TerritoryRow[] = Array.from({ length: NATIONAL.regions }, (_, index) => {
    const macroCode = macroCodes[index % macroCodes.length] as string;
    return {
      ...BLANK,
      code: String(70001 + index),
      level: 'region',
      name: `Região sintética ${index + 1}`,
      parentCode: macroCode,
      macroCode,
      regionCode: null,
      installedYear: null,
    };
  });
  const municipalities: Unit[] = [];
  const municipalityRows: TerritoryRow[] = Array.from({ length: NATIONAL.municipalities }, (_, index) => {
    const region = regionRows[index % regionRows.length] as TerritoryRow;
    // 7 digits whose first 6 (the DATASUS code the import reads) are unique too.
    const code = `9${String(index).padStart(5, '0')}1`;
    // Log-uniform from 1 thousand to 1 million inhabitants: many small municípios, a few large.
    municipalities.push({ code, size: Math.round(1000 * 2 ** (rng() * 10)) });
    return {
      ...BLANK,
      code,
      level: 'municipality',
      ibge6: code.slice(0, 6),
      name: `Município sintético ${index + 1}`,
      parentCode: region.code,
      macroCode: region.macroCode,
      regionCode: region.code,
      installedYear: null,
    };
  });
  const newMacroRows: TerritoryRow[] = macroCodes.slice(keptMacros.length).map((code) => ({
    ...BLANK,
    code,
    level: 'macro',
    name: `Macrorregião sintética ${code}`,
    parentCode: STATE_CODE,
    macroCode: null,
    regionCode: null,
    installedYear: null,
  }));
  await db.transaction(async (trx) => {
    const oldMunicipalities = trx('territories').where({ level: 'municipality' }).select('code');
    await trx('populations').whereIn('territory_code', oldMunicipalities).delete();
    await trx('territories').where({ level: 'municipality' }).delete();
    await trx('territories').where({ level: 'region' }).delete();
    await upsertTerritories(trx, [...newMacroRows, ...regionRows, ...municipalityRows]);
  });

  const sizeByMacro = new Map<string, number>();
  for (const [index, unit] of municipalities.entries()) {
    const macroCode = municipalityRows[index]?.macroCode as string;
    sizeByMacro.set(macroCode, (sizeByMacro.get(macroCode) ?? 0) + unit.size);
  }
  return {
    state: { code: STATE_CODE, size: municipalities.reduce((sum, unit) => sum + unit.size, 0) },
    macros: macroCodes.map((code) => ({ code, size: sizeByMacro.get(code) ?? 0 })),
    regions: regionRows.length,
    municipalities,
  };
}

type ValueTuple = [
  indicatorCode: string,
  territoryCode: string,
  period: string,
  year: number,
  numerator: number,
  denominator: number | null,
];

/** Share of the population that produces a flow denominator per year (admissions, births). */
const FLOW_SHARE = 0.012;

/** Generated integers only, so sums are exact and the consistency check can ask for equality. */
function yearRows(
  indicator: TIndicator,
  year: number,
  units: readonly Unit[],
  unitFactor: readonly number[],
  expected: { rate: number; countPerPeriod: number },
  rng: () => number,
): ValueTuple[] {
  const perYear = expectedPeriods(indicator.periodicity, year).length;
  const periods = expectedPeriods(indicator.periodicity, year).filter(
    (period) => periodStart(period) <= NATIONAL.lastMonth,
  );
  const growth = 1 + 0.01 * (year - NATIONAL.firstYear);
  const rows: ValueTuple[] = [];
  for (const [index, unit] of units.entries()) {
    const factor = unitFactor[index] ?? 1;
    const stock = Math.round(unit.size * growth);
    for (const period of periods) {
      if (indicator.kind === 'count') {
        // A status (1 = done) when the year keeps the last value; otherwise events around the target.
        const numerator =
          indicator.numeratorRule === 'last'
            ? Number(rng() < 0.5)
            : Math.floor(rng() * (2 * expected.countPerPeriod + 1));
        rows.push([indicator.code, unit.code, period, year, numerator, null]);
        continue;
      }
      const denominator =
        indicator.denominatorRule === 'sum'
          ? Math.max(1, Math.round((stock * FLOW_SHARE * factor * (0.9 + 0.2 * rng())) / perYear))
          : stock;
      // Scale so that the year's numerator over the year's denominator is near the target rate.
      const yearDenominator = indicator.denominatorRule === 'sum' ? denominator * perYear : denominator;
      const mean =
        (yearDenominator * expected.rate * factor) / (indicator.numeratorRule === 'sum' ? perYear : 1);
      let numerator = Math.floor(mean * (0.9 + 0.2 * rng()) + rng());
      if (indicator.isProportion) numerator = Math.min(numerator, denominator);
      rows.push([indicator.code, unit.code, period, year, numerator, denominator]);
    }
  }
  return rows;
}

/** 4,000 rows × 6 bindings stays under SQLite's 32,766 host parameters per statement. */
const INSERT_CHUNK = 4000;
const ROW_PLACEHOLDER = "(?, ?, ?, ?, ?, ?, 'bench: valores sintéticos', 0, 0, '2026-11-24T16:00:00.000Z')";

async function insertRows(trx: Knex.Transaction, rows: readonly ValueTuple[]): Promise<void> {
  for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
    const chunk = rows.slice(start, start + INSERT_CHUNK);
    // Multi-row insert with bindings: the repository's upsert (400 rows, ON CONFLICT) is the write
    // path for users; a bulk load into an empty table does not need the conflict clause.
    await trx.raw(
      `insert into data_values (indicator_code, territory_code, period, year, numerator, denominator,
         source, is_provisional, is_example, updated_at) values ${chunk.map(() => ROW_PLACEHOLDER).join(', ')}`,
      chunk.flat(),
    );
  }
}

export function unitsOf(indicator: TIndicator, territory: NationalTerritory): readonly Unit[] {
  if (indicator.dataLevel === 'municipality') return territory.municipalities;
  return indicator.dataLevel === 'macro' ? territory.macros : [territory.state];
}

/**
 * Loads every year of one indicator in one transaction, a year at a time so memory stays at
 * ~70,000 rows. `stateTarget` sets the level of the values; returns the number of rows.
 */
export async function loadIndicatorValues(
  db: Db,
  indicator: TIndicator,
  territory: NationalTerritory,
  stateTarget: number | null,
): Promise<number> {
  const rng = mulberry32(fnv1a(indicator.code));
  const units = unitsOf(indicator, territory);
  const unitFactor = units.map(() => 0.8 + 0.4 * rng());
  const reference = stateTarget ?? indicator.baselineValue;
  const rate = reference === null ? (indicator.isProportion ? 0.5 : 0.001) : reference / indicator.factor;
  let loaded = 0;
  await db.transaction(async (trx) => {
    for (let year = NATIONAL.firstYear; year <= NATIONAL.lastYear; year += 1) {
      const perYear = expectedPeriods(indicator.periodicity, year).length;
      const perUnit = Math.max(1, stateTarget ?? 1) / units.length;
      const countPerPeriod = indicator.numeratorRule === 'sum' ? perUnit / perYear : perUnit;
      const rows = yearRows(indicator, year, units, unitFactor, { rate, countPerPeriod }, rng);
      await insertRows(trx, rows);
      loaded += rows.length;
    }
  });
  return loaded;
}

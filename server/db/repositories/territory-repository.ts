import type { TerritoryLevel } from '../../../shared/domain/indicator.ts';
import type { Db } from '../client.ts';

export type TerritoryRow = {
  code: string;
  level: TerritoryLevel;
  name: string;
  shortName: string | null;
  parentCode: string | null;
  macroCode: string | null;
  regionCode: string | null;
  ibge6: string | null;
  isCapital: boolean;
  latitude: number | null;
  longitude: number | null;
  installedYear: number | null;
};

export type PopulationRow = { territoryCode: string; year: number; population: number; source: string };

const COLUMNS = {
  code: 'code',
  level: 'level',
  name: 'name',
  shortName: 'short_name',
  parentCode: 'parent_code',
  macroCode: 'macro_code',
  regionCode: 'region_code',
  ibge6: 'ibge6',
  isCapital: 'is_capital',
  latitude: 'latitude',
  longitude: 'longitude',
  installedYear: 'installed_year',
} as const;

type DbTerritory = { [K in keyof typeof COLUMNS as (typeof COLUMNS)[K]]: unknown };

function fromDb(row: DbTerritory): TerritoryRow {
  return {
    code: String(row.code),
    level: row.level as TerritoryLevel,
    name: String(row.name),
    shortName: (row.short_name as string | null) ?? null,
    parentCode: (row.parent_code as string | null) ?? null,
    macroCode: (row.macro_code as string | null) ?? null,
    regionCode: (row.region_code as string | null) ?? null,
    ibge6: (row.ibge6 as string | null) ?? null,
    isCapital: Boolean(row.is_capital),
    latitude: (row.latitude as number | null) ?? null,
    longitude: (row.longitude as number | null) ?? null,
    installedYear: (row.installed_year as number | null) ?? null,
  };
}

/**
 * Parents first, so foreign keys hold; re-running updates names and composition in place. A row
 * that did not change is not written, and a change never rewrites the key: rewriting it (an upsert's
 * merge) makes SQLite check every child table's foreign keys, a minute at national scale.
 */
export async function upsertTerritories(db: Db, rows: readonly TerritoryRow[]): Promise<void> {
  const order: TerritoryLevel[] = ['state', 'macro', 'region', 'municipality'];
  const sorted = [...rows].sort((a, b) => order.indexOf(a.level) - order.indexOf(b.level));
  const stored = new Map((await listTerritories(db)).map((territory) => [territory.code, territory]));
  for (const row of sorted) {
    const current = stored.get(row.code);
    const changed = Object.keys(COLUMNS).filter(
      (key) => (current?.[key as keyof TerritoryRow] ?? null) !== (row[key as keyof TerritoryRow] ?? null),
    );
    if (changed.length === 0) continue;
    const columns = (keys: readonly string[]) =>
      Object.fromEntries(
        keys.map((key) => [COLUMNS[key as keyof TerritoryRow], row[key as keyof TerritoryRow]]),
      );
    if (current) await db('territories').where({ code: row.code }).update(columns(changed));
    else await db('territories').insert(columns(Object.keys(COLUMNS)));
  }
}

export async function upsertPopulations(db: Db, rows: readonly PopulationRow[]): Promise<void> {
  for (let start = 0; start < rows.length; start += 200) {
    const chunk = rows.slice(start, start + 200).map((row) => ({
      territory_code: row.territoryCode,
      year: row.year,
      population: row.population,
      source: row.source,
    }));
    await db('populations').insert(chunk).onConflict(['territory_code', 'year']).merge();
  }
}

export async function listTerritories(db: Db): Promise<TerritoryRow[]> {
  const rows: DbTerritory[] = await db('territories').select(Object.values(COLUMNS)).orderBy('code');
  return rows.map(fromDb);
}

/** Each territory's population by year (IBGE), for the rules that bound a value by it. */
export async function listPopulations(db: Db): Promise<Map<string, Map<number, number>>> {
  const rows: { territory_code: string; year: number | string; population: number | string }[] = await db(
    'populations',
  ).select('territory_code', 'year', 'population');
  const byTerritory = new Map<string, Map<number, number>>();
  for (const row of rows) {
    const years = byTerritory.get(row.territory_code) ?? new Map<number, number>();
    years.set(Number(row.year), Number(row.population));
    byTerritory.set(row.territory_code, years);
  }
  return byTerritory;
}

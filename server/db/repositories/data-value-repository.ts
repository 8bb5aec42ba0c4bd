import type { RawValue, YearAggregate } from '../../../shared/domain/aggregation.ts';
import type { Db } from '../client.ts';

/** A stored raw value; a rate's numerator or denominator may still be missing (then it does not count yet). */
export type DataValueRow = RawValue & {
  /** Why a value far from the unit's history is right (unusual values only). */
  justification?: string | null;
  indicatorCode: string;
  territoryCode: string;
  source: string;
};
export type YearRollupRow = YearAggregate & {
  indicatorCode: string;
  territoryCode: string;
  year: number;
  /** Provenance: the source of the unit's latest loaded value in the year, and when. */
  source: string;
  loadedAt: string;
};
/** Some months of a year, `AAAA-MM` to `AAAA-MM`. */
export type MonthSpan = { firstMonth: string; throughMonth: string };
/** A unit's months of one span of a year, by the year's rules (see server/services/year-rollups.ts). */
export type SpanRollupRow = YearRollupRow & MonthSpan;

/** Which territory column groups the members of a level (null: everything, the state). */
export type GroupColumn = 'code' | 'region_code' | 'macro_code' | null;

/**
 * The sums of the units of one territory (group) and year that share a latest reported period and a
 * number of periods reported: enough to find the territory's reference month and to sum, in SQL,
 * every unit that has nothing after it.
 */
export type ReportBucket = {
  groupCode: string | null;
  year: number;
  lastPeriod: string;
  periodsReported: number;
  units: number;
  numerator: number;
  denominator: number | null;
  isProvisional: boolean;
  isExample: boolean;
};

const CHUNK = 400;

export type VersionedValueRow = DataValueRow & { version: number; updatedBy: number | null };

export async function upsertDataValues(
  db: Db,
  rows: readonly VersionedValueRow[],
  updatedAt: string,
): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK).map((row) => ({
      indicator_code: row.indicatorCode,
      territory_code: row.territoryCode,
      period: row.period,
      year: Number(row.period.slice(0, 4)),
      numerator: row.numerator,
      denominator: row.denominator,
      source: row.source,
      is_provisional: row.isProvisional,
      is_example: row.isExample,
      justification: row.justification ?? null,
      updated_at: updatedAt,
      updated_by: row.updatedBy,
      version: row.version,
    }));
    await db('data_values')
      .insert(chunk)
      .onConflict(['indicator_code', 'territory_code', 'period'])
      .merge([
        'numerator',
        'denominator',
        'source',
        'is_provisional',
        'is_example',
        'justification',
        'updated_at',
        'updated_by',
        'version',
      ]);
  }
}

export type StoredValue = DataValueRow & {
  version: number;
  updatedAt: string;
  updatedByName: string | null;
};

/** The stored values of one indicator in some years, with who saved each one last. */
export async function listStoredValues(
  db: Db,
  filter: { indicatorCode: string; years: readonly number[]; territoryCodes?: readonly string[] },
): Promise<StoredValue[]> {
  const query = db('data_values as v')
    .leftJoin('users as u', 'u.id', 'v.updated_by')
    .where('v.indicator_code', filter.indicatorCode)
    .whereIn('v.year', filter.years)
    .select(
      'v.territory_code',
      'v.period',
      'v.numerator',
      'v.denominator',
      'v.source',
      'v.is_provisional',
      'v.is_example',
      'v.justification',
      'v.version',
      'v.updated_at',
      'u.display_name',
    );
  if (filter.territoryCodes) query.whereIn('v.territory_code', filter.territoryCodes);
  const rows: {
    territory_code: string;
    period: string;
    numerator: number | null;
    denominator: number | null;
    source: string;
    is_provisional: number | boolean;
    is_example: number | boolean;
    justification: string | null;
    version: number;
    updated_at: string;
    display_name: string | null;
  }[] = await query;
  return rows.map((row) => ({
    indicatorCode: filter.indicatorCode,
    territoryCode: row.territory_code,
    period: row.period,
    numerator: row.numerator,
    denominator: row.denominator,
    source: row.source,
    isProvisional: Boolean(row.is_provisional),
    isExample: Boolean(row.is_example),
    justification: row.justification,
    version: row.version,
    updatedAt: row.updated_at,
    updatedByName: row.display_name,
  }));
}

export async function deleteDataValues(
  db: Db,
  keys: readonly { indicatorCode: string; territoryCode: string; period: string }[],
): Promise<void> {
  for (const key of keys) {
    await db('data_values')
      .where({ indicator_code: key.indicatorCode, territory_code: key.territoryCode, period: key.period })
      .delete();
  }
}

export async function listDataYears(db: Db, indicatorCode: string): Promise<number[]> {
  const rows: { year: number }[] = await db('data_values')
    .distinct('year')
    .where({ indicator_code: indicatorCode })
    .orderBy('year');
  return rows.map((row) => row.year);
}

const rollupColumns = (row: YearRollupRow) => ({
  indicator_code: row.indicatorCode,
  territory_code: row.territoryCode,
  year: row.year,
  numerator: row.numerator,
  denominator: row.denominator,
  periods_reported: row.periodsReported,
  last_period: row.lastPeriod,
  is_provisional: row.isProvisional,
  is_example: row.isExample,
  source: row.source,
  loaded_at: row.loadedAt,
});

/** Replaces the yearly roll-ups of the given units and their spans (those with no values left are removed). */
export async function replaceYearRollups(
  db: Db,
  scope: { indicatorCode: string; year: number; territoryCodes?: readonly string[] },
  rows: { years: readonly YearRollupRow[]; spans: readonly SpanRollupRow[] },
): Promise<void> {
  for (const table of ['data_value_years', 'data_value_spans']) {
    const remove = db(table).where({ indicator_code: scope.indicatorCode, year: scope.year });
    if (scope.territoryCodes) remove.whereIn('territory_code', scope.territoryCodes);
    await remove.delete();
  }
  for (let start = 0; start < rows.years.length; start += CHUNK)
    await db('data_value_years').insert(rows.years.slice(start, start + CHUNK).map(rollupColumns));
  await insertSpanRollups(db, rows.spans);
}

export async function insertSpanRollups(db: Db, rows: readonly SpanRollupRow[]): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK)
    await db('data_value_spans').insert(
      rows.slice(start, start + CHUNK).map((row) => ({
        ...rollupColumns(row),
        first_month: row.firstMonth,
        through_month: row.throughMonth,
      })),
    );
}

/** The units' roll-ups of one indicator, year and span (only the spans `rollupsOfYear` keeps exist). */
export async function listSpanRollups(
  db: Db,
  filter: { indicatorCode: string; year: number } & MonthSpan,
): Promise<SpanRollupRow[]> {
  const rows: {
    territory_code: string;
    numerator: number;
    denominator: number | null;
    periods_reported: number;
    last_period: string;
    is_provisional: number | boolean;
    is_example: number | boolean;
    source: string;
    loaded_at: string;
  }[] = await db('data_value_spans')
    .where({
      indicator_code: filter.indicatorCode,
      year: filter.year,
      first_month: filter.firstMonth,
      through_month: filter.throughMonth,
    })
    .select(
      'territory_code',
      'numerator',
      'denominator',
      'periods_reported',
      'last_period',
      'is_provisional',
      'is_example',
      'source',
      'loaded_at',
    );
  return rows.map((row) => ({
    indicatorCode: filter.indicatorCode,
    territoryCode: row.territory_code,
    year: filter.year,
    firstMonth: filter.firstMonth,
    throughMonth: filter.throughMonth,
    numerator: row.numerator,
    denominator: row.denominator,
    periodsReported: row.periods_reported,
    lastPeriod: row.last_period,
    isProvisional: Boolean(row.is_provisional),
    isExample: Boolean(row.is_example),
    source: row.source,
    loadedAt: row.loaded_at,
  }));
}

/** The latest period with data for each indicator: the end of the year-to-date window. */
export async function latestPeriods(db: Db, indicatorCodes: readonly string[]): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  for (const code of indicatorCodes) {
    const row = (await db('data_value_years')
      .where({ indicator_code: code })
      .max('last_period as last')
      .first()) as { last: string | null } | undefined;
    if (row?.last) result.set(code, row.last);
  }
  return result;
}

type GroupFilter = {
  indicatorCode: string;
  years: readonly number[];
  groupColumn: GroupColumn;
  /** Only units of the indicator's recording level count (a safety net against stray rows). */
  unitLevel: string;
  groupCodes?: readonly string[];
};

/**
 * The rows (`r`) of one indicator's recording units in some years, joined to their territory (`t`)
 * so they can be grouped into the territories of a level (`groupCode`; none: the state).
 */
function unitsByGroup(db: Db, table: 'data_values' | 'data_value_years', filter: GroupFilter) {
  const groupColumn = filter.groupColumn === null ? null : `t.${filter.groupColumn}`;
  const query = db(`${table} as r`)
    .join('territories as t', 't.code', 'r.territory_code')
    .where('r.indicator_code', filter.indicatorCode)
    .where('t.level', filter.unitLevel)
    .whereIn('r.year', filter.years);
  if (filter.groupCodes && groupColumn) query.whereIn(groupColumn, filter.groupCodes);
  return {
    query,
    groupBy: groupColumn === null ? [] : [groupColumn],
    groupCode:
      groupColumn === null ? db.raw('null as group_code') : db.raw('?? as group_code', [groupColumn]),
  };
}

/**
 * Step 2 of the aggregation, in SQL: the numerators summed and the denominators summed over the
 * yearly roll-ups of the units of each territory of a level, per year, bucketed by the units' latest
 * reported period (see `ReportBucket`) and by source. One query gives both what a figure is made of
 * (`toReportBuckets`: the sources added up) and where it came from (`toProvenance`).
 */
export type SourceBucket = ReportBucket & { source: string; loadedAt: string };

export async function sourceBuckets(db: Db, filter: GroupFilter): Promise<SourceBucket[]> {
  const { query, groupBy, groupCode } = unitsByGroup(db, 'data_value_years', filter);
  const bucketKey = ['r.year', 'r.last_period', 'r.periods_reported', 'r.source'];
  query.select(groupCode, ...bucketKey);
  if (filter.groupColumn === 'code') {
    // Each group is one unit, which has one roll-up per year (the table's key): its row as a bucket
    // of one, read in the key's order. Grouping would sort every unit's row for nothing (a third of
    // the planificação's time at national scale).
    query
      .select(
        db.raw('1 as units'),
        'r.numerator',
        'r.denominator',
        db.raw('case when r.is_provisional then 1 else 0 end as is_provisional'),
        db.raw('case when r.is_example then 1 else 0 end as is_example'),
        'r.loaded_at',
      )
      .orderBy(['r.year', 'r.territory_code']);
  } else
    query
      .select(
        db.raw('count(*) as units'),
        db.raw('sum(r.numerator) as numerator'),
        db.raw('sum(r.denominator) as denominator'),
        db.raw('max(case when r.is_provisional then 1 else 0 end) as is_provisional'),
        db.raw('max(case when r.is_example then 1 else 0 end) as is_example'),
        db.raw('max(r.loaded_at) as loaded_at'),
      )
      .groupBy([...groupBy, ...bucketKey]);
  const rows: {
    group_code: string | null;
    year: number | string;
    last_period: string;
    periods_reported: number | string;
    source: string;
    units: number | string;
    numerator: number | string;
    denominator: number | string | null;
    is_provisional: number | string;
    is_example: number | string;
    loaded_at: string;
  }[] = await query;
  return rows.map((row) => ({
    groupCode: row.group_code,
    year: Number(row.year),
    lastPeriod: row.last_period,
    periodsReported: Number(row.periods_reported),
    source: row.source,
    loadedAt: row.loaded_at,
    units: Number(row.units),
    numerator: Number(row.numerator),
    denominator: row.denominator === null ? null : Number(row.denominator),
    isProvisional: Boolean(Number(row.is_provisional)),
    isExample: Boolean(Number(row.is_example)),
  }));
}

/** The buckets with their sources added up, as SQL's `sum` would (a null denominator only when all are). */
export function toReportBuckets(rows: readonly SourceBucket[]): ReportBucket[] {
  const merged = new Map<string, ReportBucket>();
  for (const row of rows) {
    const key = `${row.groupCode}|${row.year}|${row.lastPeriod}|${row.periodsReported}`;
    const bucket = merged.get(key);
    if (!bucket) {
      const { source: _source, loadedAt: _loadedAt, ...first } = row;
      merged.set(key, first);
      continue;
    }
    bucket.units += row.units;
    bucket.numerator += row.numerator;
    bucket.denominator =
      bucket.denominator === null ? row.denominator : bucket.denominator + (row.denominator ?? 0);
    bucket.isProvisional ||= row.isProvisional;
    bucket.isExample ||= row.isExample;
  }
  return [...merged.values()];
}

/** The units of one indicator and year whose latest reported period is one of `lastPeriods`. */
export async function unitsWithLastPeriod(
  db: Db,
  filter: { indicatorCode: string; year: number; lastPeriods: readonly string[] },
): Promise<{ territoryCode: string; lastPeriod: string }[]> {
  const rows: { territory_code: string; last_period: string }[] = await db('data_value_years')
    .where({ indicator_code: filter.indicatorCode, year: filter.year })
    .whereIn('last_period', filter.lastPeriods)
    .select('territory_code', 'last_period');
  return rows.map((row) => ({ territoryCode: row.territory_code, lastPeriod: row.last_period }));
}

export async function countDataValues(db: Db): Promise<number> {
  const row = (await db('data_values').count('* as n').first()) as { n: number | string } | undefined;
  return Number(row?.n ?? 0);
}

export type ProvenanceRow = {
  groupCode: string | null;
  year: number;
  source: string;
  loadedAt: string;
  /** The units' latest reported period: only rows not after a territory's reference month count. */
  lastPeriod: string;
  hasProvisional: boolean;
};

/**
 * Where the values behind each territory's figure came from, per year, source and the units' latest
 * period (each unit's latest load), when they were last loaded, whether any is preliminary: the
 * buckets of `sourceBuckets` without the periods reported, so it costs nothing more than the figure.
 */
export function toProvenance(rows: readonly SourceBucket[]): ProvenanceRow[] {
  const merged = new Map<string, ProvenanceRow>();
  for (const row of rows) {
    const key = `${row.groupCode}|${row.year}|${row.source}|${row.lastPeriod}`;
    const provenance = merged.get(key);
    if (!provenance) {
      merged.set(key, {
        groupCode: row.groupCode,
        year: row.year,
        source: row.source,
        loadedAt: row.loadedAt,
        lastPeriod: row.lastPeriod,
        hasProvisional: row.isProvisional,
      });
      continue;
    }
    if (row.loadedAt > provenance.loadedAt) provenance.loadedAt = row.loadedAt;
    provenance.hasProvisional ||= row.isProvisional;
  }
  return [...merged.values()];
}

/** Values of a territory's units (itself included) loaded or changed since an instant, per indicator. */
export async function valuesChangedSince(db: Db, territoryCode: string, since: string) {
  const rows: { indicator_code: string; n: number | string; last_at: string; latest_period: string }[] =
    await db('data_values as v')
      .join('territories as t', 't.code', 'v.territory_code')
      .where('v.updated_at', '>=', since)
      .andWhere((query) =>
        query
          .where('t.code', territoryCode)
          .orWhere('t.macro_code', territoryCode)
          .orWhere('t.region_code', territoryCode),
      )
      .groupBy('v.indicator_code')
      .select(
        'v.indicator_code',
        db.raw('count(*) as n'),
        db.raw('max(v.updated_at) as last_at'),
        db.raw('max(v.period) as latest_period'),
      );
  return rows.map((row) => ({
    indicatorCode: row.indicator_code,
    values: Number(row.n),
    lastAt: row.last_at,
    latestPeriod: row.latest_period,
  }));
}

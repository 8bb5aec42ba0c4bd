/**
 * Step 1 of the aggregation (time, per unit) as it is kept, in the transaction of every write:
 * - `data_value_years`: a unit's year, all its periods (`aggregateYear`);
 * - `data_value_spans`: the spans of months a report reads a plan year by (`reportSpans`): the year
 *   to date at the end of a semester or quadrimester, for the units that sent later months (the
 *   others' year is that), and each quadrimester's own months. A report sums these instead of every
 *   unit's raw values, which took seconds at national scale.
 * Both are made here by the domain's functions, so a kept span is exactly what they give.
 */
import {
  aggregateMonths,
  aggregateYear,
  isComplete,
  type RawValue,
  type YearRules,
} from '../../shared/domain/aggregation.ts';
import { reportSpans } from '../../shared/domain/dates.ts';
import { periodEnd } from '../../shared/domain/period.ts';
import { groupBy } from '../../shared/group-by.ts';
import type { TIndicator } from '../../shared/schemas/indicator.ts';
import type { Db } from '../db/client.ts';
import {
  listDataYears,
  listSpanRollups,
  listStoredValues,
  type MonthSpan,
  replaceYearRollups,
  type SpanRollupRow,
  type YearRollupRow,
} from '../db/repositories/data-value-repository.ts';

/** A raw value with where it came from and when it was loaded. */
export type LoadedValue = RawValue & { source: string; updatedAt: string };

/**
 * A unit's provenance in a year: its latest loaded whole value (up to `through`, when given), whose
 * source and load time the figure shows.
 */
export function latestLoad<T extends LoadedValue>(
  values: readonly T[],
  rules: Pick<YearRules, 'kind'>,
  through?: string,
): T | null {
  const counted = values.filter(
    (value) => isComplete(value, rules.kind) && (through === undefined || periodEnd(value.period) <= through),
  );
  if (counted.length === 0) return null;
  return counted.reduce((latest, value) =>
    value.updatedAt > latest.updatedAt ||
    (value.updatedAt === latest.updatedAt && value.period > latest.period)
      ? value
      : latest,
  );
}

/**
 * One unit's year with its provenance, or only a span of its months: the year to date (from
 * January: `aggregateYear` cut there, which also counts a semiannual value) or a quadrimester's
 * months (`aggregateMonths`). Null when nothing counts.
 */
export function unitRollup(
  values: readonly LoadedValue[],
  indicator: YearRules & { code: string },
  unit: { territoryCode: string; year: number },
  span?: MonthSpan,
): YearRollupRow | null {
  const aggregate = !span
    ? aggregateYear(values, indicator)
    : span.firstMonth === `${unit.year}-01`
      ? aggregateYear(values, indicator, span.throughMonth)
      : aggregateMonths(values, indicator, span.firstMonth, span.throughMonth);
  const counted = span ? values.filter((value) => value.period >= span.firstMonth) : values;
  const latest = latestLoad(counted, indicator, span?.throughMonth);
  if (!aggregate || !latest) return null;
  return {
    ...aggregate,
    indicatorCode: indicator.code,
    ...unit,
    source: latest.source,
    loadedAt: latest.updatedAt,
  };
}

/**
 * The spans `rollupsOfYear` keeps for an indicator's year, by key `first|through`: the year to date
 * at the end of each part before December, for the units that sent later months (for the others it
 * is their year), and each quadrimester of a monthly indicator, for every unit with months in it (the
 * first quadrimester is also the year to date at April). A yearly indicator has none: its value
 * stands for December, and it does not split in months.
 */
function keptSpans(indicator: YearRules, year: number): Map<string, { span: MonthSpan; everyUnit: boolean }> {
  const spans = new Map<string, { span: MonthSpan; everyUnit: boolean }>();
  if (indicator.periodicity === 'yearly') return spans;
  const { toDateMonths, quadrimesters } = reportSpans(year);
  for (const throughMonth of toDateMonths)
    spans.set(`${year}-01|${throughMonth}`, {
      span: { firstMonth: `${year}-01`, throughMonth },
      everyUnit: false,
    });
  if (indicator.periodicity === 'monthly')
    for (const { firstMonth, lastMonth } of quadrimesters)
      spans.set(`${firstMonth}|${lastMonth}`, {
        span: { firstMonth, throughMonth: lastMonth },
        everyUnit: true,
      });
  return spans;
}

/** One indicator's roll-ups of one year from its units' raw values: each unit's year and its kept spans. */
export function rollupsOfYear(
  raw: readonly (LoadedValue & { territoryCode: string })[],
  indicator: YearRules & { code: string },
  year: number,
): { years: YearRollupRow[]; spans: SpanRollupRow[] } {
  const years: YearRollupRow[] = [];
  const spans: SpanRollupRow[] = [];
  const kept = [...keptSpans(indicator, year).values()];
  // A unit that sent nothing after a span's end has its year as its year to date there.
  const isKeptFor = (whole: YearRollupRow, { span, everyUnit }: (typeof kept)[number]) =>
    everyUnit || periodEnd(whole.lastPeriod) > span.throughMonth;
  for (const [territoryCode, values] of groupBy(raw, (value) => value.territoryCode)) {
    const unit = { territoryCode, year };
    const whole = unitRollup(values, indicator, unit);
    if (!whole) continue;
    years.push(whole);
    for (const { span } of kept.filter((candidate) => isKeptFor(whole, candidate))) {
      const rollup = unitRollup(values, indicator, unit, span);
      if (rollup) spans.push({ ...rollup, ...span });
    }
  }
  return { years, spans };
}

/**
 * The units' roll-ups of one span of a year: the kept ones when the span is kept, otherwise made from
 * the raw values (a quadrimester still running, a reference month between parts). With
 * `territoryCodes`, only those units; one of them with no kept row is made from its raw values too,
 * so a figure never silently loses a unit (a kept span has no row where nothing counted by then).
 */
export async function readSpanRollups(
  db: Db,
  indicator: TIndicator,
  year: number,
  span: MonthSpan,
  territoryCodes?: readonly string[],
): Promise<YearRollupRow[]> {
  const wanted = territoryCodes ? new Set(territoryCodes) : null;
  const kept = keptSpans(indicator, year).get(`${span.firstMonth}|${span.throughMonth}`);
  // Every unit's year to date is not kept (only the late ones'): for all of them, the raw values.
  const isKept = kept !== undefined && (kept.everyUnit || wanted !== null);
  const found: YearRollupRow[] = isKept
    ? (await listSpanRollups(db, { indicatorCode: indicator.code, year, ...span })).filter(
        (rollup) => wanted === null || wanted.has(rollup.territoryCode),
      )
    : [];
  if (isKept && wanted === null) return found;
  const have = new Set(found.map((rollup) => rollup.territoryCode));
  const missing = wanted === null ? undefined : [...wanted].filter((code) => !have.has(code));
  if (missing?.length === 0) return found;
  const raw = await listStoredValues(db, {
    indicatorCode: indicator.code,
    years: [year],
    territoryCodes: missing,
  });
  for (const [territoryCode, values] of groupBy(raw, (value) => value.territoryCode)) {
    const rollup = unitRollup(values, indicator, { territoryCode, year }, span);
    if (rollup) found.push(rollup);
  }
  return found;
}

/** Recomputes step 1 of the aggregation for one indicator and year (only some units, when given). */
export async function refreshYearRollups(
  db: Db,
  indicator: TIndicator,
  year: number,
  territoryCodes?: readonly string[],
): Promise<void> {
  const raw = await listStoredValues(db, { indicatorCode: indicator.code, years: [year], territoryCodes });
  await replaceYearRollups(
    db,
    { indicatorCode: indicator.code, year, territoryCodes },
    rollupsOfYear(raw, indicator, year),
  );
}

/** The roll-ups of the unit-years some written rows belong to. */
export async function refreshTouchedRollups(
  db: Db,
  rows: readonly { indicatorCode: string; territoryCode: string; period: string }[],
  indicators: ReadonlyMap<string, TIndicator>,
): Promise<void> {
  const touched = groupBy(rows, (row) => `${row.indicatorCode}|${row.period.slice(0, 4)}`);
  for (const [key, group] of touched) {
    const [code, year] = key.split('|') as [string, string];
    const territoryCodes = [...new Set(group.map((row) => row.territoryCode))];
    await refreshYearRollups(db, indicators.get(code) as TIndicator, Number(year), territoryCodes);
  }
}

/** Rebuilds every roll-up of an indicator from its raw values (after a bulk load). */
export async function rebuildYearRollups(db: Db, indicator: TIndicator): Promise<void> {
  await db.transaction(async (trx) => {
    for (const year of await listDataYears(trx, indicator.code))
      await refreshYearRollups(trx, indicator, year);
  });
}

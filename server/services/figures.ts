/**
 * Figures a user reads: an indicator's value for a territory and year, with its target, status and
 * completeness. Step 1 of the aggregation (time, per unit) is kept in `data_value_years` and in the
 * spans of months reports read (`year-rollups.ts`); this module does step 2 (sum over territory)
 * through the repository and applies the rules of `shared/domain`.
 */
import { addTotals, indicatorValue, type MemberTotals } from '../../shared/domain/aggregation.ts';
import type { Interval } from '../../shared/domain/confidence-interval.ts';
import {
  DATA_LEVEL_AS_TERRITORY,
  type DataLevel,
  isLevelAvailable,
  LEVEL_LABELS,
  type TerritoryLevel,
} from '../../shared/domain/indicator.ts';
import { type Pace, requiredPace } from '../../shared/domain/pace.ts';
import {
  expectedPeriods,
  LAST_YEAR,
  parsePeriod,
  periodEnd,
  periodsUpTo,
  yearOf,
} from '../../shared/domain/period.ts';
import { type PendingMonth, referenceMonth } from '../../shared/domain/reference-month.ts';
import { isSmallNumber, rateInterval } from '../../shared/domain/small-numbers.ts';
import { type Status, statusAgainstTarget } from '../../shared/domain/status.ts';
import { targetFor } from '../../shared/domain/target.ts';
import { groupBy } from '../../shared/group-by.ts';
import type { TIndicator } from '../../shared/schemas/indicator.ts';
import { compareText } from '../../shared/text.ts';
import type { Db } from '../db/client.ts';
import {
  type GroupColumn,
  type ProvenanceRow,
  type ReportBucket,
  type SourceBucket,
  sourceBuckets,
  toProvenance,
  toReportBuckets,
  unitsWithLastPeriod,
  type YearRollupRow,
} from '../db/repositories/data-value-repository.ts';
import type { TargetRow } from '../db/repositories/plan-repository.ts';
import type { TerritoryRow } from '../db/repositories/territory-repository.ts';
import { AppError } from '../errors.ts';
import { readSpanRollups } from './year-rollups.ts';

export type Figure = {
  indicatorCode: string;
  territoryCode: string;
  territoryName: string;
  /** "Norte" for "Macrorregião Norte": the label of a chart's bar. */
  territoryShortName: string | null;
  level: TerritoryLevel;
  year: number;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  target: number | null;
  targetLabel: string | null;
  /** `state` when a territory is compared with the state target. */
  targetScope: 'territory' | 'state' | null;
  status: Status;
  /** Units (municípios, or macros/state for goals recorded there) with every expected period. */
  reporting: number;
  expected: number;
  /** Year to date: the territory's reference month does not close the year. */
  isPartial: boolean;
  /** The territory's reference month when the year is partial, e.g. `2026-10`: the last month counted. */
  partialThrough: string | null;
  /** Months after the reference month that some units already sent; they count once complete. */
  pending: PendingMonth[];
  isProvisional: boolean;
  isExample: boolean;
  /** Small-number guard: the exact 95 % interval, when the denominator is under the minimum. */
  interval: Interval | null;
  /** The same territory with the year and the two before pooled, offered instead of a small figure. */
  pooled: PooledFigure | null;
  /** Required pace, for the year in progress only (issue 5, item 3). */
  pace: FigurePace | null;
  /** Where the numbers came from (issue 5, item 6); null when the year has no values at all. */
  provenance: Provenance | null;
};

export type Provenance = {
  /** Source systems of the indicator's values in that year (e.g. "SIH/SUS — TabNet"). */
  sources: string[];
  /** Latest period (competência) included: `AAAA-MM` or `AAAA`. */
  competence: string;
  /** When the indicator's values of that year were last loaded or typed (ISO instant). */
  loadedAt: string;
  hasProvisional: boolean;
  /** The state value shown in the last closed reunião de condução, when it has changed since. */
  revisedSince: { meetingMonth: string; shownValue: number | null } | null;
};

/** The state figures a closed meeting showed, to tell when one has been revised since. */
export type ShownInMeeting = {
  month: string;
  year: number;
  figures: ReadonlyMap<string, { value: number | null; partialThrough: string | null }>;
};

export type FigurePace = Pace & {
  /** `year_to_date`: measured from this year's data; `last_year`: no data this year yet, so from last year's value. */
  basis: 'year_to_date' | 'last_year';
  monthsElapsed: number;
  previousYearValue: number | null;
  finalTarget: number | null;
  finalYear: number;
};

export type PooledFigure = {
  fromYear: number;
  toYear: number;
  numerator: number;
  denominator: number;
  value: number | null;
  interval: Interval | null;
  isSmallNumber: boolean;
};

const POOLED_YEARS = 3;

/** The territory column that groups the recording units into the territories of `level`. */
function groupColumnFor(level: TerritoryLevel, dataLevel: DataLevel): GroupColumn {
  if (level === 'state') return null;
  if (level === DATA_LEVEL_AS_TERRITORY[dataLevel]) return 'code';
  return level === 'region' ? 'region_code' : 'macro_code';
}

export function assertLevelAvailable(indicator: TIndicator, level: TerritoryLevel): void {
  if (!isLevelAvailable(indicator.dataLevel, level)) {
    throw new AppError(
      'UNPROCESSABLE',
      `O indicador ${indicator.code} é registrado por ${LEVEL_LABELS[DATA_LEVEL_AS_TERRITORY[indicator.dataLevel]]}; não há valores por ${LEVEL_LABELS[level]}.`,
    );
  }
}

export type FigureContext = {
  territories: readonly TerritoryRow[];
  targets: readonly TargetRow[];
  /**
   * The calendar year in progress (Mato Grosso time), its full months elapsed (pace applies to it)
   * and the month in progress (`AAAA-MM`): nothing after it counts.
   */
  today: { year: number; monthsElapsed: number; month: string };
  lastClosedMeeting: ShownInMeeting | null;
};

const STATE_KEY = '*';
const GROUP_KEY: Record<Exclude<GroupColumn, null>, (territory: TerritoryRow) => string | null> = {
  code: (territory) => territory.code,
  region_code: (territory) => territory.regionCode,
  macro_code: (territory) => territory.macroCode,
};

/** Numerators and denominators of the year and the two before summed (years with data only). */
function pooledFigure(
  indicator: TIndicator,
  year: number,
  rowOf: (yearsBack: number) => { numerator: number; denominator: number | null } | undefined,
): PooledFigure | null {
  const rows = Array.from({ length: POOLED_YEARS }, (_, back) => ({ back, row: rowOf(back) })).filter(
    (entry) => entry.row !== undefined && entry.row.denominator !== null,
  );
  const totals = addTotals(rows.flatMap((entry) => (entry.row ? [entry.row] : [])));
  if (!totals || totals.denominator === null) return null;
  const { numerator, denominator } = totals;
  return {
    fromYear: year - Math.max(...rows.map((entry) => entry.back)),
    toYear: year,
    numerator,
    denominator,
    value: indicatorValue(indicator.kind, indicator.factor, { numerator, denominator }),
    interval: rateInterval(indicator, numerator, denominator),
    isSmallNumber: isSmallNumber(indicator, denominator),
  };
}

/** Values differing by less than this are the same number written twice (floating point). */
const SAME_VALUE = 1e-9;

function provenanceOf(
  context: FigureContext,
  rows: readonly ProvenanceRow[],
  figure: Pick<Figure, 'indicatorCode' | 'level' | 'year' | 'value' | 'partialThrough'>,
): Provenance | null {
  if (rows.length === 0) return null;
  const meeting = context.lastClosedMeeting;
  const shown =
    figure.level === 'state' && meeting?.year === figure.year
      ? meeting.figures.get(figure.indicatorCode)
      : undefined;
  // A revision is a changed value for the same months: new months of data, or a first value where
  // the meeting had none, are news, not revisions.
  const isRevised =
    shown !== undefined &&
    shown.value !== null &&
    figure.value !== null &&
    shown.partialThrough === figure.partialThrough &&
    Math.abs(shown.value - figure.value) > SAME_VALUE * Math.max(1, Math.abs(shown.value));
  return {
    sources: [...new Set(rows.map((row) => row.source))].sort((a, b) => compareText(a, b)),
    competence:
      figure.partialThrough ??
      rows
        .map((row) => row.lastPeriod)
        .sort()
        .at(-1) ??
      String(figure.year),
    loadedAt:
      rows
        .map((row) => row.loadedAt)
        .sort()
        .at(-1) ?? '',
    hasProvisional: rows.some((row) => row.hasProvisional),
    revisedSince:
      isRevised && meeting && shown ? { meetingMonth: meeting.month, shownValue: shown.value } : null,
  };
}

/**
 * The pace of one figure of the year in progress. Without data this year yet, a level starts from
 * last year's value at today's calendar month; a yearly sum or a rate of summed events has nothing
 * to pace.
 */
function figurePace(
  indicator: TIndicator,
  input: {
    year: number;
    value: number | null;
    monthsCovered: number | null;
    calendarMonths: number;
    previous: { numerator: number; denominator: number | null } | undefined;
    yearTarget: number | null;
    finalTarget: number | null;
  },
): FigurePace | null {
  if (input.yearTarget === null && input.finalTarget === null) return null;
  const previousYearValue = input.previous
    ? indicatorValue(indicator.kind, indicator.factor, input.previous)
    : null;
  const accrues = indicator.kind === 'count' && indicator.numeratorRule === 'sum';
  const hasData = input.monthsCovered !== null && input.value !== null;
  // Without this year's data, a yearly sum or a rate of summed events has nothing to pace yet.
  const isEventRate = indicator.kind === 'rate' && indicator.numeratorRule === 'sum';
  if (!hasData && (accrues || isEventRate || previousYearValue === null)) return null;
  const monthsElapsed = hasData ? (input.monthsCovered as number) : input.calendarMonths;
  const pace = requiredPace({
    kind: indicator.kind,
    numeratorRule: indicator.numeratorRule,
    year: input.year,
    monthsElapsed,
    current: hasData ? input.value : previousYearValue,
    previousYearValue,
    yearTarget: input.yearTarget,
    finalTarget: input.finalTarget,
    finalYear: LAST_YEAR,
  });
  return {
    ...pace,
    basis: hasData ? 'year_to_date' : 'last_year',
    monthsElapsed,
    previousYearValue,
    finalTarget: input.finalTarget,
    finalYear: LAST_YEAR,
  };
}

/** One territory's (or group's) year: its totals through its own reference month, and completeness. */
export type GroupYear = {
  /** Null when nothing counts yet (no month reported by enough units). */
  totals: MemberTotals | null;
  /** Units with every expected period up to the reference month. */
  complete: number;
  /** Units of the recording level that exist in the group that year. */
  expected: number;
  /** The last month counted; null for a yearly indicator (its period is the year) or when nothing counts. */
  referenceMonth: string | null;
  isPartial: boolean;
  pending: PendingMonth[];
  isProvisional: boolean;
  isExample: boolean;
  /** Provenance of the units that sent later months, as of the reference month (from raw values). */
  lateProvenance: ProvenanceRow[];
};

/** How units are grouped: by a territory column, or into named groups (planificação's adhering ones). */
export type UnitGrouping =
  | { kind: 'level'; groupColumn: GroupColumn; groupCodes?: readonly string[] }
  | { kind: 'groups'; groupOf: ReadonlyMap<string, string> };

/**
 * The late units' years to date at their group's reference month: kept when the month ends a part
 * of a plan year (`year-rollups.ts`), otherwise made from their raw values.
 */
async function lateRollups(
  db: Db,
  indicator: TIndicator,
  year: number,
  groups: ReadonlyMap<string, { referenceMonth: string }>,
  candidates: readonly { code: string; group: string }[],
): Promise<{ group: string; rollup: YearRollupRow }[]> {
  const found: { group: string; rollup: YearRollupRow }[] = [];
  const monthOf = (unit: { group: string }) => groups.get(unit.group)?.referenceMonth ?? null;
  for (const [month, units] of groupBy(candidates, monthOf)) {
    if (month === null) continue;
    const groupOf = new Map(units.map((unit) => [unit.code, unit.group]));
    const span = { firstMonth: `${year}-01`, throughMonth: month };
    for (const rollup of await readSpanRollups(db, indicator, year, span, [...groupOf.keys()])) {
      const group = groupOf.get(rollup.territoryCode);
      if (group !== undefined) found.push({ group, rollup });
    }
  }
  return found;
}

/** The key of a group's year in the map `groupYearTotals` returns. */
export const groupYearKey = (group: string, year: number) => `${group}|${year}`;

/**
 * Step 1½ and 2 for the groups of recording units: per group and year, the territory's reference
 * month (`reference-month.ts`), then the numerators and denominators of its units summed through
 * it. Units whose latest period is not after the reference month are summed in SQL from their
 * roll-ups; those that sent later months add their year to date at it (`aggregateYear` with a
 * cut: kept when it ends a part of a plan year, `lateRollups`), so an early reporter adds only the
 * months everyone else has.
 * `throughMonth` caps the year it falls in (a closed semester "as of" its last month).
 */
export async function groupYearTotals(
  db: Db,
  context: FigureContext,
  request: {
    indicator: TIndicator;
    years: readonly number[];
    grouping: UnitGrouping;
    throughMonth?: string;
    /** The roll-ups already read for exactly this grouping and these years (computeFigures). */
    buckets?: readonly SourceBucket[];
  },
): Promise<Map<string, GroupYear>> {
  const { indicator, grouping } = request;
  const unitLevel = DATA_LEVEL_AS_TERRITORY[indicator.dataLevel];
  const units = context.territories.filter((territory) => territory.level === unitLevel);
  const stateCode = context.territories.find((territory) => territory.level === 'state')?.code ?? STATE_KEY;
  const groupOfUnit = (unit: TerritoryRow): string | null => {
    if (grouping.kind === 'groups') return grouping.groupOf.get(unit.code) ?? null;
    return grouping.groupColumn === null ? stateCode : GROUP_KEY[grouping.groupColumn](unit);
  };
  const unitByCode = new Map(units.map((unit) => [unit.code, unit]));
  const rawBuckets = toReportBuckets(
    request.buckets ??
      (await sourceBuckets(db, {
        indicatorCode: indicator.code,
        years: request.years,
        unitLevel,
        ...(grouping.kind === 'groups'
          ? {
              groupColumn: 'code',
              // Every unit in a group (planificação's adhering and not): the filter would only cost.
              groupCodes: units.every((unit) => grouping.groupOf.has(unit.code))
                ? undefined
                : [...grouping.groupOf.keys()],
            }
          : { groupColumn: grouping.groupColumn, groupCodes: grouping.groupCodes }),
      })),
  );
  const bucketsByKey = new Map<string, ReportBucket[]>();
  for (const bucket of rawBuckets) {
    const group =
      grouping.kind === 'groups'
        ? (grouping.groupOf.get(bucket.groupCode ?? '') ?? null)
        : (bucket.groupCode ?? stateCode);
    if (group === null) continue;
    const key = groupYearKey(group, bucket.year);
    bucketsByKey.set(key, [...(bucketsByKey.get(key) ?? []), bucket]);
  }
  const wanted =
    grouping.kind === 'groups'
      ? new Set(grouping.groupOf.values())
      : grouping.groupCodes
        ? new Set(grouping.groupCodes)
        : null;

  const result = new Map<string, GroupYear>();
  /** Per year: the groups with units that sent months after the group's reference month. */
  const late = new Map<number, Map<string, { referenceMonth: string; lastPeriods: Set<string> }>>();
  for (const year of request.years) {
    const expectedByGroup = new Map<string, number>();
    for (const unit of units) {
      if (unit.installedYear !== null && unit.installedYear > year) continue;
      const group = groupOfUnit(unit);
      if (group !== null && (wanted === null || wanted.has(group)))
        expectedByGroup.set(group, (expectedByGroup.get(group) ?? 0) + 1);
    }
    // Nothing is expected in a year that has not begun (e.g. 2027 today).
    const isStarted = year <= context.today.year;
    const asOf = request.throughMonth && yearOf(request.throughMonth) === year ? request.throughMonth : null;
    const cap = [context.today.month, `${year}-12`, ...(asOf ? [asOf] : [])].sort()[0] as string;
    for (const [group, expectedUnits] of expectedByGroup) {
      const buckets = bucketsByKey.get(groupYearKey(group, year)) ?? [];
      // A yearly indicator's year in progress expects nothing until its first value arrives (its
      // value is usually known once the year closes).
      const isAwaitingYear =
        indicator.periodicity === 'yearly' && year === context.today.year && buckets.length === 0;
      const expected = isStarted && !isAwaitingYear ? expectedUnits : 0;
      const flags = (counted: readonly ReportBucket[]) => ({
        isProvisional: counted.some((bucket) => bucket.isProvisional),
        isExample: counted.some((bucket) => bucket.isExample),
      });
      if (indicator.periodicity === 'yearly') {
        // A yearly value is the year's situation so far while it runs; "as of" a month before
        // December (a closed semester) it is not known yet.
        const counted = asOf !== null && asOf < `${year}-12` ? [] : buckets;
        result.set(groupYearKey(group, year), {
          totals: addTotals(counted),
          complete: counted.reduce((sum, bucket) => sum + bucket.units, 0),
          expected,
          referenceMonth: null,
          isPartial: false,
          pending: [],
          ...flags(counted),
          lateProvenance: [],
        });
        continue;
      }
      const reference = referenceMonth({
        periodicity: indicator.periodicity,
        year,
        expectedUnits,
        reported: buckets,
        cap,
      });
      const month = reference.month;
      const counted = month === null ? [] : buckets.filter((bucket) => periodEnd(bucket.lastPeriod) <= month);
      const needed = month === null ? 0 : periodsUpTo(indicator.periodicity, month);
      const later = month === null ? [] : buckets.filter((bucket) => periodEnd(bucket.lastPeriod) > month);
      if (month !== null && later.length > 0) {
        const lateOfYear = late.get(year) ?? new Map();
        lateOfYear.set(group, {
          referenceMonth: month,
          lastPeriods: new Set(later.map((bucket) => bucket.lastPeriod)),
        });
        late.set(year, lateOfYear);
      }
      result.set(groupYearKey(group, year), {
        totals: addTotals(counted),
        complete: counted.reduce(
          (sum, bucket) => sum + (bucket.periodsReported >= needed ? bucket.units : 0),
          0,
        ),
        expected,
        referenceMonth: month,
        // The year in progress is partial even with December in (sent in December, the month still running).
        isPartial:
          month !== null &&
          (needed < expectedPeriods(indicator.periodicity, year).length || year >= context.today.year),
        pending: reference.pending,
        ...flags(counted),
        lateProvenance: [],
      });
    }
  }

  for (const [year, groups] of late) {
    const lastPeriods = [...new Set([...groups.values()].flatMap((entry) => [...entry.lastPeriods]))];
    // Only a unit whose own latest period is late for its own group: the others were summed in SQL.
    const candidates = (
      await unitsWithLastPeriod(db, { indicatorCode: indicator.code, year, lastPeriods })
    ).flatMap((row) => {
      const unit = unitByCode.get(row.territoryCode);
      const group = unit ? groupOfUnit(unit) : null;
      return group !== null && groups.get(group)?.lastPeriods.has(row.lastPeriod)
        ? [{ code: row.territoryCode, group }]
        : [];
    });
    if (candidates.length === 0) continue;
    const rollups = await lateRollups(db, indicator, year, groups, candidates);
    for (const [group, units] of groupBy(rollups, (rollup) => rollup.group)) {
      const entry = groups.get(group);
      const figure = result.get(groupYearKey(group, year));
      if (!entry || !figure) continue;
      const needed = periodsUpTo(indicator.periodicity, entry.referenceMonth);
      result.set(groupYearKey(group, year), {
        ...figure,
        lateProvenance: units.map(({ rollup }) => ({
          groupCode: group,
          year,
          source: rollup.source,
          loadedAt: rollup.loadedAt,
          lastPeriod: rollup.lastPeriod,
          hasProvisional: rollup.isProvisional,
        })),
        totals: addTotals([...(figure.totals ? [figure.totals] : []), ...units.map(({ rollup }) => rollup)]),
        complete: figure.complete + units.filter(({ rollup }) => rollup.periodsReported >= needed).length,
        isProvisional: figure.isProvisional || units.some(({ rollup }) => rollup.isProvisional),
        isExample: figure.isExample || units.some(({ rollup }) => rollup.isExample),
      });
    }
  }
  return result;
}

/** Figures of one indicator for the territories of one level (optionally only some) and years. */
export async function computeFigures(
  db: Db,
  context: FigureContext,
  request: {
    indicator: TIndicator;
    level: TerritoryLevel;
    years: readonly number[];
    territoryCodes?: readonly string[];
    /**
     * `AAAA-MM`: the figures of that month's year as they stood at its end (a closed semester);
     * the years asked must not be later than it.
     */
    throughMonth?: string;
  },
): Promise<Figure[]> {
  const { indicator, level, years } = request;
  assertLevelAvailable(indicator, level);
  const state = context.territories.find((territory) => territory.level === 'state');
  if (!state) throw new AppError('NOT_FOUND', 'O território (estado) não foi carregado.');
  const wanted = request.territoryCodes ? new Set(request.territoryCodes) : null;
  const members = context.territories.filter(
    (territory) => territory.level === level && (!wanted || wanted.has(territory.code)),
  );
  const groupColumn = groupColumnFor(level, indicator.dataLevel);
  // A guarded rate may need the two years before each requested year, for the pooled figure.
  const isGuarded = indicator.kind === 'rate' && indicator.minDenominator !== null;
  // The pace of the year in progress starts from last year's value.
  const paceYear = context.today.year;
  const queriedYears = [
    ...new Set([
      ...(isGuarded
        ? years.flatMap((year) => Array.from({ length: POOLED_YEARS }, (_, back) => year - back))
        : years),
      ...(years.includes(paceYear) ? [paceYear - 1] : []),
    ]),
  ];
  const groupCodes = groupColumn === null ? undefined : members.map((member) => member.code);
  // One read of the roll-ups gives both the totals and the provenance.
  const buckets = await sourceBuckets(db, {
    indicatorCode: indicator.code,
    years: queriedYears,
    groupColumn,
    unitLevel: DATA_LEVEL_AS_TERRITORY[indicator.dataLevel],
    groupCodes,
  });
  const groupYears = await groupYearTotals(db, context, {
    indicator,
    years: queriedYears,
    grouping: { kind: 'level', groupColumn, groupCodes },
    throughMonth: request.throughMonth,
    buckets,
  });
  /** The totals a figure is made of (undefined: nothing counts yet). */
  const totalsOf = (code: string, year: number) =>
    groupYears.get(groupYearKey(code, year))?.totals ?? undefined;
  // Provenance of what the figure is made of: units up to the reference month (the roll-ups), and
  // the early reporters as of that month; nothing when nothing counts yet.
  const provenanceByKey = new Map<string, ProvenanceRow[]>();
  for (const row of toProvenance(buckets.filter((bucket) => years.includes(bucket.year)))) {
    const key = groupYearKey(row.groupCode ?? state.code, row.year);
    const group = groupYears.get(key);
    const month = group?.referenceMonth ?? null;
    if (!group?.totals || (month !== null && periodEnd(row.lastPeriod) > month)) continue;
    provenanceByKey.set(key, [...(provenanceByKey.get(key) ?? []), row]);
  }
  for (const [key, group] of groupYears)
    if (group.lateProvenance.length > 0)
      provenanceByKey.set(key, [...(provenanceByKey.get(key) ?? []), ...group.lateProvenance]);
  const indicatorTargets = context.targets.filter((target) => target.indicatorCode === indicator.code);

  const figures: Figure[] = [];
  for (const year of years) {
    for (const member of members) {
      // A município installed later (Boa Esperança do Norte, 2025) has no row before it existed.
      if (member.installedYear !== null && member.installedYear > year) continue;
      const group = groupYears.get(groupYearKey(member.code, year));
      const row = group?.totals ?? undefined;
      const isPartial = row !== undefined && (group?.isPartial ?? false);
      const value = row ? indicatorValue(indicator.kind, indicator.factor, row) : null;
      const target = targetFor(indicator.kind, indicatorTargets, member.code, state.code, year);
      const isSmall = row !== undefined && isSmallNumber(indicator, row.denominator);
      const figure: Omit<Figure, 'provenance'> = {
        indicatorCode: indicator.code,
        territoryCode: member.code,
        territoryName: member.name,
        territoryShortName: member.shortName,
        level,
        year,
        numerator: row ? row.numerator : null,
        denominator: row ? row.denominator : null,
        value,
        target: target?.value ?? null,
        targetLabel: target?.label ?? null,
        targetScope: target ? target.scope : null,
        status: isSmall
          ? 'small_number'
          : statusAgainstTarget({
              value,
              target: target?.value ?? null,
              polarity: indicator.polarity,
              tolerancePct: indicator.tolerancePct,
            }),
        reporting: group?.complete ?? 0,
        expected: group?.expected ?? 0,
        isPartial: isPartial,
        partialThrough: isPartial ? (group?.referenceMonth ?? null) : null,
        pending: group?.pending ?? [],
        isProvisional: group?.isProvisional ?? false,
        isExample: group?.isExample ?? false,
        interval: isSmall && row ? rateInterval(indicator, row.numerator, row.denominator as number) : null,
        pooled: isSmall ? pooledFigure(indicator, year, (back) => totalsOf(member.code, year - back)) : null,
        pace:
          year === paceYear && !isSmall
            ? figurePace(indicator, {
                year,
                value,
                // Months the data cover: up to the territory's reference month when the year is partial,
                // all 12 when closed. A yearly value of the year in progress is the situation so far:
                // the calendar's.
                monthsCovered: !row
                  ? null
                  : indicator.periodicity === 'yearly'
                    ? context.today.monthsElapsed
                    : isPartial
                      ? // A month still running is not over: the year in progress keeps one to go.
                        Math.min(parsePeriod(group?.referenceMonth ?? '')?.month ?? 12, 11)
                      : 12,
                calendarMonths: context.today.monthsElapsed,
                previous: totalsOf(member.code, year - 1),
                yearTarget: target?.value ?? null,
                finalTarget:
                  targetFor(indicator.kind, indicatorTargets, member.code, state.code, LAST_YEAR)?.value ??
                  null,
              })
            : null,
      };
      figures.push({
        ...figure,
        provenance: provenanceOf(context, provenanceByKey.get(`${member.code}|${year}`) ?? [], figure),
      });
    }
  }
  return figures;
}

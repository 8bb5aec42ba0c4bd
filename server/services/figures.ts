/**
 * Figures a user reads: an indicator's value for a territory and year, with its target, status and
 * completeness. Step 1 of the aggregation (time, per unit) is kept in `data_value_years`; this
 * module does step 2 (sum over territory) through the repository and applies the rules of
 * `shared/domain`.
 */
import { aggregateYear, indicatorValue } from '../../shared/domain/aggregation.ts';
import type { Interval } from '../../shared/domain/confidence-interval.ts';
import {
  DATA_LEVEL_AS_TERRITORY,
  type DataLevel,
  isLevelAvailable,
  LEVEL_LABELS,
  type TerritoryLevel,
} from '../../shared/domain/indicator.ts';
import { type Pace, requiredPace } from '../../shared/domain/pace.ts';
import { expectedPeriods, LAST_YEAR, parsePeriod, periodsUpTo, yearOf } from '../../shared/domain/period.ts';
import { isSmallNumber, rateInterval } from '../../shared/domain/small-numbers.ts';
import { type Status, statusAgainstTarget } from '../../shared/domain/status.ts';
import { targetFor } from '../../shared/domain/target.ts';
import { groupBy } from '../../shared/group-by.ts';
import type { TIndicator } from '../../shared/schemas/indicator.ts';
import type { Db } from '../db/client.ts';
import {
  type GroupColumn,
  type GroupTotalsRow,
  groupTotals,
  latestPeriods,
  listStoredValues,
  type ProvenanceRow,
  provenanceByGroup,
} from '../db/repositories/data-value-repository.ts';
import type { TargetRow } from '../db/repositories/plan-repository.ts';
import type { TerritoryRow } from '../db/repositories/territory-repository.ts';
import { AppError } from '../errors.ts';

export type Figure = {
  indicatorCode: string;
  territoryCode: string;
  territoryName: string;
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
  /** Year to date: the latest period with data falls inside this year and does not close it. */
  isPartial: boolean;
  /** Latest period included when the year is partial, e.g. `2026-10`. */
  partialThrough: string | null;
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
  latestPeriodByIndicator: ReadonlyMap<string, string>;
  /** The calendar year in progress (Mato Grosso time) and its full months elapsed: pace applies to it. */
  today: { year: number; monthsElapsed: number };
  lastClosedMeeting: ShownInMeeting | null;
};

export async function loadLatestPeriods(db: Db, indicators: readonly TIndicator[]) {
  return latestPeriods(
    db,
    indicators.map((indicator) => indicator.code),
  );
}

const STATE_KEY = '*';
const GROUP_KEY: Record<Exclude<GroupColumn, null>, (territory: TerritoryRow) => string | null> = {
  code: (territory) => territory.code,
  region_code: (territory) => territory.regionCode,
  macro_code: (territory) => territory.macroCode,
};

/** Units expected to report in each territory: those of the recording level that exist that year. */
function countExpectedUnits(
  territories: readonly TerritoryRow[],
  unitLevel: TerritoryLevel,
  groupColumn: GroupColumn,
  year: number,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const territory of territories) {
    if (territory.level !== unitLevel) continue;
    if (territory.installedYear !== null && territory.installedYear > year) continue;
    const key = groupColumn === null ? STATE_KEY : GROUP_KEY[groupColumn](territory);
    if (key === null) continue;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function expectedPeriodsByYear(indicator: TIndicator, years: readonly number[], latest: string | undefined) {
  const result = new Map<number, number>();
  if (!latest) return result;
  const latestYear = yearOf(latest);
  for (const year of years) {
    if (year < latestYear) result.set(year, expectedPeriods(indicator.periodicity, year).length);
    else if (year === latestYear) result.set(year, periodsUpTo(indicator.periodicity, latest));
  }
  return result;
}

/** Numerators and denominators of the year and the two before summed (years with data only). */
function pooledFigure(
  indicator: TIndicator,
  year: number,
  rowOf: (yearsBack: number) => { numerator: number; denominator: number | null } | undefined,
): PooledFigure | null {
  const rows = Array.from({ length: POOLED_YEARS }, (_, back) => ({ back, row: rowOf(back) })).filter(
    (entry) => entry.row !== undefined && entry.row.denominator !== null,
  );
  if (rows.length === 0) return null;
  const numerator = rows.reduce((sum, entry) => sum + (entry.row?.numerator ?? 0), 0);
  const denominator = rows.reduce((sum, entry) => sum + (entry.row?.denominator ?? 0), 0);
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
    sources: [...new Set(rows.map((row) => row.source))].sort((a, b) => a.localeCompare(b, 'pt-BR')),
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

/** A yearly period stands for the whole year: it is known only once December is over. */
const periodEnd = (period: string) => (period.length === 4 ? `${period}-12` : period);

/**
 * Step 1 and 2 from the raw values of one year up to a month, for a figure "as of" a past month
 * (the semester report of a closed semester): the roll-ups hold the whole year so far, so the
 * same rules run on the raw values the month allows.
 */
async function totalsThrough(
  db: Db,
  context: FigureContext,
  request: { indicator: TIndicator; year: number; throughMonth: string; groupColumn: GroupColumn },
  expectedPeriodsCount: number,
): Promise<GroupTotalsRow[]> {
  const { indicator, groupColumn } = request;
  const unitLevel = DATA_LEVEL_AS_TERRITORY[indicator.dataLevel];
  const byCode = new Map(context.territories.map((territory) => [territory.code, territory]));
  const raw = (await listStoredValues(db, { indicatorCode: indicator.code, years: [request.year] })).flatMap(
    (value) =>
      periodEnd(value.period) > request.throughMonth ||
      value.numerator === null ||
      (indicator.kind === 'rate' && value.denominator === null) ||
      byCode.get(value.territoryCode)?.level !== unitLevel
        ? []
        : [{ ...value, numerator: value.numerator }],
  );
  const groups = new Map<string | null, GroupTotalsRow>();
  for (const [territoryCode, values] of groupBy(raw, (value) => value.territoryCode)) {
    const aggregate = aggregateYear(values, indicator);
    const unit = byCode.get(territoryCode);
    if (!aggregate || !unit) continue;
    const key = groupColumn === null ? null : GROUP_KEY[groupColumn](unit);
    const row = groups.get(key) ?? {
      groupCode: key,
      year: request.year,
      numerator: 0,
      denominator: null,
      complete: 0,
      isProvisional: false,
      isExample: false,
    };
    groups.set(key, {
      ...row,
      numerator: row.numerator + aggregate.numerator,
      denominator:
        aggregate.denominator === null ? row.denominator : (row.denominator ?? 0) + aggregate.denominator,
      complete: row.complete + (aggregate.periodsReported >= expectedPeriodsCount ? 1 : 0),
      isProvisional: row.isProvisional || aggregate.isProvisional,
      isExample: row.isExample || aggregate.isExample,
    });
  }
  return [...groups.values()];
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
  const members = context.territories.filter(
    (territory) =>
      territory.level === level &&
      (!request.territoryCodes || request.territoryCodes.includes(territory.code)),
  );
  const groupColumn = groupColumnFor(level, indicator.dataLevel);
  const latestLoaded = context.latestPeriodByIndicator.get(indicator.code);
  // Data beyond the requested month (of the same year) are left out: the figure is "as of" it.
  // A December is the whole year: the roll-ups already are that.
  const cut =
    request.throughMonth &&
    latestLoaded &&
    !request.throughMonth.endsWith('-12') &&
    periodEnd(latestLoaded) > request.throughMonth
      ? request.throughMonth
      : null;
  const latest = cut ?? latestLoaded;
  const periodsByYear = expectedPeriodsByYear(indicator, years, latest);
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
  const totals = await groupTotals(db, {
    indicatorCode: indicator.code,
    years: queriedYears,
    groupColumn,
    unitLevel: DATA_LEVEL_AS_TERRITORY[indicator.dataLevel],
    expectedPeriodsByYear: periodsByYear,
    groupCodes: groupColumn === null ? undefined : members.map((member) => member.code),
  });
  const cutYear = cut ? yearOf(cut) : null;
  const cutTotals =
    cut && cutYear !== null
      ? await totalsThrough(
          db,
          context,
          { indicator, year: cutYear, throughMonth: cut, groupColumn },
          periodsByYear.get(cutYear) ?? 0,
        )
      : [];
  const totalsByKey = new Map(
    [...totals.filter((row) => row.year !== cutYear), ...cutTotals].map((row) => [
      `${row.groupCode ?? state.code}|${row.year}`,
      row,
    ]),
  );
  const provenanceByKey = new Map<string, ProvenanceRow[]>();
  for (const row of await provenanceByGroup(db, {
    indicatorCode: indicator.code,
    years,
    groupColumn,
    unitLevel: DATA_LEVEL_AS_TERRITORY[indicator.dataLevel],
    groupCodes: groupColumn === null ? undefined : members.map((member) => member.code),
  })) {
    const key = `${row.groupCode ?? state.code}|${row.year}`;
    provenanceByKey.set(key, [...(provenanceByKey.get(key) ?? []), row]);
  }
  const indicatorTargets = context.targets.filter((target) => target.indicatorCode === indicator.code);
  const latestYear = latest ? yearOf(latest) : null;

  const figures: Figure[] = [];
  for (const year of years) {
    const expectedByGroup = countExpectedUnits(
      context.territories,
      DATA_LEVEL_AS_TERRITORY[indicator.dataLevel],
      groupColumn,
      year,
    );
    const fullPeriods = expectedPeriods(indicator.periodicity, year).length;
    const isPartial = latestYear === year && (periodsByYear.get(year) ?? fullPeriods) < fullPeriods;
    // Nothing is expected in a year the data have not reached yet (e.g. 2027 today).
    const isYearReached = periodsByYear.has(year);
    for (const member of members) {
      // A município installed later (Boa Esperança do Norte, 2025) has no row before it existed.
      if (member.installedYear !== null && member.installedYear > year) continue;
      const row = totalsByKey.get(`${member.code}|${year}`);
      const value = row ? indicatorValue(indicator.kind, indicator.factor, row) : null;
      const target = targetFor(indicator.kind, indicatorTargets, member.code, state.code, year);
      const isSmall = row !== undefined && isSmallNumber(indicator, row.denominator);
      const figure: Omit<Figure, 'provenance'> = {
        indicatorCode: indicator.code,
        territoryCode: member.code,
        territoryName: member.name,
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
        reporting: row?.complete ?? 0,
        expected: isYearReached
          ? (expectedByGroup.get(groupColumn === null ? STATE_KEY : member.code) ?? 0)
          : 0,
        isPartial: isPartial && row !== undefined,
        partialThrough: isPartial && row !== undefined ? (latest ?? null) : null,
        isProvisional: row?.isProvisional ?? false,
        isExample: row?.isExample ?? false,
        interval: isSmall && row ? rateInterval(indicator, row.numerator, row.denominator as number) : null,
        pooled: isSmall
          ? pooledFigure(indicator, year, (back) => totalsByKey.get(`${member.code}|${year - back}`))
          : null,
        pace:
          year === paceYear && !isSmall
            ? figurePace(indicator, {
                year,
                value,
                // Months the data cover: up to the latest period when the year is partial, all 12 when
                // closed. A yearly value of the year in progress is the situation so far: the calendar's.
                monthsCovered: !row
                  ? null
                  : indicator.periodicity === 'yearly'
                    ? context.today.monthsElapsed
                    : isPartial
                      ? (parsePeriod(latest ?? '')?.month ?? 12)
                      : 12,
                calendarMonths: context.today.monthsElapsed,
                previous: totalsByKey.get(`${member.code}|${year - 1}`),
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

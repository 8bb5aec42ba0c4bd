/**
 * The aggregation rule of the panel (PRODUCT.md §4.1), in two steps:
 * 1. time, per município: its periods of one year become one numerator and one denominator,
 *    each by the indicator's year rule (sum, last or average) — `aggregateYear`;
 * 2. territory: a região, macrorregião or the state sums the numerators and the denominators of
 *    its municípios (`addTotals`), then divides and multiplies by the factor (`indicatorValue`).
 *    Rates are never averaged, so a região's figure is reproducible from its municípios' numbers.
 * Which months of the year in progress count for a territory is `reference-month.ts`.
 */
import type { IndicatorKind, YearRule } from './indicator.ts';
import { expectedPeriods, type Period, type Periodicity, periodEnd, yearOf } from './period.ts';

/** A stored value; one half of a rate may still be missing (a TabNet file of numerators came first). */
export type RawValue = {
  period: Period;
  numerator: number | null;
  denominator: number | null;
  isProvisional: boolean;
  isExample: boolean;
};

export type YearRules = {
  kind: IndicatorKind;
  periodicity: Periodicity;
  numeratorRule: YearRule;
  denominatorRule: YearRule;
};

export type YearAggregate = {
  numerator: number;
  denominator: number | null;
  /** How many periods of the year this unit reported (for completeness); a yearly value is all of them. */
  periodsReported: number;
  lastPeriod: Period;
  isProvisional: boolean;
  isExample: boolean;
};

export type MemberTotals = { numerator: number; denominator: number | null };

/** A value counts once it is whole: a count needs its numerator, a rate both halves. */
export function isComplete(value: Pick<RawValue, 'numerator' | 'denominator'>, kind: IndicatorKind): boolean {
  return value.numerator !== null && (kind === 'count' || value.denominator !== null);
}

/** `AAAA` in an indicator recorded by month or semester: the whole year in one value (a closed year). */
export function isYearlyValue(period: Period, periodicity: Periodicity): boolean {
  return periodicity !== 'yearly' && period.length === 4;
}

/**
 * A year held both ways: a whole yearly value stands for the year; its months are kept (they are the
 * history of what was typed or imported) but not counted. One rule for the figure, the grid and the API.
 */
export function standingYearlyValue<T extends RawValue>(values: readonly T[], rules: YearRules): T | null {
  return (
    values.find((value) => isYearlyValue(value.period, rules.periodicity) && isComplete(value, rules.kind)) ??
    null
  );
}

function combine(values: number[], rule: YearRule): number {
  if (rule === 'last') return values[values.length - 1] as number;
  const total = values.reduce((sum, value) => sum + value, 0);
  return rule === 'sum' ? total : total / values.length;
}

/**
 * Step 1: one unit's values of one year → its yearly numerator and denominator. Only whole values
 * count; with `through` (`AAAA-MM`), only the periods that end by that month (a yearly value ends in
 * December). A whole yearly value of a monthly indicator is the year: the same numbers the twelve
 * months would give by the indicator's rules (their sum, the December stock or the average).
 */
export function aggregateYear(
  values: readonly RawValue[],
  rules: YearRules,
  through?: string,
): YearAggregate | null {
  const counted = values.filter(
    (value) => isComplete(value, rules.kind) && (through === undefined || periodEnd(value.period) <= through),
  );
  if (counted.length === 0) return null;
  const yearly = standingYearlyValue(counted, rules);
  if (yearly) {
    return {
      numerator: yearly.numerator as number,
      denominator: yearly.denominator,
      periodsReported: expectedPeriods(rules.periodicity, yearOf(yearly.period)).length,
      lastPeriod: yearly.period,
      isProvisional: yearly.isProvisional,
      isExample: yearly.isExample,
    };
  }
  const sorted = [...counted].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  const last = sorted[sorted.length - 1] as RawValue;
  const contributing = rules.numeratorRule === 'last' && rules.denominatorRule === 'last' ? [last] : sorted;
  const denominators = sorted.flatMap((value) => (value.denominator === null ? [] : [value.denominator]));
  return {
    numerator: combine(
      sorted.map((value) => value.numerator as number),
      rules.numeratorRule,
    ),
    denominator: denominators.length === 0 ? null : combine(denominators, rules.denominatorRule),
    periodsReported: sorted.length,
    lastPeriod: last.period,
    // Only the periods the figure is made of count: a stock read from a real December is real.
    isProvisional: contributing.some((value) => value.isProvisional),
    isExample: contributing.some((value) => value.isExample),
  };
}

/**
 * Step 1 over some months of a year (a quadrimester of the RDQA): one unit's monthly values from
 * `firstMonth` to `lastMonth` by the same rules as the year (sum of the events, the last month's
 * stock, the average). Only a monthly indicator is split this way: a semiannual value covers six
 * months and a yearly one twelve, so neither says what happened in four of them (null). A whole
 * yearly value of a monthly indicator does not split either: only the unit's months count.
 */
export function aggregateMonths(
  values: readonly RawValue[],
  rules: YearRules,
  firstMonth: string,
  lastMonth: string,
): YearAggregate | null {
  if (rules.periodicity !== 'monthly') return null;
  const inside = values.filter(
    (value) =>
      !isYearlyValue(value.period, rules.periodicity) &&
      value.period >= firstMonth &&
      value.period <= lastMonth,
  );
  return aggregateYear(inside, rules);
}

/**
 * Step 2: the numerators summed and the denominators summed. A member without a denominator (a
 * count) adds none; the total has one as soon as any member has.
 */
export function addTotals(members: readonly MemberTotals[]): MemberTotals | null {
  if (members.length === 0) return null;
  let numerator = 0;
  let denominator: number | null = null;
  for (const member of members) {
    numerator += member.numerator;
    if (member.denominator !== null) denominator = (denominator ?? 0) + member.denominator;
  }
  return { numerator, denominator };
}

/**
 * The figure a user reads. A rate with no or zero denominator has no value (a município with no
 * live births has no infant mortality rate), it is not zero.
 */
export function indicatorValue(
  kind: IndicatorKind,
  factor: number,
  totals: MemberTotals | null,
): number | null {
  if (!totals) return null;
  if (kind === 'count') return totals.numerator;
  if (totals.denominator === null || totals.denominator === 0) return null;
  return (totals.numerator / totals.denominator) * factor;
}

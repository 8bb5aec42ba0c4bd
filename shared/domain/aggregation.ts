/**
 * The aggregation rule of the panel (PRODUCT.md §4.1), in two steps:
 * 1. time, per município: its periods of one year become one numerator and one denominator,
 *    each by the indicator's year rule (sum, last or average);
 * 2. territory: a região, macrorregião or the state sums the numerators and the denominators of
 *    its municípios, then divides and multiplies by the factor. Rates are never averaged, so a
 *    região's figure is always reproducible from the figures of its municípios.
 */
import type { IndicatorKind, YearRule } from './indicator.ts';
import type { Period } from './period.ts';

export type RawValue = {
  period: Period;
  numerator: number;
  denominator: number | null;
  isProvisional: boolean;
  isExample: boolean;
};

export type YearAggregate = {
  numerator: number;
  denominator: number | null;
  /** How many periods of the year this unit reported (for completeness). */
  periodsReported: number;
  lastPeriod: Period;
  isProvisional: boolean;
  isExample: boolean;
};

export type MemberTotals = { numerator: number; denominator: number | null };

function combine(values: number[], rule: YearRule): number {
  if (rule === 'last') return values[values.length - 1] as number;
  const total = values.reduce((sum, value) => sum + value, 0);
  return rule === 'sum' ? total : total / values.length;
}

/** Step 1: one unit's periods of one year → its yearly numerator and denominator. */
export function aggregateYear(
  values: readonly RawValue[],
  rules: { numeratorRule: YearRule; denominatorRule: YearRule },
): YearAggregate | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  const last = sorted[sorted.length - 1] as RawValue;
  const contributing = rules.numeratorRule === 'last' && rules.denominatorRule === 'last' ? [last] : sorted;
  const denominators = sorted.flatMap((value) => (value.denominator === null ? [] : [value.denominator]));
  return {
    numerator: combine(
      sorted.map((value) => value.numerator),
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

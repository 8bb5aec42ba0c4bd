/**
 * Required pace (issue 5, item 3): where a figure should be by now on the way to the year's target,
 * and how much it still has to move per month to reach the year's target and the plan's final one.
 *
 * - Events counted within the year (count goals with the `sum` rule, e.g. professionals trained)
 *   accrue pro rata: expected to date = target × months / 12; still needed = target − done.
 * - Levels (rates, and stocks read at the last period) move on a straight line from last year's
 *   closed value to this year's target: expected to date = last year + (target − last year) ×
 *   months / 12; monthly change needed = (target − current) / months left.
 * - Rates of events summed over the year (ICSAPS, mortality) are year-to-date ratios: the year's
 *   value is the months so far and the months left together, so what matters is the rate the months
 *   left must have. With the denominator spread evenly over the year, the year reaches its target
 *   when the rest of the year runs at (12 × target − months × value) ÷ (12 − months). No monthly
 *   change is given for them, and the next years' targets are rates of those years of their own.
 * A closed year (12 months) has nothing left to move: the monthly figures are null.
 */
import type { IndicatorKind, YearRule } from './indicator.ts';

export type PaceInput = {
  kind: IndicatorKind;
  numeratorRule: YearRule;
  year: number;
  /** Months of the year the current figure covers (1–12). */
  monthsElapsed: number;
  current: number | null;
  /** Last year's closed value, where the straight line starts. */
  previousYearValue: number | null;
  yearTarget: number | null;
  finalTarget: number | null;
  finalYear: number;
};

export type Pace = {
  expectedToDate: number | null;
  /** Per month, signed: negative means the figure must fall (e.g. mortality). */
  monthlyToYearTarget: number | null;
  monthlyToFinalTarget: number | null;
  monthsLeftInYear: number;
  monthsLeftToFinal: number;
  /** Rates of summed events only: the rate the rest of the year needs for the year's target. */
  restOfYearRate: number | null;
};

export function requiredPace(input: PaceInput): Pace {
  const monthsLeftInYear = 12 - input.monthsElapsed;
  const monthsLeftToFinal = (input.finalYear - input.year) * 12 + monthsLeftInYear;
  const accrues = input.kind === 'count' && input.numeratorRule === 'sum';
  const isEventRate = input.kind === 'rate' && input.numeratorRule === 'sum';
  const share = input.monthsElapsed / 12;
  const expectedToDate =
    input.yearTarget === null
      ? null
      : accrues
        ? input.yearTarget * share
        : input.previousYearValue === null
          ? null
          : input.previousYearValue + (input.yearTarget - input.previousYearValue) * share;
  const perMonth = (target: number | null, months: number) =>
    target === null || input.current === null || months <= 0 ? null : (target - input.current) / months;
  if (isEventRate)
    return {
      expectedToDate,
      monthlyToYearTarget: null,
      monthlyToFinalTarget: null,
      monthsLeftInYear,
      monthsLeftToFinal,
      restOfYearRate:
        input.yearTarget === null || input.current === null || monthsLeftInYear <= 0
          ? null
          : (12 * input.yearTarget - input.monthsElapsed * input.current) / monthsLeftInYear,
    };
  return {
    expectedToDate,
    monthlyToYearTarget: perMonth(input.yearTarget, monthsLeftInYear),
    // A yearly sum starts again each January: only the final year's own target can be paced.
    monthlyToFinalTarget:
      accrues && input.year !== input.finalYear ? null : perMonth(input.finalTarget, monthsLeftToFinal),
    monthsLeftInYear,
    monthsLeftToFinal,
    restOfYearRate: null,
  };
}

/**
 * Months closed at the reunião de condução (issue 11, item 5). Closing the meeting that reviewed a
 * month closes that month's data for every indicator, so the figures shown stay as they were shown;
 * only an administrator reopens a month, with a reason. Which values a closed month holds:
 * - a month's value (`AAAA-MM`, including the end of a PBF vigência) is that month;
 * - a whole-year value of a monthly indicator (`AAAA`, a closed year) stands over all twelve months,
 *   so any closed month of that year holds it;
 * - a yearly indicator's value (`AAAA`) is the year's situation so far and is typed during the year
 *   (CIB validations, planificação records): it is held only once December is closed.
 */
import { formatDateTimeMt, formatPeriod } from '../format.ts';
import { expectedPeriods, type Periodicity, yearOf } from './period.ts';

export type MonthClosure = { month: string; closedAt: string; closedByName: string | null };

/** The months a value of `period` stands for, as far as closing goes. */
export function monthsHeldBy(period: string, periodicity: Periodicity): string[] {
  if (period.length > 4) return [period];
  return periodicity === 'yearly' ? [`${period}-12`] : expectedPeriods('monthly', yearOf(period));
}

/** Why a value may not change (its period is in a closed month), or null. */
export function closedPeriodProblem(
  period: string,
  periodicity: Periodicity,
  closures: ReadonlyMap<string, MonthClosure>,
): string | null {
  const closure = monthsHeldBy(period, periodicity)
    .map((month) => closures.get(month))
    .find((found) => found !== undefined);
  if (!closure) return null;
  const by = closure.closedByName ? ` por ${closure.closedByName}` : '';
  const what =
    period.length === 4 && periodicity !== 'yearly' ? `o ano ${period} inteiro inclui` : 'o período é';
  return `Mês fechado: ${what} ${formatPeriod(closure.month)}, fechado na reunião de condução${by} em ${formatDateTimeMt(closure.closedAt)}. Os valores de um mês fechado não mudam; o administrador pode reabri-lo, com o motivo.`;
}

/**
 * What the closing form offers: the months of the reviewed month's year, from January up to it,
 * that are not closed yet (usually just the reviewed month).
 */
export function closableMonths(reviewedMonth: string, closed: ReadonlySet<string>): string[] {
  return expectedPeriods('monthly', yearOf(reviewedMonth)).filter(
    (month) => month <= reviewedMonth && !closed.has(month),
  );
}

/**
 * How the required pace reads (issue 5, item 3): where the figure should be by now, whether it is
 * ahead or behind, and the monthly change still needed to the year's and the plan's final target.
 */
import type { IndicatorKind, Polarity } from '../../../../shared/domain/indicator.ts';
import { formatFixed, monthName } from '../../../../shared/format.ts';
import type { Figure } from '../../lib/trpc.ts';

export type FigurePace = NonNullable<Figure['pace']>;

/** "Esperado até out/2026" — the months the comparison covers. */
export function expectedLabel(pace: Pick<FigurePace, 'monthsElapsed'>, year: number): string {
  return pace.monthsElapsed === 0
    ? `Início de ${year}`
    : `Esperado até ${monthName(pace.monthsElapsed)}/${year}`;
}

/** Ahead of or behind the straight line, honouring polarity; null when either side is unknown. */
export function paceVerdict(
  current: number | null,
  expected: number | null,
  polarity: Polarity,
): 'ahead' | 'behind' | null {
  if (current === null || expected === null) return null;
  const isAhead = polarity === 'higher' ? current >= expected : current <= expected;
  return isAhead ? 'ahead' : 'behind';
}

export const VERDICT_TEXT = { ahead: 'no ritmo ou à frente', behind: 'atrás do ritmo' } as const;

/** "−0,15 por mês" with the sign written out; rates keep two decimals, counts one. */
export function monthlyChangeText(change: number | null, kind: IndicatorKind): string {
  if (change === null) return '—';
  if (Math.abs(change) < 0.005) return 'nenhuma mudança necessária';
  const magnitude = formatFixed(Math.abs(change), kind === 'rate' ? 2 : 1);
  return `${change > 0 ? '+' : '−'}${magnitude} por mês`;
}

/**
 * The line under a pace figure: what it needs per month and over how many months. A change in the
 * better direction's opposite means the target is already met: it may even worsen by that much.
 */
export function monthlyLine(
  change: number | null,
  months: number,
  indicator: { kind: IndicatorKind; polarity: Polarity },
): string {
  if (change === null) return months <= 0 ? 'ano encerrado' : '—';
  const isMet = indicator.polarity === 'higher' ? change <= 0 : change >= 0;
  if (isMet) return 'meta já alcançada';
  return `${monthlyChangeText(change, indicator.kind)} (${months} ${months === 1 ? 'mês' : 'meses'})`;
}

/**
 * What the year's target still asks: for a rate of summed events, the rate the months left must
 * have ("taxa de até 17,10 nos 2 meses restantes"); otherwise the monthly change.
 */
export function yearTargetLine(
  pace: Pick<FigurePace, 'restOfYearRate' | 'monthlyToYearTarget' | 'monthsLeftInYear'>,
  indicator: { kind: IndicatorKind; polarity: Polarity },
): string {
  if (pace.restOfYearRate === null)
    return monthlyLine(pace.monthlyToYearTarget, pace.monthsLeftInYear, indicator);
  const months =
    pace.monthsLeftInYear === 1 ? 'no mês restante' : `nos ${pace.monthsLeftInYear} meses restantes`;
  if (indicator.polarity === 'lower' && pace.restOfYearRate < 0) return 'não é mais alcançável neste ano';
  const rate = formatFixed(pace.restOfYearRate, 2);
  return indicator.polarity === 'lower'
    ? `taxa de até ${rate} ${months}`
    : `taxa de ao menos ${rate} ${months}`;
}

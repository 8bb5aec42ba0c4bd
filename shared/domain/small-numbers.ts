/**
 * Small-number guard (issue 5, item 4): a rate whose denominator is below the indicator's minimum
 * (e.g. fewer than 1.000 live births for infant mortality) is shown with its exact 95 % interval and
 * no red/green status; the page suggests the região's figure or three years pooled (numerators and
 * denominators summed, as every aggregate here).
 */
import { binomialInterval, type Interval, poissonInterval } from './confidence-interval.ts';

export type GuardedIndicator = {
  kind: 'rate' | 'count';
  isProportion: boolean;
  factor: number;
  minDenominator: number | null;
};

export function isSmallNumber(indicator: GuardedIndicator, denominator: number | null): boolean {
  return (
    indicator.kind === 'rate' &&
    indicator.minDenominator !== null &&
    denominator !== null &&
    denominator > 0 &&
    denominator < indicator.minDenominator
  );
}

/**
 * The interval of the rate in the indicator's unit: Clopper–Pearson for proportions (cases among
 * the denominator), Poisson for events per population or live births.
 */
export function rateInterval(
  indicator: GuardedIndicator,
  numerator: number,
  denominator: number,
): Interval | null {
  if (denominator <= 0 || numerator < 0) return null;
  const events = Math.round(numerator);
  if (indicator.isProportion) {
    const trials = Math.round(denominator);
    if (events > trials) return null;
    const { lower, upper } = binomialInterval(events, trials);
    return { lower: lower * indicator.factor, upper: upper * indicator.factor };
  }
  const { lower, upper } = poissonInterval(events);
  return { lower: (lower / denominator) * indicator.factor, upper: (upper / denominator) * indicator.factor };
}

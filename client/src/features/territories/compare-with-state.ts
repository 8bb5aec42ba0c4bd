import type { IndicatorKind, Polarity } from '../../../../shared/domain/indicator.ts';

/**
 * How a territory's rate reads next to the state's, honouring polarity. Counts are not compared:
 * a macro's count is a part of the state's total, not a level to compare with it.
 */
export function compareWithState(
  value: number | null,
  stateValue: number | null,
  indicator: { kind: IndicatorKind; polarity: Polarity },
): string | null {
  if (indicator.kind !== 'rate' || value === null || stateValue === null) return null;
  if (Math.abs(value - stateValue) < 0.005) return 'igual ao estado';
  const isBetter = indicator.polarity === 'higher' ? value > stateValue : value < stateValue;
  return isBetter ? 'melhor que o estado' : 'pior que o estado';
}

/**
 * Status of a figure against its target, honouring polarity. "Em risco" is a band of
 * `tolerancePct` % of the target on the wrong side of it (default 5 %, per indicator).
 */
import type { Polarity } from './indicator.ts';

export type Status = 'achieved' | 'at_risk' | 'not_achieved' | 'no_data' | 'no_target' | 'small_number';

export const STATUS_LABELS: Record<Status, string> = {
  achieved: 'Meta atingida',
  at_risk: 'Em risco',
  not_achieved: 'Meta não atingida',
  no_data: 'Sem dados',
  no_target: 'Sem meta',
  small_number: 'Número pequeno',
};

export const STATUSES: readonly Status[] = [
  'achieved',
  'at_risk',
  'not_achieved',
  'small_number',
  'no_data',
  'no_target',
];

// Rates are computed in floating point; this keeps 19.4 from reading as 19.400000000000002.
const EPSILON = 1e-9;

export function statusAgainstTarget(input: {
  value: number | null;
  target: number | null;
  polarity: Polarity;
  tolerancePct: number;
}): Status {
  const { value, target, polarity, tolerancePct } = input;
  if (value === null) return 'no_data';
  if (target === null) return 'no_target';
  const tolerance = (Math.abs(target) * tolerancePct) / 100;
  // Distance to the target measured so that positive means "better than the target".
  const margin = polarity === 'higher' ? value - target : target - value;
  if (margin >= -EPSILON) return 'achieved';
  if (margin >= -tolerance - EPSILON) return 'at_risk';
  return 'not_achieved';
}

/**
 * % of the target reached, as the RDQA/RAG write it, with the indicator's polarity:
 * - higher is better: result ÷ target × 100 (a coverage of 45 % against 50 % is 90 %);
 * - lower is better: target ÷ result × 100 (a mortality of 12,5 against 10 is 80 %; 8 is 125 %).
 * No figure without both numbers, with a target of zero (nothing to divide by), or with a result of
 * zero when lower is better (the target is met whatever it is, and the ratio has no finite value).
 */
export function targetAchievement(
  value: number | null,
  target: number | null,
  polarity: Polarity,
): number | null {
  if (value === null || target === null) return null;
  if (polarity === 'higher') return target === 0 ? null : (100 * value) / target;
  return value === 0 ? null : (100 * target) / value;
}

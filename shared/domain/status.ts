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

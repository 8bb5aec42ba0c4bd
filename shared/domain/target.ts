import type { IndicatorKind } from './indicator.ts';

export type TargetCell = { territoryCode: string; year: number; value: number | null; label: string };
export type AppliedTarget = TargetCell & { scope: 'territory' | 'state' };

/**
 * Which target a territory is judged against. The plan sets rate targets for the state only; as in
 * DHIS2 scorecards, every territory is compared with the state target (labelled so). Count goals
 * only have a target where the plan gives one (the state, and macros where it splits the count).
 */
export function targetFor(
  kind: IndicatorKind,
  targets: readonly TargetCell[],
  territoryCode: string,
  stateCode: string,
  year: number,
): AppliedTarget | null {
  const own = targets.find((target) => target.territoryCode === territoryCode && target.year === year);
  if (own) return { ...own, scope: territoryCode === stateCode ? 'state' : 'territory' };
  if (kind === 'count') return null;
  const state = targets.find((target) => target.territoryCode === stateCode && target.year === year);
  return state ? { ...state, scope: 'state' } : null;
}

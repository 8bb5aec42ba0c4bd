import { compareText } from '../../../../shared/text.ts';
import type { BreakdownBar } from '../../components/charts/BreakdownBarChart.tsx';
import type { Figure } from '../../lib/trpc.ts';

type BreakdownFigure = Pick<
  Figure,
  | 'territoryCode'
  | 'territoryName'
  | 'territoryShortName'
  | 'value'
  | 'status'
  | 'numerator'
  | 'denominator'
  | 'target'
  | 'reporting'
  | 'expected'
>;

/** Bars in the order of the table (by name), labelled with the territory's short name when it has one. */
export function toBreakdownBars(figures: readonly BreakdownFigure[]): BreakdownBar[] {
  return sortByName(figures).map((figure) => ({
    code: figure.territoryCode,
    name: figure.territoryShortName ?? figure.territoryName,
    value: figure.value,
    status: figure.status,
  }));
}

export function sortByName<T extends { territoryName: string }>(figures: readonly T[]): T[] {
  return [...figures].sort((a, b) => compareText(a.territoryName, b.territoryName));
}

/**
 * The one target drawn across a breakdown: every territory shares it (the state target rates are
 * judged against); territories with their own different targets get no common line.
 */
export function sharedTarget(figures: readonly Pick<Figure, 'target'>[]): number | null {
  const targets = new Set(figures.map((figure) => figure.target));
  if (targets.size !== 1) return null;
  const [target] = targets;
  return target ?? null;
}

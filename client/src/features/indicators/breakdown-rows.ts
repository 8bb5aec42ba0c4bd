import type { BreakdownBar } from '../../components/charts/BreakdownBarChart.tsx';
import type { Figure } from '../../lib/trpc.ts';

type BreakdownFigure = Pick<
  Figure,
  | 'territoryCode'
  | 'territoryName'
  | 'value'
  | 'status'
  | 'numerator'
  | 'denominator'
  | 'target'
  | 'reporting'
  | 'expected'
>;

/** Bars in the order of the table (by name), labelled with the territory's short name when it has one. */
export function toBreakdownBars(
  figures: readonly BreakdownFigure[],
  shortNames: ReadonlyMap<string, string>,
): BreakdownBar[] {
  return sortByName(figures).map((figure) => ({
    code: figure.territoryCode,
    name: shortNames.get(figure.territoryCode) ?? figure.territoryName,
    value: figure.value,
    status: figure.status,
  }));
}

export function sortByName<T extends { territoryName: string }>(figures: readonly T[]): T[] {
  return [...figures].sort((a, b) => a.territoryName.localeCompare(b.territoryName, 'pt-BR'));
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

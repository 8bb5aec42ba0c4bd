import { sortByName } from '../../../../shared/domain/breakdown.ts';
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

import { shownName } from '../../../../shared/domain/breakdown.ts';
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

/** Bars in the order of the table's rows, labelled with the name the table shows. */
export function toBreakdownBars(figures: readonly BreakdownFigure[]): BreakdownBar[] {
  return figures.map((figure) => ({
    code: figure.territoryCode,
    name: shownName(figure),
    value: figure.value,
    status: figure.status,
  }));
}

import type { TrendPoint } from '../../components/charts/TargetVsActualChart.tsx';
import type { Figure } from '../../lib/trpc.ts';
import { figureNotes } from './figure-format.ts';

type SeriesFigure = Pick<
  Figure,
  'year' | 'value' | 'target' | 'status' | 'isPartial' | 'partialThrough' | 'isProvisional'
>;

/** The yearly series → chart points; partial or provisional years get a `*` and their notes. */
export function toTrendPoints(series: readonly SeriesFigure[]): TrendPoint[] {
  return [...series]
    .sort((a, b) => a.year - b.year)
    .map((figure) => {
      const notes = figureNotes(figure).map((note) => note.text);
      const isTentative = notes.length > 0;
      return {
        year: figure.year,
        label: isTentative ? `${figure.year}*` : String(figure.year),
        value: figure.value,
        target: figure.target,
        status: figure.status,
        notes,
        isTentative,
      };
    });
}

/** "* 2026: parcial até out/2026; 2025: provisório" under the chart. */
export function trendFootnote(points: readonly TrendPoint[]): string | null {
  const tentative = points.filter((point) => point.isTentative);
  if (tentative.length === 0) return null;
  return `* ${tentative.map((point) => `${point.year}: ${point.notes.join(', ')}`).join('; ')}.`;
}

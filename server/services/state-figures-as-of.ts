/**
 * Each indicator's state figure for one year as it stood at the end of a month: a closed semester or
 * quadrimester, as its report shows it. Inside the year still running, every município that sent
 * later months is summed again from its raw values up to that month (seconds at national scale), so
 * the figures are kept per change of the data, as the others are (figure-cache.ts).
 */
import type { TIndicator } from '../../shared/schemas/indicator.ts';
import type { Db } from '../db/client.ts';
import { cachedFigures } from './figure-cache.ts';
import { computeFigures, type Figure, type FigureContext } from './figures.ts';

export function stateFiguresAsOf(
  db: Db,
  context: FigureContext,
  request: {
    /** The objectives the report shows: their indicators get a figure. */
    objectives: readonly { code: string }[];
    indicators: readonly TIndicator[];
    year: number;
    throughMonth: string;
  },
  now: Date,
): Promise<ReadonlyMap<string, Figure>> {
  const { year, throughMonth } = request;
  const shown = new Set(request.objectives.map((objective) => objective.code));
  const indicators = request.indicators.filter((indicator) => shown.has(indicator.objectiveCode));
  const key = `estado-ate|${year}|${throughMonth}|${indicators.map((indicator) => indicator.code).join(',')}`;
  return cachedFigures(db, now, key, async () => {
    const figures = new Map<string, Figure>();
    for (const indicator of indicators) {
      const [figure] = await computeFigures(db, context, {
        indicator,
        level: 'state',
        years: [year],
        throughMonth,
      });
      if (figure) figures.set(indicator.code, figure);
    }
    return figures;
  });
}

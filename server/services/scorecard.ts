import { PANEL_YEARS, yearOf } from '../../shared/domain/period.ts';
import type { TIndicator } from '../../shared/schemas/indicator.ts';
import type { Db } from '../db/client.ts';
import { readTogether } from '../db/read-together.ts';
import { listIndicators, listObjectives } from '../db/repositories/plan-repository.ts';
import { type CheckState, checkStatuses, offeredMonths } from './data-checks.ts';
import { cachedFigures } from './figure-cache.ts';
import { computeFigures, type Figure } from './figures.ts';
import { loadFigureContext } from './plan-catalogue.ts';

export type ScorecardRow = {
  code: string;
  shortName: string;
  unit: string;
  kind: 'rate' | 'count';
  polarity: 'higher' | 'lower';
  dataLevel: TIndicator['dataLevel'];
  figure: Figure;
  /** State value per year for the sparkline. */
  trend: { year: number; value: number | null; target: number | null }[];
  /** The coordenadoria's check of the last full month, for a year that includes it. */
  check: { month: string; state: CheckState } | null;
};

/** The state scorecard for one year, grouped by strategic objective (the same for every reader). */
export function getStateScorecard(db: Db, year: number, now: Date) {
  return cachedFigures(db, now, `scorecard|${year}`, () => computeStateScorecard(db, year, now));
}

async function computeStateScorecard(db: Db, year: number, now: Date) {
  const [indicators, objectives] = await readTogether(db, [
    () => listIndicators(db),
    () => listObjectives(db),
  ]);
  const context = await loadFigureContext(db, indicators, now);
  const years = [...new Set([...PANEL_YEARS, year])].sort();
  // The month the next reunião de condução reviews: "não conferido" shows on the figures of its year.
  const lastFull = offeredMonths(now)[0] as string;
  const checks = yearOf(lastFull) === year ? await checkStatuses(db, lastFull, indicators) : null;
  const rows: (ScorecardRow & { objectiveCode: string })[] = [];
  for (const indicator of indicators) {
    const figures = await computeFigures(db, context, { indicator, level: 'state', years });
    rows.push({
      code: indicator.code,
      shortName: indicator.shortName,
      unit: indicator.unit,
      kind: indicator.kind,
      polarity: indicator.polarity,
      dataLevel: indicator.dataLevel,
      objectiveCode: indicator.objectiveCode,
      figure: figures.find((figure) => figure.year === year) as Figure,
      trend: figures
        .filter((figure) => (PANEL_YEARS as readonly number[]).includes(figure.year))
        .map((figure) => ({ year: figure.year, value: figure.value, target: figure.target })),
      check: checks ? { month: lastFull, state: checks.get(indicator.code)?.state ?? 'unchecked' } : null,
    });
  }
  return {
    year,
    groups: objectives
      .map((objective) => ({ objective, rows: rows.filter((row) => row.objectiveCode === objective.code) }))
      .filter((group) => group.rows.length > 0),
  };
}

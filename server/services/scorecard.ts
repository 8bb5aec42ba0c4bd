import type { IndicatorKind } from '../../shared/domain/indicator.ts';
import {
  isLevelAvailable,
  LEVEL_LABELS,
  TERRITORY_LEVELS,
  type TerritoryLevel,
} from '../../shared/domain/indicator.ts';
import { groupByObjective } from '../../shared/domain/panel-order.ts';
import { PANEL_YEARS, yearOf } from '../../shared/domain/period.ts';
import type { TIndicator } from '../../shared/schemas/indicator.ts';
import type { Db } from '../db/client.ts';
import { readTogether } from '../db/read-together.ts';
import { listIndicators, listObjectives } from '../db/repositories/plan-repository.ts';
import { listTerritories } from '../db/repositories/territory-repository.ts';
import { AppError } from '../errors.ts';
import { type CheckState, checkStatuses, offeredMonths } from './data-checks.ts';
import { cachedFigures } from './figure-cache.ts';
import { computeFigures, type Figure } from './figures.ts';
import { loadFigureContext } from './plan-catalogue.ts';
import { assertCanRead, onlyReadable, type Reader } from './read-scope.ts';

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
    groups: groupByObjective(objectives, rows).map(({ objective, items }) => ({ objective, rows: items })),
  };
}

export type ScorecardFigure = {
  indicatorCode: string;
  indicatorShortName: string;
  unit: string;
  kind: IndicatorKind;
  figure: Figure;
};

/**
 * Every indicator's figure for each territory of one level in one year, in the plan's order: the
 * REST scorecard (and the indicator × territory matrix). Indicators not held at that level (a state
 * indicator asked by macro) are left out. The state level is the page's own scorecard, so the page
 * and the API cannot disagree. With `territoryCode`, only the territories inside it (the regiões of
 * a macro); a gestor regional gets only what they may read.
 */
export async function getScorecardFigures(
  db: Db,
  request: { year: number; level: TerritoryLevel; territoryCode?: string },
  reader: Reader,
  now: Date,
): Promise<ScorecardFigure[]> {
  const { year, level } = request;
  const { rows, territories } = await cachedFigures(db, now, `scorecard|${year}|${level}`, async () => {
    if (level === 'state') {
      const scorecard = await getStateScorecard(db, year, now);
      return {
        territories: await listTerritories(db),
        rows: scorecard.groups.flatMap((group) =>
          group.rows.map((row) => ({
            indicatorCode: row.code,
            indicatorShortName: row.shortName,
            unit: row.unit,
            kind: row.kind,
            figure: row.figure,
          })),
        ),
      };
    }
    const indicators = await listIndicators(db);
    const context = await loadFigureContext(db, indicators, now);
    const levelRows: ScorecardFigure[] = [];
    const ordered = groupByObjective(await listObjectives(db), indicators).flatMap((group) => group.items);
    for (const indicator of ordered) {
      if (!isLevelAvailable(indicator.dataLevel, level)) continue;
      for (const figure of await computeFigures(db, context, { indicator, level, years: [year] }))
        levelRows.push({
          indicatorCode: indicator.code,
          indicatorShortName: indicator.shortName,
          unit: indicator.unit,
          kind: indicator.kind,
          figure,
        });
    }
    return { territories: context.territories, rows: levelRows };
  });
  const container = request.territoryCode
    ? territories.find((territory) => territory.code === request.territoryCode)
    : undefined;
  if (request.territoryCode && !container)
    throw new AppError('NOT_FOUND', `Território "${request.territoryCode}" não encontrado.`);
  if (container) {
    // Inside a territory means further down: the regiões of a macro, not the regiões of a município.
    if (TERRITORY_LEVELS.indexOf(container.level) >= TERRITORY_LEVELS.indexOf(level))
      throw new AppError(
        'UNPROCESSABLE',
        `Dentro de ${container.name} não há ${LEVEL_LABELS[level]}: escolha um território de nível acima.`,
      );
    assertCanRead(reader, container);
  }
  const byCode = new Map(territories.map((territory) => [territory.code, territory]));
  const inside = (code: string) => {
    if (!container || container.level === 'state') return true;
    const territory = byCode.get(code);
    return (
      territory !== undefined &&
      (territory.code === container.code ||
        territory.parentCode === container.code ||
        territory.macroCode === container.code ||
        territory.regionCode === container.code)
    );
  };
  const kept = rows.filter((row) => inside(row.figure.territoryCode));
  const readable = new Set(
    onlyReadable(
      reader,
      territories,
      kept.map((row) => row.figure),
    ).map((figure) => figure.territoryCode),
  );
  return kept.filter((row) => readable.has(row.figure.territoryCode));
}

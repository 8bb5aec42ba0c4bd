import { isLevelAvailable, type TerritoryLevel } from '../../shared/domain/indicator.ts';
import { SERIES_YEARS } from '../../shared/domain/period.ts';
import type { Db } from '../db/client.ts';
import { listCoordinations, listGoals, listObjectives } from '../db/repositories/plan-repository.ts';
import { AppError } from '../errors.ts';
import { computeFigures } from './figures.ts';
import { getIndicatorOrFail, loadFigureContext } from './plan-catalogue.ts';
import { assertCanRead, onlyReadable, type Reader } from './read-scope.ts';

/** The indicator sheet with its objective, goal, coordination and every target of the plan. */
export async function getIndicatorSheet(db: Db, code: string) {
  const indicator = await getIndicatorOrFail(db, code);
  const [objectives, goals, coordinations, context] = await Promise.all([
    listObjectives(db),
    listGoals(db),
    listCoordinations(db),
    loadFigureContext(db, [indicator]),
  ]);
  const names = new Map(
    context.territories.map((territory) => [territory.code, territory.shortName ?? territory.name]),
  );
  return {
    indicator,
    objective: objectives.find((objective) => objective.code === indicator.objectiveCode) ?? null,
    goal: goals.find((goal) => goal.code === indicator.goalCode) ?? null,
    coordination:
      coordinations.find((coordination) => coordination.code === indicator.coordinationCode) ?? null,
    targets: context.targets.map((target) => ({
      ...target,
      territoryName: names.get(target.territoryCode) ?? '',
    })),
    latestPeriod: context.latestPeriodByIndicator.get(code) ?? null,
    availableLevels: (['state', 'macro', 'region', 'municipality'] as const).filter((level) =>
      isLevelAvailable(indicator.dataLevel, level),
    ),
  };
}

/** Figures of one indicator for one level and year (a breakdown), optionally inside one territory. */
export async function getIndicatorFigures(
  db: Db,
  request: { code: string; level: TerritoryLevel; years: readonly number[] },
  reader: Reader,
) {
  const indicator = await getIndicatorOrFail(db, request.code);
  const context = await loadFigureContext(db, [indicator]);
  const figures = await computeFigures(db, context, {
    indicator,
    level: request.level,
    years: request.years,
  });
  return onlyReadable(reader, context.territories, figures);
}

/** Yearly figures of one indicator for one territory (default: the state), for the trend chart. */
export async function getIndicatorSeries(
  db: Db,
  request: { code: string; territoryCode?: string },
  reader: Reader,
) {
  const indicator = await getIndicatorOrFail(db, request.code);
  const context = await loadFigureContext(db, [indicator]);
  const territory = request.territoryCode
    ? context.territories.find((candidate) => candidate.code === request.territoryCode)
    : context.territories.find((candidate) => candidate.level === 'state');
  if (!territory) throw new AppError('NOT_FOUND', `Território "${request.territoryCode}" não encontrado.`);
  assertCanRead(reader, territory);
  return computeFigures(db, context, {
    indicator,
    level: territory.level,
    years: SERIES_YEARS,
    territoryCodes: [territory.code],
  });
}

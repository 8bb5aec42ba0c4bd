import { isLevelAvailable } from '../../shared/domain/indicator.ts';
import { groupByObjective } from '../../shared/domain/panel-order.ts';
import type { Db } from '../db/client.ts';
import { readTogether } from '../db/read-together.ts';
import { listIndicators, listObjectives } from '../db/repositories/plan-repository.ts';
import { listTerritories } from '../db/repositories/territory-repository.ts';
import { AppError } from '../errors.ts';
import { cachedFigures } from './figure-cache.ts';
import { computeFigures, type Figure } from './figures.ts';
import { loadFigureContext } from './plan-catalogue.ts';
import { assertCanRead, onlyReadable, type Reader } from './read-scope.ts';

/** The territory tree (state → macros → regions → municípios) for navigation and filters. */
export async function getTerritoryTree(db: Db, reader: Reader) {
  const territories = await listTerritories(db);
  // A gestor regional picks only among what they may open: the state and their own territory.
  const readable = onlyReadable(
    reader,
    territories,
    territories.map((territory) => ({ ...territory, territoryCode: territory.code })),
  );
  return readable.map(
    ({ code, level, name, shortName, parentCode, macroCode, regionCode, ibge6, installedYear }) => ({
      code,
      level,
      name,
      shortName,
      parentCode,
      macroCode,
      regionCode,
      ibge6,
      // The map says which recent município has no polygon yet, and since when it exists.
      installedYear,
    }),
  );
}

/**
 * Every indicator for one territory and year, next to its target and the state figure, grouped by
 * objective in the Painel's order (panel-order.ts).
 */
export async function getTerritoryView(
  db: Db,
  request: { code: string; year: number },
  reader: Reader,
  now: Date,
) {
  // Kept per change of the data, as every figure; the reader's scope applies after.
  const { territories, view } = await cachedFigures(
    db,
    now,
    `territory|${request.code}|${request.year}`,
    () => computeTerritoryView(db, request, now),
  );
  assertCanRead(reader, view.territory);
  return {
    ...view,
    children: onlyReadable(
      reader,
      territories,
      territories
        .filter((candidate) => candidate.parentCode === view.territory.code)
        .map((candidate) => ({ ...candidate, territoryCode: candidate.code })),
    ),
  };
}

async function computeTerritoryView(db: Db, request: { code: string; year: number }, now: Date) {
  const [indicators, objectives] = await readTogether(db, [
    () => listIndicators(db),
    () => listObjectives(db),
  ]);
  const context = await loadFigureContext(db, indicators, now);
  const territory = context.territories.find((candidate) => candidate.code === request.code);
  if (!territory) throw new AppError('NOT_FOUND', `Território "${request.code}" não encontrado.`);
  const state = context.territories.find((candidate) => candidate.level === 'state');
  const rows = [];
  for (const indicator of indicators) {
    if (!isLevelAvailable(indicator.dataLevel, territory.level)) continue;
    // One territory and one year: exactly one figure each.
    const [figure] = (await computeFigures(db, context, {
      indicator,
      level: territory.level,
      years: [request.year],
      territoryCodes: [territory.code],
    })) as [Figure];
    const [stateFigure] =
      territory.level === 'state'
        ? [figure]
        : ((await computeFigures(db, context, { indicator, level: 'state', years: [request.year] })) as [
            Figure,
          ]);
    rows.push({ indicator, figure, stateFigure, objectiveCode: indicator.objectiveCode });
  }
  const byCode = new Map(context.territories.map((candidate) => [candidate.code, candidate]));
  return {
    territories: context.territories,
    view: {
      territory,
      macro: territory.macroCode ? (byCode.get(territory.macroCode) ?? null) : null,
      region: territory.regionCode ? (byCode.get(territory.regionCode) ?? null) : null,
      state: state ?? null,
      // In the Painel's order, grouped as the Painel groups them.
      groups: groupByObjective(objectives, rows).map(({ objective, items }) => ({ objective, rows: items })),
    },
  };
}

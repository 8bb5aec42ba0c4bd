import { isLevelAvailable } from '../../shared/domain/indicator.ts';
import { groupByObjective } from '../../shared/domain/panel-order.ts';
import { isWithinTerritory } from '../../shared/domain/territory.ts';
import type { Db } from '../db/client.ts';
import { readTogether } from '../db/read-together.ts';
import { listIndicators, listObjectives } from '../db/repositories/plan-repository.ts';
import { AppError } from '../errors.ts';
import { cachedFigures } from './figure-cache.ts';
import { computeFigures, type Figure } from './figures.ts';
import { loadFigureContext, readTerritories } from './plan-catalogue.ts';
import { assertCanRead, onlyReadable, type Reader, readScopeKey } from './read-scope.ts';

/**
 * The territory tree (state → macros → regions → municípios) for navigation and filters, kept per
 * change of the data and reader scope (6.300 rows at national scale). Shared: callers must not change it.
 */
export function getTerritoryTree(db: Db, reader: Reader, now: Date) {
  return cachedFigures(db, now, `territory-tree:${readScopeKey(reader)}`, async () => {
    const territories = await readTerritories(db, now);
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
  });
}

/** A município inside a map's territory that the boundary file has no polygon for (yet). */
export type UnmappedMunicipality = { code: string; name: string; installedYear: number | null };

/**
 * What the map of one territory needs of the territory table, and no more (the whole tree is 6.300
 * rows, 1,4 MB, at national scale): the territory; what can be a map of its own (the state, macros
 * and regiões the reader may open, for the picker); the places inside it that are drawn (its macros,
 * regiões and the municípios with a polygon, by which polygons are grouped); and the municípios inside
 * it with no polygon, whose values still show in the table and which the map names in a note.
 * `territory` is null when the code is no territory the reader may open.
 */
export async function getMapTerritories(
  db: Db,
  reader: Reader,
  code: string,
  withPolygon: ReadonlySet<string>,
  now: Date,
) {
  const readable = await getTerritoryTree(db, reader, now);
  const territory = readable.find((place) => place.code === code) ?? null;
  const mappable = readable.filter((place) => place.level !== 'municipality');
  const inside = territory ? readable.filter((place) => isWithinTerritory(place, territory.code)) : [];
  const isUnmapped = (place: (typeof inside)[number]) =>
    place.level === 'municipality' && !withPolygon.has(place.code);
  return {
    territory,
    mappable,
    places: inside.filter((place) => !isUnmapped(place)),
    unmapped: inside
      .filter(isUnmapped)
      .map(({ code, name, installedYear }): UnmappedMunicipality => ({ code, name, installedYear })),
  };
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

/**
 * From the município polygons of the boundary file to the shapes the map draws. Regions and macros
 * are the union of their municípios as OUR territory table composes them (the file's own region and
 * macro layers may follow another composition), so a change of composition shows at once.
 */
import { geoMercator, geoPath } from 'd3-geo';
import type { MultiPolygon as GeoMultiPolygon } from 'geojson';
import { merge } from 'topojson-client';
import {
  isArea,
  type MunicipalityGeometry,
  type MunicipalityTopology,
} from '../../../../shared/domain/boundaries.ts';
import type { TerritoryLevel } from '../../../../shared/domain/indicator.ts';
import type { MapLevel } from './map-params.ts';

/** What the map needs to know of a territory row (`territory.tree`). */
export type TerritoryPlace = {
  code: string;
  level: TerritoryLevel;
  macroCode: string | null;
  regionCode: string | null;
};

export type MapShape = { code: string; geometry: GeoMultiPolygon };

export type GroupedShapes = {
  /** One shape per territory of the level the reader may open. */
  shapes: MapShape[];
  /** Every other polygon as one grey area: the state outside the reader's territory. */
  outside: GeoMultiPolygon | null;
};

/** The territory of `level` a município belongs to, by our territory table. */
function groupCodeOf(municipality: TerritoryPlace, level: MapLevel): string | null {
  if (level === 'municipality') return municipality.code;
  return level === 'region' ? municipality.regionCode : municipality.macroCode;
}

/**
 * Groups the file's município polygons into the territories of `level` found in `territories`.
 * A polygon whose território is not in the list (a gestor regional reads only their own) goes to
 * `outside`; a territory with no polygon at all is simply not drawn.
 */
export function groupShapes(
  topology: MunicipalityTopology,
  territories: readonly TerritoryPlace[],
  level: MapLevel,
): GroupedShapes {
  const municipalities = new Map(
    territories.filter((territory) => territory.level === 'municipality').map((row) => [row.code, row]),
  );
  const shown = new Set(
    territories.filter((territory) => territory.level === level).map((territory) => territory.code),
  );
  const groups = new Map<string, MunicipalityGeometry[]>();
  const outside: MunicipalityGeometry[] = [];
  for (const geometry of topology.objects.municipios.geometries) {
    if (!isArea(geometry)) continue;
    const municipality = municipalities.get(geometry.properties?.ibge7 ?? '');
    const code = municipality ? groupCodeOf(municipality, level) : null;
    if (code === null || !shown.has(code)) {
      outside.push(geometry);
      continue;
    }
    const members = groups.get(code);
    if (members) members.push(geometry);
    else groups.set(code, [geometry]);
  }
  // A group is dissolved along its shared arcs (a single município comes out as itself).
  const shapes = [...groups].map(
    ([code, members]): MapShape => ({ code, geometry: merge(topology, members) }),
  );
  return { shapes, outside: outside.length > 0 ? merge(topology, outside) : null };
}

export type ProjectedShapes = {
  width: number;
  height: number;
  paths: { code: string; d: string }[];
  outside: string | null;
};

/**
 * SVG path data in a `width`-wide box; the height follows. Mercator is fitted to the whole state, or
 * with `zoomToShapes` to the territory's own areas (the map of one macro or região): the grey rest of
 * the state then runs past the box's edges, which the SVG clips.
 */
export function projectShapes(
  grouped: GroupedShapes,
  width: number,
  options: { zoomToShapes?: boolean } = {},
): ProjectedShapes {
  const collection = (geometries: GeoMultiPolygon[]) => ({ type: 'GeometryCollection' as const, geometries });
  const everything = collection([
    ...grouped.shapes.map((shape) => shape.geometry),
    ...(grouped.outside ? [grouped.outside] : []),
  ]);
  const fitted =
    options.zoomToShapes && grouped.shapes.length > 0
      ? collection(grouped.shapes.map((shape) => shape.geometry))
      : everything;
  if (everything.geometries.length === 0) return { width, height: 0, paths: [], outside: null };
  const projection = geoMercator().fitWidth(width, fitted);
  // One decimal of a pixel is invisible and keeps the page's DOM small.
  const path = geoPath(projection).digits(1);
  const [, [, bottom]] = path.bounds(fitted);
  return {
    width,
    height: Math.ceil(bottom),
    paths: grouped.shapes.map((shape) => ({ code: shape.code, d: path(shape.geometry) ?? '' })),
    outside: grouped.outside ? (path(grouped.outside) ?? null) : null,
  };
}

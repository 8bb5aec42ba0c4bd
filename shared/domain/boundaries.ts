/**
 * The boundary file's município polygons (TopoJSON, `data/boundaries/`): which municípios have one.
 * The server answers the map with it (territory.map), the browser draws from it (map-shapes.ts).
 */
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';

export type MunicipalityProperties = { ibge7: string };
export type MunicipalityTopology = Topology<{ municipios: GeometryCollection<MunicipalityProperties> }>;
export type MunicipalityGeometry = Polygon<MunicipalityProperties> | MultiPolygon<MunicipalityProperties>;

export function isArea(geometry: { type: string | null }): geometry is MunicipalityGeometry {
  return geometry.type === 'Polygon' || geometry.type === 'MultiPolygon';
}

/** Município codes (IBGE, 7 digits) that have a polygon in the file. */
export function polygonCodes(topology: MunicipalityTopology): Set<string> {
  return new Set(
    topology.objects.municipios.geometries.flatMap((geometry) =>
      isArea(geometry) && geometry.properties ? [geometry.properties.ibge7] : [],
    ),
  );
}

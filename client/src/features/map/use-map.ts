import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { TerritoryNode } from '../../lib/trpc.ts';
import { BoundariesError, fetchBoundaries } from './boundaries-api.ts';
import type { MapLevel } from './map-params.ts';
import { groupShapes, type MunicipalityTopology, polygonCodes, projectShapes } from './map-shapes.ts';

/** The width of the SVG's coordinate system; the map itself scales with the page. */
const MAP_WIDTH = 600;

/**
 * The one query key of the boundary file (a REST resource, outside the tRPC proxy); the server's
 * render of the first page reads the file itself under the same key (entry-server.tsx).
 */
export const BOUNDARIES_QUERY_KEY = ['boundaries'] as const;

/** The município polygons; they never change while the app runs. */
export function useBoundaries() {
  return useQuery({
    queryKey: BOUNDARIES_QUERY_KEY,
    queryFn: fetchBoundaries,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
    // A refused or malformed file will not change on retry; a dropped connection might.
    retry: (failureCount, error) => !(error instanceof BoundariesError) && failureCount < 2,
  });
}

/**
 * The projected shapes of `level` for the territories drawn (those the reader may open, inside the
 * map's territory), and who has no polygon; `zoomToShapes` for the map of one macro or região.
 */
export function useMapGeometry(
  topology: MunicipalityTopology | undefined,
  territories: readonly TerritoryNode[] | undefined,
  level: MapLevel,
  zoomToShapes: boolean,
) {
  return useMemo(() => {
    if (!topology || !territories) return null;
    const withPolygon = polygonCodes(topology);
    return {
      projected: projectShapes(groupShapes(topology, territories, level), MAP_WIDTH, { zoomToShapes }),
      withoutPolygon: territories.filter(
        (territory) => territory.level === 'municipality' && !withPolygon.has(territory.code),
      ),
    };
  }, [topology, territories, level, zoomToShapes]);
}

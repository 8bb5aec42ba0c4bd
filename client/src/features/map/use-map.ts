import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { MunicipalityTopology } from '../../../../shared/domain/boundaries.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { BoundariesError, fetchBoundaries } from './boundaries-api.ts';
import type { MapLevel } from './map-params.ts';
import { groupShapes, projectShapes, type TerritoryPlace } from './map-shapes.ts';

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
 * The map's territory and what is drawn inside it (territory.map). Another territory keeps the map
 * on screen, with its own heading, until its answer comes: the picker stays where the reader is.
 */
export function useMapTerritories(code: string) {
  const trpc = useTRPC();
  return useQuery({ ...trpc.territory.map.queryOptions({ code }), placeholderData: keepPreviousData });
}

/**
 * The projected shapes of `level` for the places drawn (those the reader may open, inside the map's
 * territory); `zoomToShapes` for the map of one macro or região.
 */
export function useMapGeometry(
  topology: MunicipalityTopology | undefined,
  places: readonly TerritoryPlace[],
  level: MapLevel,
  zoomToShapes: boolean,
) {
  return useMemo(
    () =>
      topology ? projectShapes(groupShapes(topology, places, level), MAP_WIDTH, { zoomToShapes }) : null,
    [topology, places, level, zoomToShapes],
  );
}

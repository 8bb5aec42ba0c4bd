import { useQuery } from '@tanstack/react-query';
import type { TerritoryLevel } from '../../../../shared/domain/indicator.ts';
import { useTRPC } from '../../lib/trpc.ts';

export function useIndicatorSheet(code: string) {
  const trpc = useTRPC();
  return useQuery(trpc.indicator.sheet.queryOptions({ code }));
}

/** Yearly figures of the panel's years (PANEL_YEARS) for one territory (default: the state). */
export function useIndicatorSeries(code: string, territoryCode: string | null) {
  const trpc = useTRPC();
  return useQuery(trpc.indicator.series.queryOptions(territoryCode ? { code, territoryCode } : { code }));
}

/** One year's figures for every territory of a level; `year` may be a bad value the server explains. */
export function useIndicatorFigures(
  code: string,
  level: TerritoryLevel,
  year: number | string,
  isEnabled = true,
) {
  const trpc = useTRPC();
  return useQuery({ ...trpc.indicator.figures.queryOptions({ code, level, year }), enabled: isEnabled });
}

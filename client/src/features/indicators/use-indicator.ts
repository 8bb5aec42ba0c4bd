import { useQuery } from '@tanstack/react-query';
import type { TerritoryLevel } from '../../../../shared/domain/indicator.ts';
import { keepPreviousOfSame } from '../../lib/keep-previous.ts';
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

/**
 * One year's figures for every territory of a level, or only those inside `within`; `year` may be a
 * bad value the server explains.
 */
export function useIndicatorFigures(
  code: string,
  level: TerritoryLevel,
  year: number | string,
  options: { isEnabled?: boolean; within?: string } = {},
) {
  const trpc = useTRPC();
  const { isEnabled = true, within } = options;
  return useQuery({
    ...trpc.indicator.figures.queryOptions(within ? { code, level, year, within } : { code, level, year }),
    enabled: isEnabled,
  });
}

/**
 * One page of a year's breakdown by macro or região; another page keeps the rows shown until it
 * comes, another indicator or year shows loading.
 */
export function useIndicatorBreakdown(code: string, level: 'macro' | 'region', year: number, page: number) {
  const trpc = useTRPC();
  const input = { code, level, year, page };
  return useQuery({
    ...trpc.indicator.breakdown.queryOptions(input),
    placeholderData: keepPreviousOfSame(input, ({ code, level, year }) => [code, level, year]),
  });
}

import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../lib/trpc.ts';
import { useIsHydrated } from '../../lib/use-is-hydrated.ts';

/** Every territory; `enabled: false` only stops asking for it (a copy already read is still given). */
export function useTerritoryTree(options: { enabled?: boolean } = {}) {
  const trpc = useTRPC();
  return useQuery({ ...trpc.territory.tree.queryOptions(), staleTime: Number.POSITIVE_INFINITY, ...options });
}

/**
 * Every territory, asked for and given only once the page is the browser's: a page the server
 * renders does not carry them (5.570 municípios at national scale), and hydration must draw what the
 * server drew, also when another part of the page already read them.
 */
export function useTerritoryTreeOnceHydrated() {
  const isHydrated = useIsHydrated();
  const tree = useTerritoryTree({ enabled: isHydrated });
  return isHydrated ? tree : { ...tree, data: undefined };
}

/** Every indicator of one territory for one year; `year` may be a bad value the server explains. */
export function useTerritoryView(code: string, year: number | string) {
  const trpc = useTRPC();
  return useQuery(trpc.territory.view.queryOptions({ code, year }));
}

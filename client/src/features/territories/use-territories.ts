import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../lib/trpc.ts';

export function useTerritoryTree() {
  const trpc = useTRPC();
  return useQuery({ ...trpc.territory.tree.queryOptions(), staleTime: Number.POSITIVE_INFINITY });
}

/** Every indicator of one territory for one year; `year` may be a bad value the server explains. */
export function useTerritoryView(code: string, year: number | string) {
  const trpc = useTRPC();
  return useQuery(trpc.territory.view.queryOptions({ code, year }));
}

import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../lib/trpc.ts';

/** Every territory; `enabled: false` only stops asking for it (a copy already read is still given). */
export function useTerritoryTree(options: { enabled?: boolean } = {}) {
  const trpc = useTRPC();
  return useQuery({ ...trpc.territory.tree.queryOptions(), staleTime: Number.POSITIVE_INFINITY, ...options });
}

/** Every indicator of one territory for one year; `year` may be a bad value the server explains. */
export function useTerritoryView(code: string, year: number | string) {
  const trpc = useTRPC();
  return useQuery(trpc.territory.view.queryOptions({ code, year }));
}

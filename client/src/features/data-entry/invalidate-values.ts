import type { QueryClient } from '@tanstack/react-query';
import type { useTRPC } from '../../lib/trpc.ts';

type Trpc = ReturnType<typeof useTRPC>;

/**
 * After values were written: the figures of every page (scorecard, indicator, territory) are
 * marked stale and refetched when next shown; the entry grids and value histories refetch now.
 */
export async function invalidateValueQueries(queryClient: QueryClient, trpc: Trpc): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries(trpc.dataEntry.pathFilter()),
    queryClient.invalidateQueries({ ...trpc.scorecard.pathFilter(), refetchType: 'none' }),
    queryClient.invalidateQueries({ ...trpc.indicator.pathFilter(), refetchType: 'none' }),
    queryClient.invalidateQueries({ ...trpc.territory.pathFilter(), refetchType: 'none' }),
  ]);
}

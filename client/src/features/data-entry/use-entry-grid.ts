import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../lib/trpc.ts';
import { invalidateValueQueries } from './invalidate-values.ts';

/** The entry grid of one indicator and year; nothing is asked until both are chosen. */
export function useEntryGrid(code: string, year: number | null) {
  const trpc = useTRPC();
  return useQuery(
    trpc.dataEntry.grid.queryOptions(code !== '' && year !== null ? { code, year } : skipToken),
  );
}

/**
 * Saves typed cells. The mutation stays pending until the grid has been read again, so the page
 * can drop its local edits only once the saved values are on screen.
 */
export function useSaveEntryCells() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.dataEntry.save.mutationOptions({
      onSuccess: () => invalidateValueQueries(queryClient, trpc),
    }),
  );
}

export type HistoryCell = { code: string; territoryCode: string; period: string };

/** Every change of one value, newest first; asked only while the history panel is open. */
export function useValueHistory(cell: HistoryCell | null) {
  const trpc = useTRPC();
  return useQuery(trpc.dataEntry.history.queryOptions(cell ?? skipToken));
}

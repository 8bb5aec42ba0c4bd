import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../lib/trpc.ts';
import { invalidateValueQueries } from '../data-entry/invalidate-values.ts';

export function useDataClosures() {
  const trpc = useTRPC();
  return useQuery(trpc.dataCycle.list.queryOptions());
}

/** Reopening a month changes what can be typed: the grids and the closings are read again. */
export function useReopenMonth() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.dataCycle.reopen.mutationOptions({
      onSettled: () =>
        Promise.all([
          queryClient.invalidateQueries(trpc.dataCycle.pathFilter()),
          invalidateValueQueries(queryClient, trpc),
        ]),
    }),
  );
}

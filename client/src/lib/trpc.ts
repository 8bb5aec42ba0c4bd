/** The one QueryClient and the one tRPC context of the app; components use `useTRPC()`. */
import { QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import type { inferRouterOutputs } from '@trpc/server';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import type { AppRouter } from '../../../server/trpc/router.ts';
import { isServerAnswer } from './errors.ts';

export type RouterOutputs = inferRouterOutputs<AppRouter>;

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        refetchOnWindowFocus: false,
        // The server's answer (bad year, unknown code) will not change on retry; a dropped connection might.
        retry: (failureCount, error) => !isServerAnswer(error) && failureCount < 2,
      },
    },
  });
}

export function createTrpcClient() {
  return createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: '/trpc' })] });
}

/** A figure as the server computes it: value, target, status, completeness, partial/provisional flags. */
export type Figure = RouterOutputs['indicator']['figures'][number];
export type IndicatorSheetData = RouterOutputs['indicator']['sheet'];
export type TerritoryNode = RouterOutputs['territory']['tree'][number];

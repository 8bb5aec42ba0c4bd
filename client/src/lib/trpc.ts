/** The one QueryClient and the one tRPC context of the app; components use `useTRPC()`. */
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink, httpLink, splitLink } from '@trpc/client';
import type { inferRouterOutputs } from '@trpc/server';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import type { AppRouter } from '../../../server/trpc/router.ts';
import { SHARED_ANSWER_PROCEDURES } from '../../../shared/shared-answers.ts';
import { TRPC_MAX_BATCH } from '../../../shared/trpc-limits.ts';
import { loginPath } from '../features/auth/next-path.ts';
import { errorCode, isServerAnswer } from './errors.ts';

export type RouterOutputs = inferRouterOutputs<AppRouter>;

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

/**
 * A session that ended (expired, logged out elsewhere) sends the user to the login, then back here.
 * Only for reads: a failed save stays on its page, so what the user typed is never thrown away.
 */
function toLoginWhenSignedOut(error: unknown): void {
  if (errorCode(error) !== 'UNAUTHORIZED') return;
  const here = `${window.location.pathname}${window.location.search}`;
  window.location.assign(loginPath(here));
}

/**
 * In the browser a read that fails for a dropped connection is tried again, and a signed-out
 * session goes to the login. On the server (the first page's render, entry-server.tsx) a failed
 * read is simply left for the browser to ask again.
 */
export function createQueryClient(place: 'browser' | 'server' = 'browser'): QueryClient {
  const isBrowser = place === 'browser';
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: isBrowser ? toLoginWhenSignedOut : undefined }),
    // Any change may settle a pendência (a record, an analysis, a check, a deliberation, a pauta):
    // the header's count is asked again after each, so it drops as the work is done.
    mutationCache: new MutationCache({
      onSuccess: () => client.invalidateQueries({ queryKey: [['pendingWork']] }),
    }),
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        refetchOnWindowFocus: false,
        // The server's answer (bad year, unknown code) will not change on retry; a dropped connection might.
        retry: (failureCount, error) => isBrowser && !isServerAnswer(error) && failureCount < 2,
      },
    },
  });
  return client;
}

/** Answers the server keeps for every reader are asked alone, so their address is always the same. */
export function createTrpcClient() {
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (operation) => operation.type === 'query' && SHARED_ANSWER_PROCEDURES.has(operation.path),
        true: httpLink({ url: '/trpc' }),
        false: httpBatchLink({ url: '/trpc', maxItems: TRPC_MAX_BATCH }),
      }),
    ],
  });
}

/** A figure as the server computes it: value, target, status, completeness, partial/provisional flags. */
export type Figure = RouterOutputs['indicator']['figures'][number];
export type IndicatorSheetData = RouterOutputs['indicator']['sheet'];
export type TerritoryNode = RouterOutputs['territory']['tree'][number];
export type MapTerritories = RouterOutputs['territory']['map'];
export type IndicatorBreakdown = RouterOutputs['indicator']['breakdown'];

/**
 * The server's render of the first page a signed-in person opens (issue 14: data on screen as soon
 * as the HTML arrives, not after the app's code has run and asked for it). The same components as
 * in the browser: a page's reads go straight to the tRPC procedures (the server's local link, with
 * the reader's own permissions), then the page is rendered again with their answers, until nothing
 * new is asked. The browser then hydrates this HTML with the same answers (main.tsx).
 */
import { dehydrate, type Query, type QueryFunction, skipToken } from '@tanstack/react-query';
import type { TRPCClient } from '@trpc/client';
import type { ReactNode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import type { AppRouter } from '../../server/trpc/router.ts';
import { App } from './App.tsx';
import { AppProviders } from './AppProviders.tsx';
import { BOUNDARIES_QUERY_KEY } from './features/map/use-map.ts';
import { firstPageStateElement } from './lib/first-page-state.ts';
import { type ServerAnswer, ServerAnswerContext } from './lib/server-answer.tsx';
import { createQueryClient } from './lib/trpc.ts';

/** The page rendered with its data and its HTTP status, or the one address of what was asked. */
export type FirstPage = { rootHtml: string; stateHtml: string; status: 200 | 404 } | { redirectTo: string };

/**
 * How the server reads for the page (tRPC in-process, and the files the browser fetches by URL), and
 * what it does once the page's HTTP status is known.
 */
export type ServerReads = {
  trpcClient: TRPCClient<AppRouter>;
  boundaries: () => Promise<unknown>;
  onError: (error: unknown) => void;
  /**
   * Called at most once, as soon as a render asks for no redirect and no page waits for its data to
   * decide (`useAnswerAwaitsData`), usually after the first render, before any read: the server
   * sends the status and the page's head then, so the browser fetches the styles and the app's code
   * while the page's data is read. Not called for a redirect.
   */
  onStatus: (status: 200 | 404) => void;
};

/** Reads that depend on earlier ones (the indicator's sheet, then its figures) take a pass each. */
const MAX_PASSES = 4;

export async function renderFirstPage(url: string, reads: ServerReads): Promise<FirstPage> {
  const queryClient = createQueryClient('server');
  let redirectTo: string | null = null;
  let status: 200 | 404 = 200;
  let awaitsData = false;
  let statusSent = false;
  const answer: ServerAnswer = {
    redirect: (to) => {
      redirectTo ??= to;
    },
    notFound: () => {
      status = 404;
    },
    awaitData: () => {
      awaitsData = true;
    },
  };
  const tree = (
    <AppProviders queryClient={queryClient} trpcClient={reads.trpcClient}>
      <ServerAnswerContext value={answer}>
        <StaticRouter location={url}>
          <App />
        </StaticRouter>
      </ServerAnswerContext>
    </AppProviders>
  );
  // A read that fails (a page the reader may not see, a bad address) is left to the browser, which
  // asks again and says why: the server renders it as still loading, as the browser will hydrate it.
  const failed = new Set<string>();
  try {
    for (let pass = 1; ; pass += 1) {
      awaitsData = false;
      const rootHtml = await renderToHtml(tree, reads.onError);
      if (redirectTo !== null) return { redirectTo };
      if (!awaitsData && !statusSent) {
        statusSent = true;
        reads.onStatus(status);
      }
      const cache = queryClient.getQueryCache();
      const asked = cache.getAll().flatMap((query) => {
        const read = failed.has(query.queryHash) ? null : serverRead(query, reads);
        return read ? [{ queryKey: query.queryKey, queryFn: read }] : [];
      });
      if (asked.length === 0 || pass === MAX_PASSES)
        return { rootHtml, stateHtml: firstPageStateElement(dehydrate(queryClient)), status };
      await Promise.all(asked.map((read) => queryClient.prefetchQuery(read)));
      for (const query of cache.findAll({
        type: 'all',
        predicate: (query) => query.state.status === 'error',
      })) {
        failed.add(query.queryHash);
        query.reset();
      }
    }
  } finally {
    queryClient.clear();
  }
}

/** Waits for the page's code (React.lazy) as the browser would, then gives the whole HTML. */
async function renderToHtml(tree: ReactNode, onError: (error: unknown) => void): Promise<string> {
  // One piece, with no inline script to reveal it (the CSP allows none): React would otherwise send a
  // large boundary apart, revealed by a script.
  const { prelude } = await prerenderToNodeStream(tree, {
    onError,
    progressiveChunkSize: Number.POSITIVE_INFINITY,
  });
  const chunks: Buffer[] = [];
  for await (const chunk of prelude) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * How the server answers a read a component asked for and nobody has fetched (on the server React
 * runs no effects, so react-query only records it), or null to leave it to the browser. Reads turned
 * off (`enabled: false`, skipToken) stay off.
 */
function serverRead(query: Query, reads: ServerReads): QueryFunction | null {
  if (query.state.status !== 'pending' || query.state.fetchStatus !== 'idle') return null;
  const enabled = (query.options as { enabled?: boolean | ((query: Query) => boolean) }).enabled;
  if (typeof enabled === 'function' ? !enabled(query) : enabled === false) return null;
  if (query.queryKey[0] === BOUNDARIES_QUERY_KEY[0]) return reads.boundaries;
  const isTrpc = Array.isArray(query.queryKey[0]);
  const { queryFn } = query.options;
  return isTrpc && queryFn && queryFn !== skipToken ? queryFn : null;
}

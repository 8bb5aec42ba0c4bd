/**
 * The server's render of the first page a signed-in person opens (issue 14: data on screen as soon
 * as the HTML arrives, not after the app's code has run and asked for it). The same components as
 * in the browser: a page's reads go straight to the tRPC procedures (the server's local link, with
 * the reader's own permissions), then the page is rendered again with their answers, until nothing
 * new is asked. The browser then hydrates this HTML with the same answers (main.tsx).
 *
 * What an address read when it was last rendered for a reader is asked for at once the next time,
 * beside the first render: the page then renders in two passes, not one per layer of reads (the
 * indicator's sheet, then what it names), which at national scale, or on a busy machine, is most of
 * the server's time. Only the list of reads is kept, never an answer; a page that now asks for
 * something else still gets it, as the passes go on until nothing new is asked.
 */
import {
  dehydrate,
  type Query,
  type QueryClient,
  type QueryFunction,
  type QueryKey,
  skipToken,
} from '@tanstack/react-query';
import { getUntypedClient, type TRPCClient } from '@trpc/client';
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
  /** Who reads (what a page asks for depends on who reads it: a gestor regional's own territory). */
  reader: string;
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

/** The reads of each address and reader at its last render; the oldest go past this many. */
const REMEMBERED_PAGES = 1_000;
const rememberedReads = new Map<string, QueryKey[]>();

function rememberReads(page: string, queryKeys: QueryKey[]): void {
  rememberedReads.delete(page);
  rememberedReads.set(page, queryKeys);
  const oldest = rememberedReads.keys().next();
  if (rememberedReads.size > REMEMBERED_PAGES && !oldest.done) rememberedReads.delete(oldest.value);
}

/**
 * The queries the render is using, by hash: each `useQuery` asks the client for its options as it
 * renders. What a page reads, what it remembers and what it sends are the queries of its last render.
 */
function recordQueriesUsed(queryClient: QueryClient) {
  let used: Set<string> | null = null;
  const defaultQueryOptions = queryClient.defaultQueryOptions.bind(queryClient);
  queryClient.defaultQueryOptions = ((options) => {
    const defaulted = defaultQueryOptions(options);
    used?.add(defaulted.queryHash);
    return defaulted;
  }) as QueryClient['defaultQueryOptions'];
  return {
    async during<T>(render: () => Promise<T>): Promise<{ result: T; used: Set<string> }> {
      const current = new Set<string>();
      used = current;
      try {
        return { result: await render(), used: current };
      } finally {
        used = null;
      }
    },
  };
}

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
  const queries = recordQueriesUsed(queryClient);
  const page = `${reads.reader} ${url}`;
  // Started before the first render, which only decides the status (and asks for the same reads).
  let reading: Promise<unknown>[] = (rememberedReads.get(page) ?? []).flatMap((queryKey) => {
    const read = readOnServer(queryKey, reads);
    return read ? [queryClient.prefetchQuery({ queryKey, queryFn: read })] : [];
  });
  try {
    for (let pass = 1; ; pass += 1) {
      awaitsData = false;
      const { result: rootHtml, used } = await queries.during(() => renderToHtml(tree, reads.onError));
      if (redirectTo !== null) return { redirectTo };
      if (!awaitsData && !statusSent) {
        statusSent = true;
        reads.onStatus(status);
      }
      const cache = queryClient.getQueryCache();
      const asked = cache.getAll().flatMap((query) => {
        const read = failed.has(query.queryHash) || !isIdle(query) ? null : serverRead(query, reads);
        return read ? [{ queryKey: query.queryKey, queryFn: read }] : [];
      });
      if ((asked.length === 0 && reading.length === 0) || pass === MAX_PASSES) {
        const usedQueries = cache.getAll().filter((query) => used.has(query.queryHash));
        rememberReads(
          page,
          usedQueries.filter((query) => serverRead(query, reads) !== null).map((query) => query.queryKey),
        );
        // The answers of this render only: a remembered read the page no longer asks for stays here.
        const sent = new Set(usedQueries.map((query) => query.queryHash));
        const state = dehydrate(queryClient, {
          shouldDehydrateQuery: (query) => sent.has(query.queryHash) && query.state.status === 'success',
        });
        return { rootHtml, stateHtml: firstPageStateElement(state), status };
      }
      await Promise.all([...reading, ...asked.map((read) => queryClient.prefetchQuery(read))]);
      reading = [];
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

/** A query nobody has fetched yet (on the server React runs no effects: react-query only records it). */
function isIdle(query: Query): boolean {
  return query.state.status === 'pending' && query.state.fetchStatus === 'idle';
}

/**
 * How the server answers a query a component asked for, or null to leave it to the browser. Reads
 * turned off (`enabled: false`, skipToken) stay off.
 */
function serverRead(query: Query, reads: ServerReads): QueryFunction | null {
  const enabled = (query.options as { enabled?: boolean | ((query: Query) => boolean) }).enabled;
  if (typeof enabled === 'function' ? !enabled(query) : enabled === false) return null;
  if (query.options.queryFn === skipToken) return null;
  return readOnServer(query.queryKey, reads);
}

/**
 * The server's read of a query key: a tRPC query (its key names the procedure and the input, as the
 * browser's would ask for it) or the boundary file; null for anything else.
 */
function readOnServer(queryKey: QueryKey, reads: ServerReads): QueryFunction | null {
  if (queryKey[0] === BOUNDARIES_QUERY_KEY[0]) return reads.boundaries;
  const [path, options] = queryKey as [unknown, { input?: unknown; type?: unknown } | undefined];
  if (!Array.isArray(path) || options?.type !== 'query') return null;
  const client = getUntypedClient(reads.trpcClient);
  return () => client.query(path.join('.'), options.input);
}

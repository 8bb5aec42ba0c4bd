/**
 * The first page a signed-in person opens comes rendered, with its data (issue 14): the browser
 * paints the table as soon as the HTML arrives, before the app's code has loaded, then hydrates it.
 * The render is the client's own (dist/ssr, built from client/src/entry-server.tsx); its reads call
 * the tRPC procedures in-process with the reader's context, so the same permissions hold. Without a
 * server build, or if the render fails, the bare app is sent and the browser renders as before.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createTRPCClient, unstable_localLink } from '@trpc/client';
import type { Response } from 'express';
import { isAppPath } from '../../shared/app-paths.ts';
import { readBoundaries } from '../api/boundaries.ts';
import type { Db } from '../db/client.ts';
import { logError } from '../logging.ts';
import { createContextFactory } from '../trpc/context.ts';
import { logUnexpectedTrpcError } from '../trpc/log-unexpected.ts';
import { type AppRouter, appRouter } from '../trpc/router.ts';

type ServerEntry = typeof import('../../client/src/entry-server.tsx');

export const SERVER_ENTRY = path.resolve(import.meta.dirname, '../../dist/ssr/entry-server.js');

const EMPTY_ROOT = '<div id="root"></div>';

/** The page's HTML and status, an address to send the reader to, or null to send the bare app. */
export type FirstPageRenderer = (
  url: string,
  response: Response,
) => Promise<{ html: string; status: number } | { redirectTo: string } | null>;

/**
 * A function giving the rendered page's HTML for `url`, or null when the bare `template` should go
 * (no server build). `template` is the built index.html.
 */
export function createFirstPageRenderer(
  template: string,
  db: Db,
  readDb: Db,
  now: () => Date,
): FirstPageRenderer {
  if (!fs.existsSync(SERVER_ENTRY)) return async () => null;
  if (!template.includes(EMPTY_ROOT)) {
    logError('render', new Error(`index.html sem ${EMPTY_ROOT}: as páginas vão sem o render do servidor.`));
    return async () => null;
  }
  let entry: Promise<ServerEntry> | undefined;
  const createContext = createContextFactory(db, readDb, now);
  return async (url, response) => {
    entry ??= import(SERVER_ENTRY) as Promise<ServerEntry>;
    const trpcClient = createTRPCClient<AppRouter>({
      links: [
        unstable_localLink({
          router: appRouter,
          createContext: async () => createContext({ res: response }),
          onError: logUnexpectedTrpcError,
        }),
      ],
    });
    try {
      const page = await (await entry).renderFirstPage(url, {
        trpcClient,
        boundaries: readBoundaries,
        onError: (error) => logError(`render ${url}`, error),
      });
      // Only to a path of this app: `//other.site/x?territorio=510340` must not become a redirect there.
      if ('redirectTo' in page) return isAppPath(page.redirectTo) ? page : null;
      // A function, not a string: `$&` or `$'` in the page's text must stay as written.
      const html = template.replace(
        EMPTY_ROOT,
        () => `<div id="root">${page.rootHtml}</div>${page.stateHtml}`,
      );
      return { html, status: page.status };
    } catch (error) {
      logError(`render ${url}`, error);
      return null;
    }
  };
}

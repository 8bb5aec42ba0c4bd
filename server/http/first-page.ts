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
import { authOf } from './authenticate.ts';

type ServerEntry = typeof import('../../client/src/entry-server.tsx');
type FirstPage = Awaited<ReturnType<ServerEntry['renderFirstPage']>>;

export const SERVER_ENTRY = path.resolve(import.meta.dirname, '../../dist/ssr/entry-server.js');

const EMPTY_ROOT = '<div id="root"></div>';

/**
 * Sends the page at `url` to a signed-in reader: rendered with its data, redirected to its one
 * address, or as the bare app (no server build, or the render failed).
 */
export type FirstPageSender = (url: string, response: Response) => Promise<void>;

/** Who reads, for the server's render to remember what each address read for them. */
function readerOf(response: Response): string {
  const auth = authOf(response);
  return auth.kind === 'user' ? `usuário ${auth.user.id}` : auth.kind;
}

/** The bare app names the assets of the current build: the browser asks again every time. */
export function sendBareApp(response: Response, template: string): void {
  response.set('Cache-Control', 'public, max-age=0').type('html').send(template);
}

/**
 * The sender of the rendered first page. `template` is the built index.html. The status and the page's
 * head go as soon as the render knows them, before the page's reads (ServerReads.onStatus): on a cold
 * open the browser starts its new page and fetches the styles and the app's code meanwhile, which
 * would otherwise wait for the whole render (issue 14).
 */
export function createFirstPageSender(
  template: string,
  db: Db,
  readDb: Db,
  now: () => Date,
): FirstPageSender {
  const rootAt = template.indexOf(EMPTY_ROOT);
  if (!fs.existsSync(SERVER_ENTRY) || rootAt === -1) {
    if (rootAt === -1)
      logError('render', new Error(`index.html sem ${EMPTY_ROOT}: as páginas vão sem o render do servidor.`));
    return async (_url, response) => sendBareApp(response, template);
  }
  const head = template.slice(0, rootAt);
  const tail = template.slice(rootAt + EMPTY_ROOT.length);
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
    // The page carries the reader's own data: as the API's answers, no cache keeps it.
    const sendHead = (status: number) => {
      response.status(status).set('Cache-Control', 'no-store').type('html');
      response.write(head);
      response.flush();
    };
    let page: FirstPage | null;
    try {
      page = await (await entry).renderFirstPage(url, {
        trpcClient,
        reader: readerOf(response),
        boundaries: readBoundaries,
        onError: (error) => logError(`render ${url}`, error),
        onStatus: sendHead,
      });
    } catch (error) {
      logError(`render ${url}`, error);
      page = null;
    }
    if (page !== null && 'rootHtml' in page) {
      if (!response.headersSent) sendHead(page.status);
      response.end(`<div id="root">${page.rootHtml}</div>${page.stateHtml}${tail}`);
      return;
    }
    // Only to a path of this app: `//other.site/x?territorio=510340` must not become a redirect there.
    const redirectTo = page !== null && isAppPath(page.redirectTo) ? page.redirectTo : null;
    if (!response.headersSent) {
      if (redirectTo !== null) response.redirect(redirectTo);
      else sendBareApp(response, template);
      return;
    }
    // The head has gone: the browser renders the page itself (and follows a redirect there).
    if (redirectTo !== null)
      logError(`render ${url}`, new Error('Redirecionamento depois do status enviado.'));
    response.end(`${EMPTY_ROOT}${tail}`);
  };
}

import fs from 'node:fs';
import path from 'node:path';
import { createExpressMiddleware } from '@trpc/server/adapters/express';
import compression from 'compression';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { TRPC_MAX_BATCH, TRPC_MAX_BODY_BYTES } from '../shared/trpc-limits.ts';
import { createImportRouter } from './api/imports.ts';
import { createSessionRouter } from './api/session.ts';
import { apiErrorHandler, createApiV1Router } from './api/v1.ts';
import { type Db, isDbReachable } from './db/client.ts';
import { AppError, HTTP_STATUS } from './errors.ts';
import { authenticate, authOf, requireApiAccess } from './http/authenticate.ts';
import { createFirstPageSender, sendBareApp } from './http/first-page.ts';
import { readPageTemplate } from './http/page-template.ts';
import { requireSameOrigin } from './http/same-origin.ts';
import { keepSharedAnswers } from './http/shared-answers.ts';
import { logError } from './logging.ts';
import { createContextFactory } from './trpc/context.ts';
import { logUnexpectedTrpcError } from './trpc/log-unexpected.ts';
import { appRouter } from './trpc/router.ts';

export const CLIENT_DIR = path.resolve(import.meta.dirname, '../dist/client');

export type AppOptions = {
  now: () => Date;
  isProduction: boolean;
  /**
   * Where sessions and tokens are looked up: `readDb`, unless reads go to a replica, which may lag
   * behind a login, a logout or a revoked token; then the primary.
   */
  sessionDb?: Db;
};

/** The pages anyone may load: the login page itself (its script and styles are public too). */
const PUBLIC_PAGES = new Set(['/login']);

/** Text inside the fallback page: never markup. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** `db` writes; `readDb` serves pages and the read API (see createReadDb). */
export function createApp(db: Db, readDb: Db, options: AppOptions): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          // recharts positions its tooltip with inline styles; no inline scripts anywhere.
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
          'upgrade-insecure-requests': options.isProduction ? [] : null,
        },
      },
      strictTransportSecurity: options.isProduction,
    }),
  );

  // gzip or brotli for every answer worth it: the client's JS, tRPC's figures, the boundaries.
  app.use(compression());

  app.get('/health', async (_request, response) => {
    const isReachable = await isDbReachable(readDb);
    response
      .status(isReachable ? 200 : 503)
      .json({ status: isReachable ? 'ok' : 'banco de dados indisponível' });
  });

  // The built client's files are the same for everyone (the login page needs them): served before
  // the session is read, so a page's scripts and styles cost no session lookup each.
  const hasClient = fs.existsSync(CLIENT_DIR);
  if (hasClient) {
    const serveClient = express.static(CLIENT_DIR, {
      index: false,
      maxAge: '1h',
      // Vite names what it builds in assets/ after its content: a new build is a new name.
      setHeaders(response, filePath) {
        if (filePath.includes(`${path.sep}assets${path.sep}`))
          response.set('Cache-Control', 'public, max-age=31536000, immutable');
      },
    });
    // Only the addresses of the files the build wrote go to the disk: an API call or a page would
    // otherwise cost a file lookup each, in the thread pool SQLite's reads wait in (a new build
    // comes with a restart).
    const clientFiles = new Set(
      fs
        .readdirSync(CLIENT_DIR, { recursive: true, encoding: 'utf8' })
        .filter((file) => fs.statSync(path.join(CLIENT_DIR, file)).isFile())
        .map((file) => `/${file.split(path.sep).join('/')}`),
    );
    app.use((request, response, next) => {
      if (!clientFiles.has(request.path)) {
        next();
        return;
      }
      // The build wrote each script and style compressed beside it (vite.config.ts): sent as they are.
      // Brotli whenever the reader takes it (browsers list gzip first, yet brotli is smaller).
      const encoding = ['br', 'gzip'].find((name) => request.acceptsEncodings(name) === name);
      const compressed = `${request.path}${encoding === 'br' ? '.br' : '.gz'}`;
      if (encoding && clientFiles.has(compressed)) {
        response.set({ 'Content-Encoding': encoding, Vary: 'Accept-Encoding' });
        response.type(path.extname(request.path));
        request.url = compressed;
      }
      serveClient(request, response, next);
    });
    // A script or style that is not there (an old tab asking for the file of a previous build) is
    // a 404: answering the page instead would hand the browser HTML where it expects JavaScript.
    app.get('/assets/{*file}', (_request, response) => {
      response.status(404).type('text/plain').send('Arquivo não encontrado.');
    });
  }

  app.use(authenticate(db, options.sessionDb ?? readDb, options.now));
  // What a signed-in person reads is theirs: no shared or browser cache keeps it (the map's
  // boundaries set their own, private, caching).
  app.use(['/api', '/trpc'], (_request, response, next) => {
    response.set('Cache-Control', 'no-store');
    next();
  });
  app.use(['/api', '/trpc'], requireSameOrigin);
  app.use('/trpc', keepSharedAnswers(readDb, options.now));

  app.use(
    '/trpc',
    createExpressMiddleware({
      router: appRouter,
      createContext: createContextFactory(db, readDb, options.now),
      // The largest honest call (a page of the entry grid, a meeting's ata) is well under these.
      maxBodySize: TRPC_MAX_BODY_BYTES,
      maxBatchSize: TRPC_MAX_BATCH,
      onError: logUnexpectedTrpcError,
    }),
  );
  app.use('/api/v1', createSessionRouter(db, options));
  app.use('/api/v1/imports', requireApiAccess, createImportRouter(db, options));
  app.use('/api/v1', requireApiAccess, createApiV1Router(readDb, options.now));
  app.use('/api', (_request, _response, next) =>
    next(new AppError('NOT_FOUND', 'Endereço da API não encontrado.')),
  );
  app.use('/api', apiErrorHandler);

  // Every other path is a page of the single-page app, behind the login.
  if (hasClient) {
    const template = readPageTemplate(CLIENT_DIR);
    const sendFirstPage = createFirstPageSender(template, db, readDb, options.now);
    app.get('/{*page}', async (request, response) => {
      if (authOf(response).kind !== 'user') {
        if (PUBLIC_PAGES.has(request.path)) sendBareApp(response, template);
        else response.redirect(`/login?proximo=${encodeURIComponent(request.originalUrl)}`);
        return;
      }
      await sendFirstPage(request.originalUrl, response);
    });
  }
  // Last resort for page addresses (e.g. a malformed %-escape): a Portuguese page, never a stack trace.
  // A refusal (AppError, e.g. a bad bearer token on /trpc or a page) keeps its status and sentence.
  app.use((error: unknown, request: Request, response: Response, _next: NextFunction) => {
    const status =
      error instanceof AppError ? HTTP_STATUS[error.code] : (error as { status?: unknown }).status;
    const isClientError = typeof status === 'number' && status >= 400 && status < 500;
    if (!isClientError) logError(request.path, error);
    const message =
      error instanceof AppError
        ? error.message
        : isClientError
          ? 'Endereço inválido.'
          : 'Erro interno do servidor.';
    response.status(isClientError ? status : 500);
    if (request.path.startsWith('/trpc')) {
      response.json({ error: { message } });
      return;
    }
    response
      .type('html')
      .send(
        `<!doctype html><html lang="pt-BR"><meta charset="utf-8"><title>Painel SAS</title>` +
          `<p>${escapeHtml(message)} <a href="/">Voltar ao painel</a></p></html>`,
      );
  });
  return app;
}

import fs from 'node:fs';
import path from 'node:path';
import { createExpressMiddleware } from '@trpc/server/adapters/express';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { createImportRouter } from './api/imports.ts';
import { createSessionRouter } from './api/session.ts';
import { apiErrorHandler, createApiV1Router } from './api/v1.ts';
import { type Db, isDbReachable } from './db/client.ts';
import { AppError } from './errors.ts';
import { authenticate, authOf, requireApiAccess } from './http/authenticate.ts';
import { createContextFactory } from './trpc/context.ts';
import { appRouter } from './trpc/router.ts';

export const CLIENT_DIR = path.resolve(import.meta.dirname, '../dist/client');

export type AppOptions = { now: () => Date; isProduction: boolean };

/** The pages anyone may load: the login page itself (its script and styles are public too). */
const PUBLIC_PAGES = new Set(['/login']);

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

  app.get('/health', async (_request, response) => {
    const isReachable = await isDbReachable(readDb);
    response
      .status(isReachable ? 200 : 503)
      .json({ status: isReachable ? 'ok' : 'banco de dados indisponível' });
  });

  app.use(authenticate(db, readDb, options.now));

  app.use(
    '/trpc',
    createExpressMiddleware({
      router: appRouter,
      createContext: createContextFactory(db, readDb, options.now),
      onError({ error, path }) {
        // The user reads a generic sentence; the detail of unexpected errors goes to the log.
        if (error.code === 'INTERNAL_SERVER_ERROR') console.error(`tRPC ${path ?? ''}:`, error);
      },
    }),
  );
  app.use('/api/v1', createSessionRouter(db, options));
  app.use('/api/v1/imports', requireApiAccess, createImportRouter(db, options));
  app.use('/api/v1', requireApiAccess, createApiV1Router(readDb, options.now));
  app.use('/api', (_request, _response, next) =>
    next(new AppError('NOT_FOUND', 'Endereço da API não encontrado.')),
  );
  app.use('/api', apiErrorHandler);

  // The built client; every other path is a page of the single-page app, behind the login.
  if (fs.existsSync(CLIENT_DIR)) {
    app.use(express.static(CLIENT_DIR, { index: false, maxAge: '1h' }));
    app.get('/{*page}', (request, response) => {
      if (authOf(response).kind !== 'user' && !PUBLIC_PAGES.has(request.path)) {
        response.redirect(`/login?proximo=${encodeURIComponent(request.originalUrl)}`);
        return;
      }
      response.sendFile(path.join(CLIENT_DIR, 'index.html'), { maxAge: 0 });
    });
  }
  // Last resort for page addresses (e.g. a malformed %-escape): a Portuguese page, never a stack trace.
  app.use((error: unknown, _request: Request, response: Response, _next: NextFunction) => {
    const status = (error as { status?: unknown }).status;
    const isClientError = typeof status === 'number' && status >= 400 && status < 500;
    if (!isClientError) console.error(error);
    response
      .status(isClientError ? status : 500)
      .type('html')
      .send(
        `<!doctype html><html lang="pt-BR"><meta charset="utf-8"><title>Painel SAS</title>` +
          `<p>${isClientError ? 'Endereço inválido.' : 'Erro interno do servidor.'} <a href="/">Voltar ao painel</a></p></html>`,
      );
  });
  return app;
}

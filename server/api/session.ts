/**
 * Opening and closing a session. The login page and scripts use the same endpoint, so both get
 * the same httpOnly cookie.
 */
import express from 'express';
import { inputErrorMessage, z } from '../../shared/schemas/zod-locale.ts';
import type { AppOptions } from '../app.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../errors.ts';
import { authOf } from '../http/authenticate.ts';
import { clearSessionCookie, readSessionToken, setSessionCookie } from '../http/session-cookie.ts';
import { logIn, logOut } from '../services/auth.ts';

export const ZLoginSchema = z.object({
  username: z.string({ error: 'Informe o usuário.' }).trim().min(1, 'Informe o usuário.').max(80),
  password: z.string({ error: 'Informe a senha.' }).min(1, 'Informe a senha.').max(200),
});

export function createSessionRouter(db: Db, options: AppOptions): express.Router {
  const router = express.Router();
  router.use(express.json({ limit: '10kb' }));

  router.post('/login', async (request, response) => {
    const body = ZLoginSchema.safeParse(request.body);
    if (!body.success) throw new AppError('BAD_REQUEST', inputErrorMessage(body.error));
    const { token, user } = await logIn(db, {
      ...body.data,
      address: request.ip ?? 'desconhecido',
      now: options.now(),
    });
    setSessionCookie(response, token, options.isProduction);
    response.json({ user });
  });

  router.post('/logout', async (request, response) => {
    const token = readSessionToken(request);
    if (token) await logOut(db, token);
    clearSessionCookie(response, options.isProduction);
    response.json({ ok: true });
  });

  router.get('/me', (_request, response) => {
    const auth = authOf(response);
    if (auth.kind !== 'user') throw new AppError('UNAUTHORIZED', 'Nenhuma sessão aberta.');
    response.json({ user: auth.user });
  });

  return router;
}

/**
 * Who is calling: a session cookie (people) or a read-only bearer token (spreadsheets, BI).
 * Puts the result in `response.locals.auth`; the gates below and every procedure read it.
 */
import type { NextFunction, Request, Response } from 'express';
import type { Db } from '../db/client.ts';
import { AppError } from '../errors.ts';
import { type AuthenticatedUser, apiTokenIsValid } from '../services/auth.ts';
import { withRequestRevision } from '../services/figure-cache.ts';
import { createSessionCheck } from './session-check.ts';
import { readSessionToken } from './session-cookie.ts';

export type Auth = { kind: 'user'; user: AuthenticatedUser } | { kind: 'api-token' } | { kind: 'anonymous' };

export function authOf(response: Response): Auth {
  return (response.locals.auth as Auth | undefined) ?? { kind: 'anonymous' };
}

/** `sessionDb` reads sessions and tokens (see AppOptions); `db` records a token's last use. */
export function authenticate(db: Db, sessionDb: Db, now: () => Date) {
  const checkSession = createSessionCheck(sessionDb, now);
  return async (request: Request, response: Response, next: NextFunction) => {
    const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    if (bearer) {
      response.locals.auth = (await apiTokenIsValid(sessionDb, db, bearer, now()))
        ? { kind: 'api-token' }
        : { kind: 'anonymous' };
      if (response.locals.auth.kind === 'anonymous') {
        next(new AppError('UNAUTHORIZED', 'Token de acesso inválido ou revogado.'));
        return;
      }
      next();
      return;
    }
    const token = readSessionToken(request);
    const session = token ? await checkSession(token) : null;
    if (!session) {
      response.locals.auth = { kind: 'anonymous' };
      next();
      return;
    }
    response.locals.auth = { kind: 'user', user: session.user };
    // A read takes its figures as of the revision just read; a write reads it again after writing.
    if (request.method === 'GET' || request.method === 'HEAD')
      withRequestRevision(sessionDb, session.dataRevision, next);
    else next();
  };
}

/** The REST API: a session, or a read token for GET requests only. */
export function requireApiAccess(request: Request, response: Response, next: NextFunction): void {
  const auth = authOf(response);
  if (auth.kind === 'anonymous') {
    next(new AppError('UNAUTHORIZED', 'Entre no painel (POST /api/v1/login) ou envie um token de acesso.'));
    return;
  }
  if (auth.kind === 'api-token' && request.method !== 'GET') {
    next(
      new AppError('FORBIDDEN', 'Tokens de acesso só leem dados; para alterar, entre com usuário e senha.'),
    );
    return;
  }
  next();
}

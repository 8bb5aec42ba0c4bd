import { parse, serialize } from 'cookie';
import type { Request, Response } from 'express';
import { SESSION_HOURS } from '../services/auth.ts';

export const SESSION_COOKIE = 'painel_sessao';

export function readSessionToken(request: Request): string | null {
  const header = request.headers.cookie;
  if (!header) return null;
  return parse(header)[SESSION_COOKIE] ?? null;
}

/** httpOnly (scripts cannot read it), SameSite=Lax (not sent by other sites' forms), Secure in production. */
export function setSessionCookie(response: Response, token: string, isProduction: boolean): void {
  response.append(
    'Set-Cookie',
    serialize(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: isProduction,
      path: '/',
      maxAge: SESSION_HOURS * 3600,
    }),
  );
}

export function clearSessionCookie(response: Response, isProduction: boolean): void {
  response.append(
    'Set-Cookie',
    serialize(SESSION_COOKIE, '', {
      httpOnly: true,
      sameSite: 'lax',
      secure: isProduction,
      path: '/',
      maxAge: 0,
    }),
  );
}

/**
 * Changes come only from the panel's own pages (or from scripts, which send no Origin). A browser
 * says where a request comes from in `Sec-Fetch-Site` or, in older browsers, `Origin`; a post
 * from another site is refused even where SameSite=Lax cookies would not protect us.
 */
import type { NextFunction, Request, Response } from 'express';
import { AppError } from '../errors.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function comesFromElsewhere(request: Request): boolean {
  const site = request.get('sec-fetch-site');
  if (site) return site !== 'same-origin' && site !== 'none';
  const origin = request.get('origin');
  if (origin === undefined) return false;
  try {
    return new URL(origin).host !== request.host;
  } catch {
    return true; // "null" (a sandboxed page, a file) or garbage
  }
}

export function requireSameOrigin(request: Request, _response: Response, next: NextFunction): void {
  if (SAFE_METHODS.has(request.method) || !comesFromElsewhere(request)) {
    next();
    return;
  }
  next(new AppError('FORBIDDEN', 'Pedido vindo de outro site recusado: use o painel pelo endereço dele.'));
}

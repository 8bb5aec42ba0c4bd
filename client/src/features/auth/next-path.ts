import { isAppPath } from '../../../../shared/app-paths.ts';
import { type HomeActor, homePath, PANEL_PATH } from '../../../../shared/domain/home.ts';

/** Where to go after login: only a path of this site (never `//other.site` or a full URL). */
export function safeNextPath(next: string | null): string {
  if (next === null || !isAppPath(next)) return '/';
  if (next.startsWith('/login')) return '/';
  return next;
}

/**
 * After login: back to the page the user was sent from, or their home when no page was asked. The
 * server sends a typed or bookmarked bare address to the login as `proximo=/`: that is "the app", not
 * the Painel in particular, so it lands on the home too (a `/?ano=2025` link names the Painel).
 */
export function pathAfterLogin(next: string | null, user: HomeActor): string {
  const path = safeNextPath(next);
  return path === PANEL_PATH ? homePath(user) : path;
}

export function loginPath(currentPath: string): string {
  return `/login?proximo=${encodeURIComponent(currentPath)}`;
}

/** Where to go after login: only a path of this site (never `//other.site` or a full URL). */
export function safeNextPath(next: string | null): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next.startsWith('/login')) return '/';
  return next;
}

export function loginPath(currentPath: string): string {
  return `/login?proximo=${encodeURIComponent(currentPath)}`;
}

/**
 * Where a user starts (issue 17, item 3): like DHIS2's and ClearPoint's own dashboards, each role
 * opens on what it works on, and the Painel stays one click away ("Painel" in the menu).
 */
import type { Actor } from './permissions.ts';

/** What the home depends on: the role and, for a gestor regional, the territories they read. */
export type HomeActor = Pick<Actor, 'role' | 'territoryCodes'>;

export const PANEL_PATH = '/';
/** The coordenadoria's list of what it owes (the Pendências page). */
export const PENDING_PATH = '/pendencias';

/**
 * The territory a gestor regional reads first: the highest of their scopes (a macrorregião before a
 * região), the lowest code among equals. IBGE's codes grow by a digit per level down (macro 4, região
 * 5, as `normalizeTerritoryCode` relies on too), so the shortest code is the highest level; the order
 * does not depend on the order the administrator ticked the scopes in.
 */
export function homeTerritoryCode(actor: HomeActor): string | null {
  if (actor.role !== 'regional') return null;
  const [first] = [...actor.territoryCodes].sort((a, b) => a.length - b.length || a.localeCompare(b));
  return first ?? null;
}

/** The page a user lands on after login or when opening the app's address. */
export function homePath(actor: HomeActor): string {
  switch (actor.role) {
    case 'regional': {
      const code = homeTerritoryCode(actor);
      // A gestor regional without a territory reads only the state: the Painel is theirs.
      return code ? `/territorio/${encodeURIComponent(code)}` : PANEL_PATH;
    }
    case 'coordination':
      return PENDING_PATH;
    case 'admin':
    case 'superintendence':
      return PANEL_PATH;
  }
}

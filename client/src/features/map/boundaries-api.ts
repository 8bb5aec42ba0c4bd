/**
 * The município polygons come from `GET /api/v1/boundaries` (REST, so the browser can keep the
 * 77 KB file in its HTTP cache; it is not bundled with the client).
 */

import type { MunicipalityTopology } from '../../../../shared/domain/boundaries.ts';
import { loginPath } from '../auth/next-path.ts';

const BOUNDARIES_URL = '/api/v1/boundaries';

export class BoundariesError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BoundariesError';
  }
}

/** Checks the part of the file the map reads: a topology with a `municipios` collection. */
export function isMunicipalityTopology(body: unknown): body is MunicipalityTopology {
  if (typeof body !== 'object' || body === null) return false;
  const { type, arcs, objects } = body as Record<string, unknown>;
  if (type !== 'Topology' || !Array.isArray(arcs) || typeof objects !== 'object' || objects === null)
    return false;
  const municipios = (objects as Record<string, unknown>).municipios;
  return (
    typeof municipios === 'object' &&
    municipios !== null &&
    (municipios as Record<string, unknown>).type === 'GeometryCollection' &&
    Array.isArray((municipios as Record<string, unknown>).geometries)
  );
}

export async function fetchBoundaries(): Promise<MunicipalityTopology> {
  let response: Response;
  try {
    response = await fetch(BOUNDARIES_URL);
  } catch {
    // A plain error: a dropped connection is worth retrying, an answer of the server is not.
    throw new Error(
      'Não foi possível falar com o servidor para carregar o contorno dos municípios. Verifique a conexão e tente novamente.',
    );
  }
  if (response.status === 401) {
    // The session ended: log in again and come back to this page.
    window.location.assign(loginPath(`${window.location.pathname}${window.location.search}`));
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok || !isMunicipalityTopology(body))
    throw new BoundariesError(
      `O contorno dos municípios não pôde ser carregado (resposta ${response.status} do servidor). Tente novamente.`,
    );
  return body;
}

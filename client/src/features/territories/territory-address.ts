import { normalizeTerritoryCode } from '../../../../shared/domain/territory.ts';
import { TERRITORY_PARAM } from '../../lib/url.ts';

const TERRITORY_PATH = 'territorio';

const isNormalized = (code: string | null | undefined) => !code || normalizeTerritoryCode(code) === code;

/**
 * A page asked with a município's DATASUS 6-digit código (`/territorio/510340`, `…/resumo`,
 * `?territorio=510340`) has one address, with IBGE's 7 digits, so links, bookmarks and the
 * browser's history agree: that address, or null when the código already is IBGE's.
 */
export function canonicalTerritoryAddress(pathname: string, search: string): string | null {
  const segments = pathname.split('/');
  const params = new URLSearchParams(search);
  const inPath = segments[1] === TERRITORY_PATH ? segments[2] : undefined;
  const inSearch = params.get(TERRITORY_PARAM);
  if (isNormalized(inPath) && isNormalized(inSearch)) return null;
  if (inPath) segments[2] = normalizeTerritoryCode(inPath);
  if (inSearch) params.set(TERRITORY_PARAM, normalizeTerritoryCode(inSearch));
  const query = params.toString();
  return query ? `${segments.join('/')}?${query}` : segments.join('/');
}

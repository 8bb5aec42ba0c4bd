/**
 * Which columns the matrix shows, from its address: the 6 macrorregiões; `?macro=` the regiões of
 * one macro; `?regiao=` the municípios of one região. Kept in the URL so a view can be shared.
 */
import { pathWithSearch, type SearchValues } from '../../lib/url.ts';

export const MACRO_PARAM = 'macro';
export const REGION_PARAM = 'regiao';

export type MatrixScope =
  | { level: 'macro'; territoryCode?: undefined }
  | { level: 'region'; territoryCode: string }
  | { level: 'municipality'; territoryCode: string };

export function readMatrixScope(search: URLSearchParams): MatrixScope {
  const region = search.get(REGION_PARAM)?.trim();
  if (region) return { level: 'municipality', territoryCode: region };
  const macro = search.get(MACRO_PARAM)?.trim();
  if (macro) return { level: 'region', territoryCode: macro };
  return { level: 'macro' };
}

/** The matrix one level down from a column: a macro's regiões, a região's municípios. */
export function drillPath(scope: MatrixScope, columnCode: string, values: SearchValues): string | null {
  if (scope.level === 'macro') return pathWithSearch('/matriz', { ...values, [MACRO_PARAM]: columnCode });
  if (scope.level === 'region')
    return pathWithSearch('/matriz', {
      ...values,
      [MACRO_PARAM]: scope.territoryCode,
      [REGION_PARAM]: columnCode,
    });
  return null;
}

/** Column headers and the download's file, in the users' words. */
export const LEVEL_WORDS: Record<MatrixScope['level'], { columns: string; api: string }> = {
  macro: { columns: 'macrorregiões', api: 'macro' },
  region: { columns: 'regiões de saúde', api: 'region' },
  municipality: { columns: 'municípios', api: 'municipality' },
};

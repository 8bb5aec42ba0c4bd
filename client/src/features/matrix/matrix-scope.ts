/**
 * Which columns the matrix shows, from its address: the 6 macrorregiões; `?macro=` the regiões of
 * one macro; `?regiao=` the municípios of one região. Kept in the URL so a view can be shared.
 */
import { LEVEL_LABELS, type TerritoryLevel } from '../../../../shared/domain/indicator.ts';
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

/** The address values that ask for a scope (the inverse of `readMatrixScope`). */
export function scopeSearch(scope: MatrixScope): SearchValues {
  if (scope.level === 'region') return { [MACRO_PARAM]: scope.territoryCode };
  if (scope.level === 'municipality') return { [REGION_PARAM]: scope.territoryCode };
  return {};
}

/** The matrix on A4, for the same scope; `values` carry the year and whether to print at once. */
export function matrixPrintPath(scope: MatrixScope, values: SearchValues): string {
  return pathWithSearch('/matriz/imprimir', { ...values, ...scopeSearch(scope) });
}

/** Column headers and the download's file, in the users' words. */
export const LEVEL_WORDS: Record<MatrixScope['level'], { columns: string; api: string }> = {
  macro: { columns: 'macrorregiões', api: 'macro' },
  region: { columns: 'regiões de saúde', api: 'region' },
  municipality: { columns: 'municípios', api: 'municipality' },
};

type Place = { code: string; name: string; level: TerritoryLevel };

/** The level a scope's territory must have: `?macro=` a macrorregião, `?regiao=` a região. */
const CONTAINER_LEVEL = { region: 'macro', municipality: 'region' } as const;
const CONTAINER_WORDS = { macro: 'uma macrorregião', region: 'uma região de saúde' } as const;

/**
 * What is wrong with the address, said before asking the server: a code of the wrong level (a
 * município given as `?macro=`). A code not in the reader's tree is left to the server, which says
 * whether it does not exist or is not theirs.
 */
export function scopeProblem(scope: MatrixScope, places: ReadonlyMap<string, Place>): string | null {
  if (scope.level === 'macro') return null;
  const place = places.get(scope.territoryCode);
  const expected = CONTAINER_LEVEL[scope.level];
  if (!place || place.level === expected) return null;
  return `“${scope.territoryCode}” não é ${CONTAINER_WORDS[expected]}: é ${place.name} (${LEVEL_LABELS[place.level]}).`;
}

/** What the columns are, as a printed matrix names its territory. */
export function scopeTitle(scope: MatrixScope, places: ReadonlyMap<string, Place>): string {
  const inside = scope.territoryCode ? (places.get(scope.territoryCode)?.name ?? scope.territoryCode) : '';
  if (scope.level === 'region') return `Regiões de saúde da ${inside}`;
  if (scope.level === 'municipality') return `Municípios da região de saúde ${inside}`;
  return 'Macrorregiões de saúde de Mato Grosso';
}

/** The page's first lines: what a row, a column and a cell are, here. */
export function matrixIntro(scope: MatrixScope, places: ReadonlyMap<string, Place>): string {
  const inside = scope.territoryCode ? places.get(scope.territoryCode)?.name : undefined;
  const columns =
    scope.level === 'macro'
      ? 'uma das macrorregiões de saúde de Mato Grosso'
      : scope.level === 'region'
        ? `uma das regiões de saúde da ${inside ?? 'macrorregião'}`
        : `um município da região de saúde ${inside ?? ''}`.trimEnd();
  const drill =
    scope.level === 'municipality' ? '' : ', ou no nome de uma coluna para ver o que há dentro dela';
  return (
    `Cada linha é um indicador do plano; cada coluna, ${columns}, com o estado ao lado para comparar. ` +
    `A cor e o símbolo dizem a situação diante da meta. Clique numa célula para abrir o indicador naquele território${drill}. ` +
    'Com o teclado, Tab leva à grade e as setas movem entre as células.'
  );
}

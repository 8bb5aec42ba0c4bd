/** Filters live in the URL so a view can be shared as a link. */
export const YEAR_PARAM = 'ano';
export const TERRITORY_PARAM = 'territorio';
/** `?imprimir=1` on a print page: the print dialog opens once the document is ready. */
export const PRINT_PARAM = 'imprimir';

import { pathWithSearch, type SearchValues } from '../../../shared/app-paths.ts';

export { pathWithSearch, type SearchValues };

export function indicatorPath(code: string, values: SearchValues = {}): string {
  return pathWithSearch(`/indicador/${encodeURIComponent(code)}`, values);
}

export function territoryPath(code: string, values: SearchValues = {}): string {
  return pathWithSearch(`/territorio/${encodeURIComponent(code)}`, values);
}

/** The printable one-page brief of a macrorregião or região. */
export function briefPath(code: string, values: SearchValues = {}): string {
  return pathWithSearch(`/territorio/${encodeURIComponent(code)}/resumo`, values);
}

/** The read API's file (CSV or XLSX) of one indicator's figures for a level and year: every row. */
export function figuresFilePath(code: string, level: string, year: number, format: 'csv' | 'xlsx'): string {
  return `/api/v1/indicators/${encodeURIComponent(code)}/values?${new URLSearchParams({ level, year: String(year), format })}`;
}

/** The read API's file of the indicator page's table of municípios, as it shows (search and order). */
export function municipalityTableFilePath(
  code: string,
  table: { year: number; search: string; sort: string; direction: string },
  format: 'csv' | 'xlsx',
): string {
  const params = new URLSearchParams({
    year: String(table.year),
    sort: table.sort,
    direction: table.direction,
  });
  if (table.search.trim()) params.set('search', table.search.trim());
  params.set('format', format);
  return `/api/v1/indicators/${encodeURIComponent(code)}/municipalities?${params}`;
}

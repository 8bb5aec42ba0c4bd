/**
 * Where the Painel goes when it leaves the screen: the REST scorecard of the state (the rows the
 * Painel shows, one per indicator) as CSV or XLSX, and its A4 page.
 */
import { PRINT_PARAM, pathWithSearch, YEAR_PARAM } from '../../lib/url.ts';

const SCORECARD_PRINT_PATH = '/painel/imprimir';

/** `painel-estado-AAAA.csv|xlsx`, named by the server. */
export function scorecardFilePath(year: number, format: 'csv' | 'xlsx'): string {
  return pathWithSearch('/api/v1/scorecard', { year, level: 'state', format });
}

/** The Painel on A4, opening the print dialog once it is drawn. */
export function scorecardPrintPath(year: number): string {
  return pathWithSearch(SCORECARD_PRINT_PATH, { [YEAR_PARAM]: year, [PRINT_PARAM]: 1 });
}

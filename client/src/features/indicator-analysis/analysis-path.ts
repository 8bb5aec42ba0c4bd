import { pathWithSearch } from '../../lib/url.ts';
import { MONTH_PARAM } from '../actions/action-search.ts';

export const ANALYSIS_ANCHOR = 'analise';

/** The indicator page at its analysis card, for one month (`?mes=`). */
export function analysisPath(code: string, month: string): string {
  return `${pathWithSearch(`/indicador/${encodeURIComponent(code)}`, { [MONTH_PARAM]: month })}#${ANALYSIS_ANCHOR}`;
}

/** "4.7.2, 1.3.2" → ["4.7.2", "1.3.2"]: commas, semicolons or spaces between the action codes. */
export function actionCodesOf(text: string): string[] {
  return text.split(/[\s,;]+/).filter(Boolean);
}

/** The planificação page's address: `/planificacao`, or `/planificacao?macro=5104` for one macro. */
import { pathWithSearch } from '../../lib/url.ts';

export const PLANIFICATION_PATH = '/planificacao';
export const MACRO_PARAM = 'macro';

export function planificationPath(macroCode: string | null = null): string {
  return pathWithSearch(PLANIFICATION_PATH, { [MACRO_PARAM]: macroCode });
}

/** The macro asked for in the URL, or null for the overview of the six. */
export function readMacroParam(search: URLSearchParams): string | null {
  return search.get(MACRO_PARAM)?.trim() || null;
}

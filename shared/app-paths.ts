/**
 * The client's addresses that the server writes too (the links in the reminder e-mails): one
 * definition, so a link from an e-mail opens the same page as the same link on screen.
 */

/** The month an action's record form or an indicator's analysis opens on (`?mes=AAAA-MM`). */
export const MONTH_PARAM = 'mes';
export const ANALYSIS_ANCHOR = 'analise';

export type SearchValues = Record<string, string | number | null | undefined>;

/** `path` with the given search params; empty values are left out. */
export function pathWithSearch(path: string, values: SearchValues): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== null && value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

export function actionPath(code: string, month?: string | null): string {
  return pathWithSearch(`/acoes/${encodeURIComponent(code)}`, { [MONTH_PARAM]: month });
}

/** The indicator page at its analysis card, for one month. */
export function analysisPath(code: string, month: string): string {
  return `${pathWithSearch(`/indicador/${encodeURIComponent(code)}`, { [MONTH_PARAM]: month })}#${ANALYSIS_ANCHOR}`;
}

export function meetingPath(month: string): string {
  return `/reunioes/${encodeURIComponent(month)}`;
}

/**
 * A path of this app, never another site (`//host`, `/\host`, a full URL): where the login may send
 * a person back to, and where the server's render of a page may redirect.
 */
export function isAppPath(path: string): boolean {
  return path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\');
}

/**
 * The action plan's views and filters live in the URL (`/acoes?visao=lista&coordenadoria=COAP`), so
 * a view can be shared as a link. The download links carry the same parameters to the read API.
 */

import { actionPath, MONTH_PARAM } from '../../../../shared/app-paths.ts';
import { ACTION_STATUSES, type ActionStatus } from '../../../../shared/domain/action-status.ts';
import type { Role } from '../../../../shared/domain/permissions.ts';
import { pathWithSearch } from '../../lib/url.ts';

export const ACTION_VIEWS = ['arvore', 'lista', 'quadro', 'cronograma', 'minhas'] as const;
export type ActionPlanView = (typeof ACTION_VIEWS)[number];

export const ACTION_VIEW_LABELS: Record<ActionPlanView, string> = {
  arvore: 'Árvore',
  lista: 'Lista',
  quadro: 'Quadro',
  cronograma: 'Cronograma',
  minhas: 'Minhas ações',
};

export const VIEW_PARAM = 'visao';
export { actionPath, MONTH_PARAM };

const PARAMS = {
  coordination: 'coordenadoria',
  status: 'situacao',
  objective: 'objetivo',
  overdue: 'atrasadas',
  dueSoon: 'vencendo',
  search: 'busca',
} as const;

/** The filters of the list, the board and the cronograma, as the page holds them. */
export type ActionFilterValues = {
  coordination: string;
  /** '' for any status; 'none' for "sem informação". */
  status: ActionStatus | 'none' | '';
  objective: string;
  overdue: boolean;
  dueSoon: boolean;
  search: string;
};

export const EMPTY_ACTION_FILTER: ActionFilterValues = {
  coordination: '',
  status: '',
  objective: '',
  overdue: false,
  dueSoon: false,
  search: '',
};

/** The view in the URL; without one, a coordenadoria starts on its own actions, everybody else on the tree. */
export function readActionView(params: URLSearchParams, role: Role | null): ActionPlanView {
  const wanted = params.get(VIEW_PARAM);
  const known = ACTION_VIEWS.find((view) => view === wanted);
  if (known) return known;
  return role === 'coordination' ? 'minhas' : 'arvore';
}

const isStatus = (value: string): value is ActionStatus | 'none' =>
  value === 'none' || (ACTION_STATUSES as readonly string[]).includes(value);

export function readActionFilter(params: URLSearchParams): ActionFilterValues {
  const read = (name: string) => (params.get(name) ?? '').trim();
  const status = read(PARAMS.status);
  return {
    coordination: read(PARAMS.coordination),
    status: isStatus(status) ? status : '',
    objective: read(PARAMS.objective),
    overdue: read(PARAMS.overdue) === '1',
    dueSoon: read(PARAMS.dueSoon) === '1',
    search: read(PARAMS.search),
  };
}

/** The filter's URL parameters (empty ones left out), in the names the page and the read API share. */
export function actionFilterParams(values: ActionFilterValues): Record<string, string | null> {
  return {
    [PARAMS.coordination]: values.coordination.trim() || null,
    [PARAMS.status]: values.status || null,
    [PARAMS.objective]: values.objective.trim() || null,
    [PARAMS.overdue]: values.overdue ? '1' : null,
    [PARAMS.dueSoon]: values.dueSoon ? '1' : null,
    [PARAMS.search]: values.search.trim() || null,
  };
}

/** `current` with the filter replaced (other parameters, such as the view, kept). */
export function withActionFilter(current: URLSearchParams, values: ActionFilterValues): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const [name, value] of Object.entries(actionFilterParams(values))) {
    if (value === null) next.delete(name);
    else next.set(name, value);
  }
  return next;
}

export function hasActionFilter(values: ActionFilterValues): boolean {
  return Object.values(actionFilterParams(values)).some((value) => value !== null);
}

/** The `actionPlan.list` input: only the filters given. */
export function actionListInput(values: ActionFilterValues) {
  const given = (value: string) => value.trim() || undefined;
  return {
    coordination: given(values.coordination),
    status: values.status || undefined,
    objective: given(values.objective),
    overdue: values.overdue || undefined,
    dueSoon: values.dueSoon || undefined,
    search: given(values.search),
  };
}

/** The board's columns are the statuses, so it filters only by coordenadoria and objective. */
export function boardFilter(values: ActionFilterValues): ActionFilterValues {
  return { ...EMPTY_ACTION_FILTER, coordination: values.coordination, objective: values.objective };
}

/** The read API's export of the filtered list (XLSX, or CSV for Excel in Portuguese). */
export function actionsExportPath(values: ActionFilterValues, format: 'csv' | 'xlsx'): string {
  return pathWithSearch('/api/v1/actions', { format, ...actionFilterParams(values) });
}

/** A tab of the page: the same URL with another view (the filters stay for when the user comes back). */
export function actionViewSearch(current: URLSearchParams, view: ActionPlanView): string {
  const next = new URLSearchParams(current);
  next.set(VIEW_PARAM, view);
  return `?${next}`;
}

/** The anchor of the monthly record form on the action's page. */
export const RECORD_ANCHOR = 'registro';

/** The action's page opened at its record form, for `month` ("Registrar" in Minhas ações). */
export function recordPath(code: string, month: string): string {
  return `${actionPath(code, month)}#${RECORD_ANCHOR}`;
}

/** The tree with one strategic action opened (the breadcrumb of an action page leads there). */
export function strategicActionPath(code: string): string {
  return `/acoes?${VIEW_PARAM}=arvore#${strategicAnchor(code)}`;
}

export function strategicAnchor(code: string): string {
  return `ea-${code}`;
}

export function objectiveListPath(objectiveCode: string): string {
  return pathWithSearch('/acoes', { [VIEW_PARAM]: 'lista', [PARAMS.objective]: objectiveCode });
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * A `?mes=AAAA-MM` that is a real month not after `currentMonth`; else `reviewedMonth`, the month the
 * next reunião de condução reviews (what the coordenadorias are recording for).
 */
export function readMonthParam(value: string | null, currentMonth: string, reviewedMonth: string): string {
  const month = value?.trim() ?? '';
  return MONTH.test(month) && month <= currentMonth ? month : reviewedMonth;
}

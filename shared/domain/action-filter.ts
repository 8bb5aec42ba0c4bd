/** The action list's filters, applied the same way by the page, the API and the XLSX export. */
import { foldText } from '../text.ts';
import type { ActionStatus } from './action-status.ts';

export type ActionFilter = {
  coordination?: string;
  status?: ActionStatus | 'none';
  objective?: string;
  overdue?: boolean;
  dueSoon?: boolean;
  search?: string;
};

type FilterableAction = {
  code: string;
  text: string;
  responsibleText: string;
  coordinationCodes: readonly string[];
  objectiveCode: string;
  status: ActionStatus | null;
  overdue: boolean;
  dueSoon: boolean;
};

export function matchesActionFilter(action: FilterableAction, filter: ActionFilter): boolean {
  if (filter.coordination && !action.coordinationCodes.includes(filter.coordination)) return false;
  if (filter.status && (action.status ?? 'none') !== filter.status) return false;
  if (filter.objective && action.objectiveCode !== filter.objective) return false;
  if (filter.overdue && !action.overdue) return false;
  if (filter.dueSoon && !action.dueSoon) return false;
  if (filter.search) {
    const wanted = foldText(filter.search);
    const haystack = foldText(`${action.code} ${action.text} ${action.responsibleText}`);
    if (!haystack.includes(wanted)) return false;
  }
  return true;
}

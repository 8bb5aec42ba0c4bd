/** The board (kanban): one column per current status, in the order an action moves. */
import type { ActionStatus } from '../../../../shared/domain/action-status.ts';
import { STATUS_ORDER, type StatusKey } from './action-labels.ts';

export type BoardColumn<T> = { status: StatusKey; actions: T[] };

/** Every status gets its column, empty ones included; actions keep their plan order inside a column. */
export function groupByStatus<T extends { status: ActionStatus | null }>(
  actions: readonly T[],
): BoardColumn<T>[] {
  const columns = new Map<StatusKey, T[]>(STATUS_ORDER.map((status) => [status, []]));
  for (const action of actions) columns.get(action.status ?? 'none')?.push(action);
  return STATUS_ORDER.map((status) => ({ status, actions: columns.get(status) ?? [] }));
}

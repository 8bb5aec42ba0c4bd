/**
 * Status of the plan's operational actions (PRODUCT.md §4.4) and the rules derived from it:
 * current status, atrasada, due soon and the roll-ups of the tree.
 */
import { addDays, monthOf } from './dates.ts';
export const ACTION_STATUSES = ['not_started', 'in_progress', 'done', 'cancelled', 'suspended'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  not_started: 'Não iniciado',
  in_progress: 'Em andamento',
  done: 'Concluído',
  cancelled: 'Cancelado',
  suspended: 'Suspenso',
};

/** Shown when neither a monitoring record nor the plan gives a status. */
export const NO_STATUS_LABEL = 'Sem informação';

/** The plan prints statuses as "Concluído", "Em andamento", "Não Iniciado" (any case). */
export function statusFromPlanText(text: string | null): ActionStatus | null {
  if (text === null) return null;
  const wanted = text.trim().toLocaleLowerCase('pt-BR');
  const entry = Object.entries(ACTION_STATUS_LABELS).find(
    ([, label]) => label.toLocaleLowerCase('pt-BR') === wanted,
  );
  return entry ? (entry[0] as ActionStatus) : null;
}

/** An action in these states is no longer expected to move: it is never late nor pending. */
const CLOSED: ReadonlySet<ActionStatus> = new Set(['done', 'cancelled', 'suspended']);

export function isClosedStatus(status: ActionStatus | null): boolean {
  return status !== null && CLOSED.has(status);
}

/**
 * The current status: the latest monitoring record's, else the status written in the plan,
 * else none ("sem informação").
 */
export function currentStatus(
  latestRecordStatus: ActionStatus | null,
  statusInPlan: ActionStatus | null,
): ActionStatus | null {
  return latestRecordStatus ?? statusInPlan;
}

/** Atrasada: the end date has passed (before `today`) and it is not concluded, cancelled or suspended. */
export function isOverdue(
  action: { endsOn: string | null; status: ActionStatus | null },
  today: string,
): boolean {
  return action.endsOn !== null && action.endsOn < today && !isClosedStatus(action.status);
}

export const DUE_SOON_DAYS = 30;

/** Vence em breve: still open and the end date falls between today and today + 30 days. */
export function isDueSoon(
  action: { endsOn: string | null; status: ActionStatus | null },
  today: string,
): boolean {
  return (
    action.endsOn !== null &&
    action.endsOn >= today &&
    action.endsOn <= addDays(today, DUE_SOON_DAYS) &&
    !isClosedStatus(action.status)
  );
}

export type StatusCounts = Record<ActionStatus | 'none', number>;

export type Rollup = {
  total: number;
  counts: StatusCounts;
  overdue: number;
  /** Concluded / (total − cancelled); null when nothing is left to conclude. */
  percentDone: number | null;
};

/**
 * Roll-up of operational actions (of a strategic action, an objective or the plan): counts by
 * current status, overdue count and % concluded. Cancelled actions leave the denominator — they
 * will never be concluded — while suspended ones stay in it (they are still owed).
 */
export function rollup(actions: readonly { status: ActionStatus | null; overdue: boolean }[]): Rollup {
  const counts: StatusCounts = {
    not_started: 0,
    in_progress: 0,
    done: 0,
    cancelled: 0,
    suspended: 0,
    none: 0,
  };
  for (const action of actions) counts[action.status ?? 'none'] += 1;
  const owed = actions.length - counts.cancelled;
  return {
    total: actions.length,
    counts,
    overdue: actions.filter((action) => action.overdue).length,
    percentDone: owed === 0 ? null : (100 * counts.done) / owed,
  };
}

/**
 * An action owes a monitoring record for `month` unless it is concluded or cancelled or has not
 * started yet (its start date is after that month). Suspended actions still report, briefly.
 */
export function owesMonthlyRecord(
  action: { status: ActionStatus | null; startsOn: string | null },
  month: string,
): boolean {
  if (action.status === 'done' || action.status === 'cancelled') return false;
  return action.startsOn === null || monthOf(action.startsOn) <= month;
}

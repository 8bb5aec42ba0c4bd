/** Deliberações/encaminhamentos: who answers for them, which are shown, and in what order. */
import { ACTION_STATUS_LABELS, type ActionStatus } from '../../../../shared/domain/action-status.ts';
import { type CoordinationNames, coordinationName } from '../../../../shared/domain/coordination-names.ts';

type Owned = { ownerCoordinationCode: string | null; ownerText: string | null };

/**
 * The coordenadoria by its name, the person, or both: "Superintendência de Atenção à Saúde
 * (gabinete) — Superintendente".
 */
export function ownerLabel(deliberation: Owned, names: CoordinationNames): string {
  const coordination =
    deliberation.ownerCoordinationCode === null
      ? null
      : coordinationName(deliberation.ownerCoordinationCode, names);
  const parts = [coordination, deliberation.ownerText].filter(
    (part): part is string => part !== null && part.trim() !== '',
  );
  return parts.length === 0 ? '—' : parts.join(' — ');
}

export function deliberationStatusLabel(status: ActionStatus): string {
  return ACTION_STATUS_LABELS[status];
}

/** The order a person picks a follow-up status in: from not started to closed. */
export const FOLLOW_UP_STATUSES: readonly ActionStatus[] = [
  'not_started',
  'in_progress',
  'suspended',
  'done',
  'cancelled',
];

type Listed = {
  id: number;
  meetingMonth: string;
  isOpen: boolean;
  overdue: boolean;
  deadline: string | null;
};

/**
 * Grouped by meeting, newest meeting first; inside a meeting the overdue ones come first, then by
 * deadline (none last), then in the order they were recorded.
 */
export function groupByMeeting<T extends Listed>(
  deliberations: readonly T[],
  onlyOpen: boolean,
): { month: string; items: T[] }[] {
  const shown = deliberations.filter((deliberation) => !onlyOpen || deliberation.isOpen);
  const months = [...new Set(shown.map((deliberation) => deliberation.meetingMonth))].sort().reverse();
  return months.map((month) => ({
    month,
    items: shown
      .filter((deliberation) => deliberation.meetingMonth === month)
      .sort(
        (a, b) =>
          Number(b.overdue) - Number(a.overdue) ||
          (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999') ||
          a.id - b.id,
      ),
  }));
}

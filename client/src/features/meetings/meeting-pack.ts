import { compareActionCodes } from '../../../../shared/domain/action-code.ts';
/** Reading the meeting's pack: example data, compact groupings of long lists, indicator statuses. */
import type { ActionStatus } from '../../../../shared/domain/action-status.ts';
import { type CoordinationNames, coordinationName } from '../../../../shared/domain/coordination-names.ts';
import type { Status } from '../../../../shared/domain/status.ts';
import { formatNumber } from '../../../../shared/format.ts';

type MaybeExample = { isExample: boolean };

/** True when anything shown (or the meeting itself) is example data, not official. */
export function hasExampleItems(
  meeting: MaybeExample,
  pack: {
    indicators: readonly MaybeExample[];
    nonConformities: readonly MaybeExample[];
    updated: readonly MaybeExample[];
    agendaItems: readonly MaybeExample[];
    deliberations: readonly MaybeExample[];
    openDeliberations: readonly MaybeExample[];
  },
): boolean {
  if (meeting.isExample) return true;
  return [
    pack.indicators,
    pack.nonConformities,
    pack.updated,
    pack.agendaItems,
    pack.deliberations,
    pack.openDeliberations,
  ].some((items) => items.some((item) => item.isExample));
}

/** Lists longer than this start collapsed (the heading already says how many there are). */
export const COLLAPSE_ABOVE = 10;

export function isLongList(count: number): boolean {
  return count > COLLAPSE_ABOVE;
}

/**
 * How many actions each coordenadoria has in a list, most first (then by code). An action shared by
 * two coordenadorias counts for both; one without a coordenadoria counts under "sem coordenadoria".
 */
export function countByCoordination(
  actions: readonly { coordinationCodes: readonly string[] }[],
): { code: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const action of actions) {
    const codes = action.coordinationCodes.length > 0 ? action.coordinationCodes : ['sem coordenadoria'];
    for (const code of new Set(codes)) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return [...counts.entries()]
    .map(([code, count]) => ({ code, count }))
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}

/** "Coordenadoria de Atenção Primária: 12 · Coordenadoria de Atenção Secundária: 7". */
export function coordinationCountsText(
  counts: readonly { code: string; count: number }[],
  names: CoordinationNames,
): string {
  return counts
    .map((entry) => `${coordinationName(entry.code, names)}: ${formatNumber(entry.count, 0)}`)
    .join(' · ');
}

/** True when an action of the list answers to more than one coordenadoria (it is counted for each). */
export function hasSharedAction(actions: readonly { coordinationCodes: readonly string[] }[]): boolean {
  return actions.some((action) => new Set(action.coordinationCodes).size > 1);
}

export const SHARED_ACTION_NOTE = 'uma ação com várias coordenadorias conta para cada uma';

/**
 * "Por coordenadoria: Coordenadoria de Atenção Primária: 12 · … (uma ação com várias coordenadorias
 * conta para cada uma)": the note only when a shared action makes the counts add up to more than the list.
 */
export function coordinationSummary(
  actions: readonly { coordinationCodes: readonly string[] }[],
  names: CoordinationNames,
): string {
  const counts = coordinationCountsText(countByCoordination(actions), names);
  return hasSharedAction(actions)
    ? `Por coordenadoria: ${counts} (${SHARED_ACTION_NOTE})`
    : `Por coordenadoria: ${counts}`;
}

type Update = { actionCode: string; recordedAt: string; recordId: number };

/** One row per action, in plan order: its newest record since the last meeting, and how many it had. */
export function latestUpdatePerAction<T extends Update>(
  updates: readonly T[],
): (T & { recordCount: number })[] {
  const byAction = new Map<string, { latest: T; count: number }>();
  for (const update of updates) {
    const seen = byAction.get(update.actionCode);
    if (!seen) {
      byAction.set(update.actionCode, { latest: update, count: 1 });
      continue;
    }
    seen.count += 1;
    const isNewer =
      update.recordedAt > seen.latest.recordedAt ||
      (update.recordedAt === seen.latest.recordedAt && update.recordId > seen.latest.recordId);
    if (isNewer) seen.latest = update;
  }
  return [...byAction.values()]
    .map(({ latest, count }) => ({ ...latest, recordCount: count }))
    .sort((a, b) => compareActionCodes(a.actionCode, b.actionCode));
}

const STATUS_ORDER: readonly ActionStatus[] = [
  'not_started',
  'in_progress',
  'suspended',
  'done',
  'cancelled',
];

/** The ata's compact form of the updated actions: one line per status, the actions in plan order. */
export function groupUpdatesByStatus<T extends Update & { status: ActionStatus }>(
  updates: readonly T[],
): { status: ActionStatus; items: (T & { recordCount: number })[] }[] {
  const latest = latestUpdatePerAction(updates);
  return STATUS_ORDER.map((status) => ({
    status,
    items: latest.filter((update) => update.status === status),
  })).filter((group) => group.items.length > 0);
}

/** The indicator's status is different from the one frozen at the previous meeting. */
export function statusChanged(item: { status: Status; previousStatus: Status | null }): boolean {
  return item.previousStatus !== null && item.previousStatus !== item.status;
}

const RANK: Partial<Record<Status, number>> = { achieved: 2, at_risk: 1, not_achieved: 0 };

/** "melhorou", "piorou", "mudou" (to or from no data/no target) or null when unchanged or unknown. */
export function statusTrend(item: {
  status: Status;
  previousStatus: Status | null;
}): 'melhorou' | 'piorou' | 'mudou' | null {
  if (!statusChanged(item) || item.previousStatus === null) return null;
  const now = RANK[item.status];
  const before = RANK[item.previousStatus];
  if (now === undefined || before === undefined) return 'mudou';
  return now > before ? 'melhorou' : 'piorou';
}

/** Off target first (not achieved, then at risk), then the others, each in plan order. */
export function sortIndicators<T extends { status: Status }>(items: readonly T[]): T[] {
  const weight = (status: Status) => (status === 'not_achieved' ? 0 : status === 'at_risk' ? 1 : 2);
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => weight(a.item.status) - weight(b.item.status) || a.index - b.index)
    .map(({ item }) => item);
}

/**
 * The action codes of a list grouped by coordenadoria (by code), for a compact line per coordenadoria in
 * the ata. A shared action is listed under each of its coordenadorias.
 */
export function codesByCoordination(
  actions: readonly { code: string; coordinationCodes: readonly string[] }[],
): { coordination: string; codes: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const action of actions) {
    const owners = action.coordinationCodes.length > 0 ? action.coordinationCodes : ['sem coordenadoria'];
    for (const owner of new Set(owners)) groups.set(owner, [...(groups.get(owner) ?? []), action.code]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([coordination, codes]) => ({ coordination, codes: codes.sort(compareActionCodes) }));
}

/** Off target, or at risk: what the meeting looks at first. */
export function isOffTarget(status: Status): boolean {
  return status === 'not_achieved' || status === 'at_risk';
}

/** Some action that serves the indicator is under way ("sem ação em andamento" otherwise). */
export function hasActionUnderWay(actions: readonly { status: string | null }[]): boolean {
  return actions.some((action) => action.status === 'in_progress');
}

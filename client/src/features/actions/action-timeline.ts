/**
 * The action plan's cronograma: each operational action as a bar from its start to its end date, or a
 * mark on its one date, grouped by objective and strategic action as in the tree; the actions without
 * dates listed apart. The axis (2024–2027, where a day falls) is the planificação's, shared.
 */
import type { ActionStatus } from '../../../../shared/domain/action-status.ts';
import { axisOffset, TIMELINE_YEARS } from '../../components/charts/timeline-axis.ts';
import { formatIsoDate, statusKey, statusLabel } from './action-labels.ts';

/** What the cronograma reads of an action (a row of `actionPlan.list`). */
export type TimelineAction = {
  code: string;
  text: string;
  objectiveCode: string;
  objectiveName: string;
  strategicActionCode: string;
  strategicActionText: string;
  startsOn: string | null;
  endsOn: string | null;
  status: ActionStatus | null;
  overdue: boolean;
};

/**
 * A span (start before end), or one date: the same day for both, "até" (only the end, the plan's
 * "Até abril/24") or "a partir de" (only the start). Null: no date at all.
 */
export type TimelineDates =
  | { kind: 'span'; startsOn: string; endsOn: string }
  | { kind: 'mark'; on: string; which: 'day' | 'end' | 'start' };

export function timelineDates(action: Pick<TimelineAction, 'startsOn' | 'endsOn'>): TimelineDates | null {
  const { startsOn, endsOn } = action;
  if (startsOn && endsOn) {
    // A start after the end cannot be drawn as a bar: the end (the deadline that counts) is marked.
    return startsOn < endsOn
      ? { kind: 'span', startsOn, endsOn }
      : { kind: 'mark', on: endsOn, which: startsOn === endsOn ? 'day' : 'end' };
  }
  if (endsOn) return { kind: 'mark', on: endsOn, which: 'end' };
  if (startsOn) return { kind: 'mark', on: startsOn, which: 'start' };
  return null;
}

/**
 * Where it is drawn, in % of the axis: a bar (left, width) or a mark (at). Dates beyond 2024–2027 are
 * cut at the edge and say so (`isCutBefore`, `isCutAfter`), so "a partir de setembro/2023" still shows.
 */
export type TimelineGeometry = (
  | { kind: 'span'; left: number; width: number }
  | { kind: 'mark'; at: number }
) & { isCutBefore: boolean; isCutAfter: boolean };

const clamp = (value: number) => Math.min(100, Math.max(0, value));

export function timelineGeometry(
  dates: TimelineDates,
  years: readonly number[] = TIMELINE_YEARS,
): TimelineGeometry | null {
  const from = axisOffset(dates.kind === 'span' ? dates.startsOn : dates.on, 'start', years);
  const to = axisOffset(dates.kind === 'span' ? dates.endsOn : dates.on, 'end', years);
  if (from === null || to === null) return null;
  const cut = { isCutBefore: from < 0, isCutAfter: to > 100 };
  const left = clamp(from);
  const right = clamp(to);
  // A span wholly outside the axis shrinks to nothing: it is marked at the edge it passed.
  if (dates.kind === 'span' && right > left) return { kind: 'span', left, width: right - left, ...cut };
  return { kind: 'mark', at: clamp((from + to) / 2), ...cut };
}

/** "de 01/03/2024 a 31/12/2027", "até 30/04/2024", "a partir de 01/07/2024", "em 15/05/2024". */
export function timelineDatesText(dates: TimelineDates): string {
  if (dates.kind === 'span') return `de ${formatIsoDate(dates.startsOn)} a ${formatIsoDate(dates.endsOn)}`;
  const day = formatIsoDate(dates.on);
  if (dates.which === 'end') return `até ${day}`;
  if (dates.which === 'start') return `a partir de ${day}`;
  return `em ${day}`;
}

const capitalized = (text: string) => text.charAt(0).toLocaleUpperCase('pt-BR') + text.slice(1);

/**
 * What a bar says to a screen reader and in its tooltip:
 * "Ação 4.5.2: Texto. De 01/03/2024 a 31/12/2027. Situação: Em andamento. Atrasada."
 */
export function timelineBarLabel(action: TimelineAction, dates: TimelineDates): string {
  const overdue = action.overdue ? ' Atrasada.' : '';
  const text = action.text.trim().replace(/[.;:]+$/, '');
  return `Ação ${action.code}: ${text}. ${capitalized(timelineDatesText(dates))}. Situação: ${statusLabel(statusKey(action.status))}.${overdue}`;
}

export type TimelineRow<T extends TimelineAction> = { action: T; dates: TimelineDates };

export type TimelineStrategic<T extends TimelineAction> = {
  code: string;
  text: string;
  rows: TimelineRow<T>[];
};

export type TimelineObjective<T extends TimelineAction> = {
  code: string;
  name: string;
  strategicActions: TimelineStrategic<T>[];
};

/**
 * The actions with a date, under their objective and strategic action, in the order given (the
 * plan's, as the list comes); the undated ones apart, in the same order.
 */
export function groupTimeline<T extends TimelineAction>(
  actions: readonly T[],
): { objectives: TimelineObjective<T>[]; undated: T[] } {
  const objectives: TimelineObjective<T>[] = [];
  const undated: T[] = [];
  for (const action of actions) {
    const dates = timelineDates(action);
    if (dates === null) {
      undated.push(action);
      continue;
    }
    let objective = objectives.find((candidate) => candidate.code === action.objectiveCode);
    if (!objective) {
      objective = { code: action.objectiveCode, name: action.objectiveName, strategicActions: [] };
      objectives.push(objective);
    }
    let strategic = objective.strategicActions.find(
      (candidate) => candidate.code === action.strategicActionCode,
    );
    if (!strategic) {
      strategic = { code: action.strategicActionCode, text: action.strategicActionText, rows: [] };
      objective.strategicActions.push(strategic);
    }
    strategic.rows.push({ action, dates });
  }
  return { objectives, undated };
}

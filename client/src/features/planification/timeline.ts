/**
 * The 2024–2027 timeline of the macros (a Gantt by year): where each bar starts and ends, and the
 * sentences a screen reader hears instead of the drawing. The axis itself (years, "hoje") is
 * `components/charts/timeline-axis.ts`, shared with the action plan's cronograma.
 */
import type { ScheduleState } from '../../../../shared/domain/planification.ts';
import { TIMELINE_YEARS } from '../../components/charts/timeline-axis.ts';

export type Schedule = { startYear: number; endYear: number };

export const SCHEDULE_STATE_LABELS: Record<ScheduleState, string> = {
  planned: 'Prevista',
  current: 'Em curso',
  past: 'Período encerrado',
};

/** A bar's left edge and width, in % of the timeline; null when the schedule falls outside it. */
export function barGeometry(
  schedule: Schedule,
  years: readonly number[] = TIMELINE_YEARS,
): { left: number; width: number } | null {
  const first = years[0];
  const last = years[years.length - 1];
  if (first === undefined || last === undefined) return null;
  if (schedule.endYear < first || schedule.startYear > last || schedule.endYear < schedule.startYear)
    return null;
  const start = Math.max(schedule.startYear, first);
  const end = Math.min(schedule.endYear, last);
  const count = last - first + 1;
  return { left: ((start - first) / count) * 100, width: ((end - start + 1) / count) * 100 };
}

/** `2027` or `2024–2026`. */
export function scheduleYears(schedule: Schedule): string {
  return schedule.startYear === schedule.endYear
    ? String(schedule.startYear)
    : `${schedule.startYear}–${schedule.endYear}`;
}

/** `em 2027` or `de 2024 a 2026`, inside a sentence. */
export function scheduleInSentence(schedule: Schedule): string {
  return schedule.startYear === schedule.endYear
    ? `em ${schedule.startYear}`
    : `de ${schedule.startYear} a ${schedule.endYear}`;
}

/** What a timeline row says to a screen reader: "Macrorregião Leste: Fase 1 em 2027 — prevista." */
export function timelineRowLabel(
  macro: Schedule & { name: string; phase: string; state: ScheduleState },
): string {
  return `${macro.name}: ${macro.phase} ${scheduleInSentence(macro)} — ${SCHEDULE_STATE_LABELS[macro.state].toLowerCase()}.`;
}

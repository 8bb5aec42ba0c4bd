/**
 * The 2024–2027 timeline of the macros (a Gantt by year): where each bar starts and ends, where
 * "hoje" falls, and the sentences a screen reader hears instead of the drawing.
 */
import { PLAN_YEARS } from '../../../../shared/domain/period.ts';
import type { ScheduleState } from '../../../../shared/domain/planification.ts';

export const TIMELINE_YEARS: readonly number[] = PLAN_YEARS;

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

const dayNumber = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000;

/** Where `today` (AAAA-MM-DD) falls on the timeline, in %; null before its first or after its last day. */
export function todayPosition(today: string, years: readonly number[] = TIMELINE_YEARS): number | null {
  const first = years[0];
  const last = years[years.length - 1];
  const day = dayNumber(today);
  if (first === undefined || last === undefined || Number.isNaN(day)) return null;
  const start = dayNumber(`${first}-01-01`);
  const end = dayNumber(`${last + 1}-01-01`);
  if (day < start || day >= end) return null;
  // The middle of the day, so 01/01 is not drawn on the border of the year before.
  return ((day + 0.5 - start) / (end - start)) * 100;
}

export function yearOf(today: string): number {
  return Number(today.slice(0, 4));
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

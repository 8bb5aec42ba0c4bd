/**
 * The plan's 2024–2027 time axis, shared by the timelines (planificação's macros, the action plan's
 * cronograma): its years and where a day falls on it, in % of its width. One rule, so a date and the
 * "hoje" line sit at the same place on every timeline.
 */
import { PLAN_YEARS } from '../../../../shared/domain/period.ts';

export const TIMELINE_YEARS: readonly number[] = PLAN_YEARS;

const dayNumber = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000;

/** Which part of a day a position is for: a span starts at the day's start and ends at its end. */
export type DayPart = 'start' | 'middle' | 'end';

const PART_OFFSET: Record<DayPart, number> = { start: 0, middle: 0.5, end: 1 };

/**
 * Where `isoDate` (AAAA-MM-DD) falls, in % of the axis: below 0 before its first day, above 100 after
 * its last. Null for a bad date or an axis without years.
 */
export function axisOffset(
  isoDate: string,
  part: DayPart = 'middle',
  years: readonly number[] = TIMELINE_YEARS,
): number | null {
  const first = years[0];
  const last = years[years.length - 1];
  const day = dayNumber(isoDate);
  if (first === undefined || last === undefined || Number.isNaN(day)) return null;
  const start = dayNumber(`${first}-01-01`);
  const end = dayNumber(`${last + 1}-01-01`);
  return ((day + PART_OFFSET[part] - start) / (end - start)) * 100;
}

/**
 * Where a day (today, a deadline) is marked, in %: the middle of the day, so 01/01 is not drawn on the
 * border of the year before. Null before the axis's first day or after its last.
 */
export function datePosition(isoDate: string, years: readonly number[] = TIMELINE_YEARS): number | null {
  const offset = axisOffset(isoDate, 'middle', years);
  return offset === null || offset < 0 || offset > 100 ? null : offset;
}

export function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}

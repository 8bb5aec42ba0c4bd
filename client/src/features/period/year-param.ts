import { LAST_YEAR, PANEL_YEARS, PLAN_YEARS } from '../../../../shared/domain/period.ts';

/** Years offered by the year selector: every year the panel accepts, the same range everywhere. */
export const YEAR_OPTIONS: readonly number[] = PANEL_YEARS;

const FIRST_PLAN_YEAR = PLAN_YEARS[0];
const LAST_PLAN_YEAR = PLAN_YEARS[PLAN_YEARS.length - 1] ?? LAST_YEAR;

/** Without `?ano=`, the panel opens on the current year, kept inside the plan (2024–2027). */
export function defaultYear(now: Date): number {
  return Math.min(Math.max(now.getFullYear(), FIRST_PLAN_YEAR), LAST_PLAN_YEAR);
}

export type YearParam = {
  /** The year to show, or null when the URL asks for a year the panel does not cover. */
  year: number | null;
  /** What the server is asked for: a bad value is sent as typed so the server explains the problem. */
  input: number | string;
};

export function readYearParam(raw: string | null, now: Date): YearParam {
  if (raw === null || raw.trim() === '') {
    const year = defaultYear(now);
    return { year, input: year };
  }
  const trimmed = raw.trim();
  const year = /^\d{4}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  if (YEAR_OPTIONS.includes(year)) return { year, input: year };
  return { year: null, input: trimmed };
}

import { FIRST_YEAR, LAST_YEAR, PLAN_YEARS, SERIES_YEARS } from '../../../../shared/domain/period.ts';

/** Years offered by the year selector. */
export const YEAR_OPTIONS: readonly number[] = SERIES_YEARS;

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
  if (Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR) return { year, input: year };
  return { year: null, input: trimmed };
}

/** The selector lists the usual years and, when the URL holds another valid one, that year too. */
export function yearOptions(selected: number | null): number[] {
  if (selected === null || YEAR_OPTIONS.includes(selected)) return [...YEAR_OPTIONS];
  return [...YEAR_OPTIONS, selected].sort((a, b) => a - b);
}

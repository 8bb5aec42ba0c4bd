/**
 * Periods are strings: `AAAA` for a whole year (indicators with only yearly data) or `AAAA-MM`
 * for a month. The plan runs 2024–2027; history from 2020 is kept for trends.
 */
export type Period = string;

export const FIRST_YEAR = 2020;
export const LAST_YEAR = 2027;
export const PLAN_YEARS = [2024, 2025, 2026, 2027] as const;

export type ParsedPeriod = { year: number; month: number | null };

const PERIOD_PATTERN = /^(\d{4})(?:-(\d{2}))?$/;

export function parsePeriod(period: string): ParsedPeriod | null {
  const match = PERIOD_PATTERN.exec(period.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? null : Number(match[2]);
  if (month !== null && (month < 1 || month > 12)) return null;
  return { year, month };
}

export function isPeriodInRange(period: ParsedPeriod): boolean {
  return period.year >= FIRST_YEAR && period.year <= LAST_YEAR;
}

export function monthPeriod(year: number, month: number): Period {
  return `${year}-${String(month).padStart(2, '0')}`;
}

export function yearOf(period: Period): number {
  return Number(period.slice(0, 4));
}

/** Number of periods of `periodicity` from January up to and including `lastPeriod` of that year. */
export function periodsUpTo(periodicity: Periodicity, lastPeriod: Period): number {
  const parsed = parsePeriod(lastPeriod);
  if (!parsed || parsed.month === null) return 1;
  if (periodicity === 'monthly') return parsed.month;
  if (periodicity === 'semiannual') return parsed.month >= 12 ? 2 : parsed.month >= 6 ? 1 : 0;
  return 1;
}

/** Months at which a value is expected, per periodicity (semiannual: end of each PBF vigência). */
export function expectedPeriods(periodicity: Periodicity, year: number): Period[] {
  if (periodicity === 'yearly') return [String(year)];
  if (periodicity === 'semiannual') return [monthPeriod(year, 6), monthPeriod(year, 12)];
  return Array.from({ length: 12 }, (_, index) => monthPeriod(year, index + 1));
}

export type Periodicity = 'monthly' | 'semiannual' | 'yearly';

/** Years drawn in trend charts and sparklines: two years of history before the plan. */
export const SERIES_YEARS = [2022, 2023, 2024, 2025, 2026, 2027] as const;

/** `AAAA-MM` moved by `delta` months: shiftMonth('2026-01', -1) = '2025-12'. */
export function shiftMonth(month: string, delta: number): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (monthNumber - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

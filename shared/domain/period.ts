/**
 * Periods are strings: `AAAA` for a whole year (indicators with only yearly data) or `AAAA-MM`
 * for a month. The plan runs 2024–2027; history from 2020 is kept for trends.
 */
export type Period = string;

export const FIRST_YEAR = 2020;
export const LAST_YEAR = 2027;
export const PLAN_YEARS = [2024, 2025, 2026, 2027] as const;
/**
 * The years the panel covers, everywhere a year is offered or accepted (year picker, entry grid,
 * trend charts): history from 2020 and the plan's years.
 */
export const PANEL_YEARS: readonly number[] = Array.from(
  { length: LAST_YEAR - FIRST_YEAR + 1 },
  (_, index) => FIRST_YEAR + index,
);
/** The range as a reader sees it: "2020 a 2027". */
export const PANEL_YEARS_TEXT = `${FIRST_YEAR} a ${LAST_YEAR}`;

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

/** `AAAA-MM` moved by `delta` months: shiftMonth('2026-01', -1) = '2025-12'. */
export function shiftMonth(month: string, delta: number): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (monthNumber - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The first month a period covers: `2026` → `2026-01`. */
export function periodStart(period: Period): string {
  return period.length === 4 ? `${period}-01` : period;
}

/** The last month a period covers: `2026` → `2026-12`. A yearly value is known once December is. */
export function periodEnd(period: Period): string {
  return period.length === 4 ? `${period}-12` : period;
}

/**
 * Each territory's own reference month (issue 10, item 5). A figure of a monthly (or semiannual)
 * indicator counts the months up to the latest one that enough of the territory's units have
 * reported; months after it wait until they are complete. So four municípios sending November early
 * do not turn a whole macro into "parcial até nov" with data for 4 of its 36 municípios, while a
 * região whose municípios all sent November does move on.
 *
 * The rule:
 * - a unit has reported month M when its latest reported period ends at M or later (a yearly
 *   value ends in December). Gaps before its latest month do not hold the territory back; they
 *   show in completeness instead;
 * - the reference month is the latest period of the year, not after `cap` (the month in progress,
 *   or the end of a closed semester), that at least REPORTED_SHARE of the units expected that year
 *   have reported — rounded up, so 4 of 5, 29 of 36, 114 of 142, and a single município is its own;
 * - no such period: nothing of that year counts yet (the figure has no value);
 * - the page names the next month to count and how many units already sent it.
 * Yearly indicators have one period, the year: they are not cut.
 */
import { expectedPeriods, type Periodicity, periodEnd } from './period.ts';

/** Share of a territory's expected units that must have reported a month before it counts. */
export const REPORTED_SHARE = 0.8;

export type PendingMonth = {
  /** `AAAA-MM`, after the reference month. */
  month: string;
  /** Units that have already reported it. */
  reported: number;
  expected: number;
};

export type ReferenceMonth = {
  /** `AAAA-MM`, or null when no period of the year has been reported by enough units. */
  month: string | null;
  /** The month after the reference month, when some units have already reported it (at most one). */
  pending: PendingMonth[];
};

/** Units needed for a month to count: REPORTED_SHARE of the expected, rounded up (at least one). */
export function unitsNeeded(expectedUnits: number): number {
  return Math.max(1, Math.ceil(expectedUnits * REPORTED_SHARE - 1e-9));
}

export function referenceMonth(input: {
  periodicity: Exclude<Periodicity, 'yearly'>;
  year: number;
  /** Units of the recording level that exist in the territory that year. */
  expectedUnits: number;
  /** How many units with data that year have each latest reported period (`AAAA-MM`, or `AAAA`). */
  reported: readonly { lastPeriod: string; units: number }[];
  /** The last month that may count (`AAAA-MM`). */
  cap: string;
}): ReferenceMonth {
  const through = input.reported.map((entry) => {
    const end = periodEnd(entry.lastPeriod);
    return { end: end < input.cap ? end : input.cap, units: entry.units };
  });
  const candidates = expectedPeriods(input.periodicity, input.year).filter((month) => month <= input.cap);
  const reportedBy = (month: string) =>
    through.reduce((count, entry) => (entry.end >= month ? count + entry.units : count), 0);
  const needed = unitsNeeded(input.expectedUnits);
  const month = [...candidates].reverse().find((candidate) => reportedBy(candidate) >= needed) ?? null;
  // The next month to count, when some units already sent it: one line a person can act on.
  const next = candidates.find((candidate) => month === null || candidate > month);
  const pending =
    next !== undefined && reportedBy(next) > 0
      ? [{ month: next, reported: reportedBy(next), expected: input.expectedUnits }]
      : [];
  return { month, pending };
}

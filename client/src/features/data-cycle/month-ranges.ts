import { shiftMonth } from '../../../../shared/domain/period.ts';
import { formatPeriod } from '../../../../shared/format.ts';

/** Consecutive months as ranges: ['2026-01', '2026-02', '2026-04'] → "jan/2026 a fev/2026; abr/2026". */
export function monthRangesText(months: readonly string[]): string {
  const sorted = [...months].sort();
  const ranges: [string, string][] = [];
  for (const month of sorted) {
    const last = ranges.at(-1);
    if (last && shiftMonth(last[1], 1) === month) last[1] = month;
    else ranges.push([month, month]);
  }
  return ranges
    .map(([from, to]) => (from === to ? formatPeriod(from) : `${formatPeriod(from)} a ${formatPeriod(to)}`))
    .join('; ');
}

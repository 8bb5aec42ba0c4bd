import { PLAN_YEARS, shiftMonth } from '../../../../shared/domain/period.ts';
import { formatPeriod } from '../../../../shared/format.ts';

const FIRST_PLAN_MONTH = `${PLAN_YEARS[0]}-01`;

/** The plan's months from its first through `last`, newest first. */
export function planMonthsThrough(last: string): string[] {
  const months: string[] = [];
  for (let month = last; month >= FIRST_PLAN_MONTH; month = shiftMonth(month, -1)) months.push(month);
  return months;
}

/**
 * A month of the plan to look at, newest first, written as the page writes months ("out/2026"): a
 * list rather than the browser's month field, which Firefox shows as bare text and which Chromium
 * takes about 20 ms to draw on a page's first paint. A month outside the list (an old link) still
 * shows as chosen.
 */
export function MonthSelect({
  id,
  value,
  last,
  onChange,
}: {
  id: string;
  value: string;
  last: string;
  onChange: (month: string) => void;
}) {
  const months = planMonthsThrough(last);
  return (
    <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
      {!months.includes(value) && <option value={value}>{formatPeriod(value)}</option>}
      {months.map((month) => (
        <option key={month} value={month}>
          {formatPeriod(month)}
        </option>
      ))}
    </select>
  );
}

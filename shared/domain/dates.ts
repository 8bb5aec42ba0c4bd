/** Calendar dates as `AAAA-MM-DD` strings and months as `AAAA-MM`, in Mato Grosso time. */

/** Built once: building an Intl formatter costs far more than using it (every request asks). */
const MT_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Cuiaba' });

/** Today's date in Mato Grosso (UTC−4, no daylight saving since 2019). */
export function todayInMt(now: Date): string {
  return MT_DAY.format(now);
}

/** The month in progress in Mato Grosso (`AAAA-MM`): no value may be recorded for a later one. */
export function currentMonthInMt(now: Date): string {
  return monthOf(todayInMt(now));
}

/** `AAAA-MM` of a date. */
export function monthOf(isoDate: string): string {
  return isoDate.slice(0, 7);
}

export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * The reunião de condução is on the first Tuesday of its month (plan, action 1.3.1; the plan's
 * "1ª 3ª feira do mês" — terça-feira).
 */
export function firstTuesday(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(year, monthNumber - 1, 1));
  const offset = (2 - first.getUTCDay() + 7) % 7;
  first.setUTCDate(1 + offset);
  return first.toISOString().slice(0, 10);
}

/** The instant `seconds` after `now` (negative: before), as the ISO timestamp the database keeps. */
export function instantAfter(now: Date, seconds: number): string {
  return new Date(now.getTime() + seconds * 1000).toISOString();
}

/**
 * Calendar dates as `AAAA-MM-DD` strings and months as `AAAA-MM`, in Mato Grosso time, and the
 * parts of a year the plan is reported by (semesters, quadrimesters, the year): the one date module.
 */
import { monthPeriod, PLAN_YEARS } from './period.ts';

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

/** The instant a Mato Grosso day starts (UTC−4, no daylight saving since 2019): 04:00 UTC. */
export function startOfDayInMt(isoDate: string): string {
  return `${isoDate}T04:00:00.000Z`;
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

/**
 * The parts of a year the plan is reported by, with their codes:
 * - `AAAA-S1`/`AAAA-S2`: semesters (the semester report, PRODUCT.md §4.6);
 * - `AAAA-Q1`…`AAAA-Q3`: quadrimesters, Jan–Apr, May–Aug, Sep–Dec — the RDQA of LC 141/2012 art. 36,
 *   presented by the end of May, September and February;
 * - `AAAA`: the whole year (the RAG, the annual report).
 */
export type YearPartKind = 'semester' | 'quadrimester' | 'year';
export type YearPart = { kind: YearPartKind; year: number; index: number };

const SHAPES: Record<YearPartKind, { letter: string; months: number; name: string }> = {
  semester: { letter: 'S', months: 6, name: 'semestre' },
  quadrimester: { letter: 'Q', months: 4, name: 'quadrimestre' },
  year: { letter: '', months: 12, name: 'ano' },
};

const YEAR_PART_PATTERN = /^(\d{4})(?:-([SQ])(\d))?$/;

/** `2026-Q2` → { quadrimester, 2026, 2 }; null for anything else, a part that does not exist or a year outside the plan. */
export function parseYearPart(text: string, kind?: YearPartKind): YearPart | null {
  const match = YEAR_PART_PATTERN.exec(text.trim().toUpperCase());
  if (!match) return null;
  const year = Number(match[1]);
  if (!(PLAN_YEARS as readonly number[]).includes(year)) return null;
  const found = (Object.keys(SHAPES) as YearPartKind[]).find(
    (candidate) => SHAPES[candidate].letter === (match[2] ?? ''),
  );
  const index = match[3] === undefined ? 1 : Number(match[3]);
  if (!found || (kind !== undefined && found !== kind)) return null;
  if (index < 1 || index > 12 / SHAPES[found].months) return null;
  return { kind: found, year, index };
}

export function yearPartCode(part: YearPart): string {
  return part.kind === 'year' ? String(part.year) : `${part.year}-${SHAPES[part.kind].letter}${part.index}`;
}

function parseOrThrow(code: string): YearPart {
  const parsed = parseYearPart(code);
  if (!parsed) throw new Error(`período do relatório inválido: ${code}`);
  return parsed;
}

/** `2026-Q2` → `2º quadrimestre de 2026`; `2025` → `ano de 2025`. */
export function yearPartLabel(code: string): string {
  const { kind, year, index } = parseOrThrow(code);
  return kind === 'year' ? `ano de ${year}` : `${index}º ${SHAPES[kind].name} de ${year}`;
}

/** `2026-S1` → `1º SEMESTRE DE 2026`, a report's section heading (as in the seed's reports). */
export function yearPartHeading(code: string): string {
  return yearPartLabel(code).toLocaleUpperCase('pt-BR');
}

/** The months `AAAA-MM` of a part, in order. */
export function yearPartMonths(code: string): string[] {
  const { kind, year, index } = parseOrThrow(code);
  const length = SHAPES[kind].months;
  return Array.from({ length }, (_, offset) => monthPeriod(year, (index - 1) * length + 1 + offset));
}

export type YearPartRange = { firstMonth: string; lastMonth: string; startsOn: string; endsOn: string };

/** First and last month and day: 2026-Q2 → 2026-05 … 2026-08, 01/05/2026 … 31/08/2026. */
export function yearPartRange(code: string): YearPartRange {
  const months = yearPartMonths(code);
  const firstMonth = months[0] as string;
  const lastMonth = months.at(-1) as string;
  return { firstMonth, lastMonth, startsOn: `${firstMonth}-01`, endsOn: lastDayOfMonth(lastMonth) };
}

/** `2026-02` → `2026-02-28`. */
export function lastDayOfMonth(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, number, 0)).toISOString().slice(0, 10);
}

/** The part of a kind a date `AAAA-MM-DD` (or month `AAAA-MM`) falls in, even outside the plan's years. */
export function yearPartOfDate(isoDate: string, kind: YearPartKind): string {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  return yearPartCode({ kind, year, index: Math.ceil(month / SHAPES[kind].months) });
}

/** Every part of a kind in the plan's years, oldest first. */
export function planYearParts(kind: YearPartKind): string[] {
  const count = 12 / SHAPES[kind].months;
  return PLAN_YEARS.flatMap((year) =>
    Array.from({ length: count }, (_, offset) => yearPartCode({ kind, year, index: offset + 1 })),
  );
}

/**
 * The spans of months a report reads a plan year by (none outside the plan): the year to date at the
 * end of each semester and quadrimester before December (a closed part "as of" its end; December is
 * the whole year), and each quadrimester's own months (the RDQA's result of the period).
 */
export function reportSpans(year: number): {
  toDateMonths: string[];
  quadrimesters: { firstMonth: string; lastMonth: string }[];
} {
  const ranges = (kind: YearPartKind) =>
    planYearParts(kind)
      .filter((code) => code.startsWith(`${year}-`))
      .map(yearPartRange);
  const ends = [...ranges('semester'), ...ranges('quadrimester')].map((range) => range.lastMonth);
  return {
    toDateMonths: [...new Set(ends)].filter((month) => month !== `${year}-12`).sort(),
    quadrimesters: ranges('quadrimester').map(({ firstMonth, lastMonth }) => ({ firstMonth, lastMonth })),
  };
}

export type YearPartState = 'closed' | 'current' | 'future';

export const YEAR_PART_STATE_LABELS: Record<YearPartState, string> = {
  closed: 'encerrado',
  current: 'em curso',
  future: 'ainda não começou',
};

/** Closed once its last day has passed; current while `today` falls inside it. */
export function yearPartState(code: string, today: string): YearPartState {
  const { startsOn, endsOn } = yearPartRange(code);
  if (today > endsOn) return 'closed';
  if (today >= startsOn) return 'current';
  return 'future';
}

/** The latest part of a kind already over on `today`; null before the first one ends. */
export function lastClosedYearPart(kind: YearPartKind, today: string): string | null {
  return (
    planYearParts(kind)
      .filter((code) => yearPartState(code, today) === 'closed')
      .at(-1) ?? null
  );
}

/** Parts that have started on `today` (closed or current): the ones a report can be made for. */
export function startedYearParts(kind: YearPartKind, today: string): string[] {
  return planYearParts(kind).filter((code) => yearPartState(code, today) !== 'future');
}

/**
 * When a report is due (LC 141/2012, art. 36): the RDQA of January–April by the end of May, of
 * May–August by the end of September, of September–December by the end of February; the RAG by
 * 30 March of the next year. Semesters have no legal date: null.
 */
export function reportDeadline(code: string): string | null {
  const { kind, year, index } = parseOrThrow(code);
  if (kind === 'year') return `${year + 1}-03-30`;
  if (kind !== 'quadrimester') return null;
  const dueMonth = ([`${year}-05`, `${year}-09`, `${year + 1}-02`] as const)[index - 1] as string;
  return lastDayOfMonth(dueMonth);
}

/**
 * The moment a report's figures describe. A closed part is read at its close: records of its months
 * (written at any time: a late record still tells what happened), and an action whose end date is
 * the part's last day and that is not concluded counts as atrasada. A current part is read today.
 * `overdueCheckDate` is the "today" of the atrasada rule (end date before it).
 */
export function yearPartCutoff(
  code: string,
  today: string,
): { lastMonth: string; situationDate: string; overdueCheckDate: string } {
  const { lastMonth, endsOn } = yearPartRange(code);
  if (yearPartState(code, today) === 'closed') {
    return { lastMonth, situationDate: endsOn, overdueCheckDate: addDays(endsOn, 1) };
  }
  return { lastMonth, situationDate: today, overdueCheckDate: today };
}

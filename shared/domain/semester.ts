/**
 * Semesters of the plan (PRODUCT.md §4.6): the semester report is written per objective and
 * semester, `AAAA-S1` (January–June) or `AAAA-S2` (July–December), 2024-S1 to 2027-S2.
 */
import { addDays } from './dates.ts';
import { monthPeriod, PLAN_YEARS } from './period.ts';

export type Half = 1 | 2;
export type ParsedSemester = { year: number; half: Half };

/** Every semester of the plan, oldest first. */
export const SEMESTERS: readonly string[] = PLAN_YEARS.flatMap((year) => [`${year}-S1`, `${year}-S2`]);

const SEMESTER_PATTERN = /^(\d{4})-S([12])$/;

/** `2026-S1` → { year: 2026, half: 1 }; null for anything else, or a semester outside the plan. */
export function parseSemester(text: string): ParsedSemester | null {
  const match = SEMESTER_PATTERN.exec(text.trim().toUpperCase());
  if (!match) return null;
  const year = Number(match[1]);
  if (!(PLAN_YEARS as readonly number[]).includes(year)) return null;
  return { year, half: match[2] === '1' ? 1 : 2 };
}

export function semesterCode(parsed: ParsedSemester): string {
  return `${parsed.year}-S${parsed.half}`;
}

function parseOrThrow(semester: string): ParsedSemester {
  const parsed = parseSemester(semester);
  if (!parsed) throw new Error(`semestre inválido: ${semester}`);
  return parsed;
}

/** `2026-S1` → `1º semestre de 2026`. */
export function semesterLabel(semester: string): string {
  const { year, half } = parseOrThrow(semester);
  return `${half}º semestre de ${year}`;
}

/** `2026-S1` → `1º SEMESTRE DE 2026`, the report's section heading (as in the seed's reports). */
export function semesterHeading(semester: string): string {
  return semesterLabel(semester).toLocaleUpperCase('pt-BR');
}

/** The six months `AAAA-MM` of a semester. */
export function semesterMonths(semester: string): string[] {
  const { year, half } = parseOrThrow(semester);
  const first = half === 1 ? 1 : 7;
  return Array.from({ length: 6 }, (_, index) => monthPeriod(year, first + index));
}

export type SemesterRange = { firstMonth: string; lastMonth: string; startsOn: string; endsOn: string };

/** First and last month and day: 2026-S1 → 2026-01 … 2026-06, 01/01/2026 … 30/06/2026. */
export function semesterRange(semester: string): SemesterRange {
  const { year, half } = parseOrThrow(semester);
  return half === 1
    ? {
        firstMonth: `${year}-01`,
        lastMonth: `${year}-06`,
        startsOn: `${year}-01-01`,
        endsOn: `${year}-06-30`,
      }
    : {
        firstMonth: `${year}-07`,
        lastMonth: `${year}-12`,
        startsOn: `${year}-07-01`,
        endsOn: `${year}-12-31`,
      };
}

/** The semester a date `AAAA-MM-DD` (or month `AAAA-MM`) falls in, even outside the plan's years. */
export function semesterOfDate(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  return `${year}-S${month <= 6 ? 1 : 2}`;
}

export type SemesterState = 'closed' | 'current' | 'future';

export const SEMESTER_STATE_LABELS: Record<SemesterState, string> = {
  closed: 'encerrado',
  current: 'em curso',
  future: 'ainda não começou',
};

/** Closed once its last day has passed; current while `today` falls inside it. */
export function semesterState(semester: string, today: string): SemesterState {
  const { startsOn, endsOn } = semesterRange(semester);
  if (today > endsOn) return 'closed';
  if (today >= startsOn) return 'current';
  return 'future';
}

/** The latest semester of the plan already over on `today`; null before the first one ends. */
export function lastClosedSemester(today: string): string | null {
  const closed = SEMESTERS.filter((semester) => semesterState(semester, today) === 'closed');
  return closed.at(-1) ?? null;
}

/** Semesters that have started on `today` (closed or current): the ones a report can be written for. */
export function startedSemesters(today: string): string[] {
  return SEMESTERS.filter((semester) => semesterState(semester, today) !== 'future');
}

/**
 * The moment the report's action figures describe. A closed semester is read at its close: records
 * of its months (written at any time: a late record still tells what happened), and an action whose
 * end date is the semester's last day and that is not concluded counts as atrasada. A current
 * semester is read today. `overdueCheckDate` is the "today" of the atrasada rule (end date before it).
 */
export function semesterCutoff(
  semester: string,
  today: string,
): { lastMonth: string; situationDate: string; overdueCheckDate: string } {
  const { lastMonth, endsOn } = semesterRange(semester);
  if (semesterState(semester, today) === 'closed') {
    return { lastMonth, situationDate: endsOn, overdueCheckDate: addDays(endsOn, 1) };
  }
  return { lastMonth, situationDate: today, overdueCheckDate: today };
}

/**
 * The plan writes deadlines (prazo) as free text: "Até abril/24", "Março/24 a dez/27 (1ª 3ª feira
 * do mês)", "2024 a 2027", "a partir de julho/24", "17 de maio/24". We keep the text and read
 * start/end dates (ISO `AAAA-MM-DD`) where the form is unambiguous:
 *
 * - a month means its first day as a start and its last day as an end; a year likewise;
 * - "até X" sets only the end; "a partir (de) X" only the start (open end), optionally "… até Y";
 * - "X a Y" and "X/Y" (years) set both; a start month without a year takes the end's year
 *   ("Maio a Dez/24");
 * - a single point ("mai/24", "17 de maio/24") is both start and end.
 *
 * Anything else ("contínuo", "conforme calendário do PRI", "junho/2024 e 2025", the misprint
 * "2024027") returns null: a person sets the dates on the review page, nothing is guessed.
 */
import { MONTH_BY_WORD } from '../format.ts';
import { foldText } from '../text.ts';

export type DeadlineDates = { startsOn: string | null; endsOn: string | null };

/** A moment as written: day and month are optional, the year may come from the other side. */
type Point = { day: number | null; month: number | null; year: number | null };

const MONTH_NAMES = [...MONTH_BY_WORD.keys()].join('|');
// A two-digit year only after a month ("abril/24"); alone, a year has four digits, so "Até 30"
// or "15 a 30 de maio/24" are not read as the years 2030 or 2015.
const MONTH_YEAR = '(\\d{4}|\\d{2})';
// "17 de maio/24", "30 maio/24", "abril de 2024", "abril/24", "dez/2027", "setembro 2023", "2027", "maio"
const POINT = new RegExp(
  `^(?:(\\d{1,2}) (?:de )?)?(?:(${MONTH_NAMES})(?:(?: de | |/)${MONTH_YEAR})?|(\\d{4}))$`,
);

function normalise(text: string): string {
  return foldText(text)
    .replace(/\(.*?\)/g, ' ') // "(1ª 3ª feira do mês)" says how often, not when
    .replace(/\b(jan|fev|mar|abr|mai|jun|jul|ago|set|out|nov|dez)\./g, '$1')
    .replace(/a partir\s*\/\s*/g, 'a partir de ')
    .replace(/\s+/g, ' ')
    .trim();
}

function fullYear(digits: string): number {
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

function parsePoint(text: string): Point | null {
  const match = POINT.exec(text.trim());
  if (!match) return null;
  const [, day, monthName, monthYear, bareYear] = match;
  if (bareYear !== undefined)
    return day === undefined ? { day: null, month: null, year: fullYear(bareYear) } : null;
  return {
    day: day === undefined ? null : Number(day),
    month: monthName === undefined ? null : (MONTH_BY_WORD.get(monthName) ?? null),
    year: monthYear === undefined ? null : fullYear(monthYear),
  };
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoDate(year: number, month: number, day: number): string | null {
  if (year < 2000 || year > 2100 || month < 1 || month > 12) return null;
  if (day < 1 || day > lastDayOfMonth(year, month)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function startOf(point: Point): string | null {
  if (point.year === null) return null;
  if (point.month === null) return isoDate(point.year, 1, 1);
  return isoDate(point.year, point.month, point.day ?? 1);
}

function endOf(point: Point): string | null {
  if (point.year === null) return null;
  if (point.month === null) return isoDate(point.year, 12, 31);
  return isoDate(point.year, point.month, point.day ?? lastDayOfMonth(point.year, point.month));
}

/** "Maio a Dez/24": the start borrows the end's year (and must not come after it). */
function withYearFrom(point: Point, other: Point): Point {
  return point.year === null && point.month !== null ? { ...point, year: other.year } : point;
}

function range(startText: string, endText: string | null): DeadlineDates | null {
  const start = parsePoint(startText);
  const end = endText === null ? null : parsePoint(endText);
  if (!start || (endText !== null && !end)) return null;
  const startsOn = startOf(end ? withYearFrom(start, end) : start);
  const endsOn = end ? endOf(end) : null;
  if (!startsOn || (end && !endsOn)) return null;
  if (endsOn && endsOn < startsOn) return null;
  return { startsOn, endsOn };
}

export function parseDeadline(text: string): DeadlineDates | null {
  const normalised = normalise(text);
  if (normalised === '') return null;

  const until = /^ate (.+)$/.exec(normalised);
  if (until?.[1] !== undefined) {
    const point = parsePoint(until[1]);
    const endsOn = point && endOf(point);
    return endsOn ? { startsOn: null, endsOn } : null;
  }

  const from = /^a partir (?:de )?(.+?)(?: ate (.+))?$/.exec(normalised);
  if (from?.[1] !== undefined) return range(from[1], from[2] ?? null);

  const between = /^(.+?) a (.+)$/.exec(normalised) ?? /^(\d{4})\/(\d{4})$/.exec(normalised);
  if (between?.[1] !== undefined && between[2] !== undefined) return range(between[1], between[2]);

  const point = parsePoint(normalised);
  if (!point) return null;
  const startsOn = startOf(point);
  const endsOn = endOf(point);
  return startsOn && endsOn ? { startsOn, endsOn } : null;
}

import { quoteCell } from './problems.ts';

export type NumberProblem = { problem: string };

/** TabNet prints a dash where the count is zero; Excel and Word turn it into an en or em dash. */
const ZERO_DASHES = new Set(['-', '\u2013', '\u2014']);

const INTEGER = /^-?\d+$/;
/**
 * pt-BR grouping: `1.234`, `12.345.678`, `1.234,5`. The first group has no leading zero, so
 * `0.123` is not grouping and falls through to the decimal point.
 *
 * The ambiguous case is a single `.` followed by exactly three digits and no comma (`1.234`):
 * it is read as thousands (1234), because the files we receive are Brazilian and counts in the
 * thousands are far more common than values with exactly three decimals. `1.5`, `1.23` and
 * `1.2345` cannot be grouping and are read as decimals.
 */
const GROUPED = /^-?[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?$/;
const DECIMAL_COMMA = /^-?\d+,\d+$/;
const DECIMAL_POINT = /^-?\d+\.\d+$/;

/**
 * One cell as typed → a number; empty → null (the caller decides whether that is allowed).
 * The comma is always the decimal separator, never grouping: `1,234` is 1.234.
 */
export function parseNumber(cell: string): number | null | NumberProblem {
  const text = cell.trim();
  if (text === '') return null;
  if (ZERO_DASHES.has(text)) return 0;
  // Grouping first: `1.234` also matches DECIMAL_POINT and must not be read as 1.234.
  if (GROUPED.test(text)) return Number(text.replaceAll('.', '').replace(',', '.'));
  if (INTEGER.test(text) || DECIMAL_POINT.test(text)) return Number(text);
  if (DECIMAL_COMMA.test(text)) return Number(text.replace(',', '.'));
  return {
    problem: `${quoteCell(text)} não é um número. Use só algarismos, com vírgula para decimais (ex.: 1234,5).`,
  };
}

export function isNumberProblem(value: number | null | NumberProblem): value is NumberProblem {
  return typeof value === 'object' && value !== null;
}

/**
 * Numbers typed in the entry grid, read the Brazilian way (1.234,5) with the same reader the file
 * import uses, so a value means the same whether it is typed or imported.
 */

import { formatNumber } from '../../../../shared/format.ts';
import { isNumberProblem, parseNumber } from '../../../../shared/import/numbers.ts';

export type ParsedCellText = { value: number | null } | { problem: string };

/** What a person typed → a number; an empty box is null (the half is left blank). */
export function parseCellText(text: string): ParsedCellText {
  const parsed = parseNumber(text);
  return isNumberProblem(parsed) ? parsed : { value: parsed };
}

/** A stored number as its box shows it; reading the text back gives the same number. */
export function cellText(value: number | null): string {
  return value === null ? '' : formatNumber(value, 6);
}

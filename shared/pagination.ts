import { formatNumber } from './format.ts';

/** Rows per page of a long table (the audit, a breakdown): one screen to read, and a light page. */
export const TABLE_PAGE_SIZE = 50;

/** How many pages `total` rows make, at least one (an empty table is one empty page). */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** The rows of one page, and that page: one past the end (the rows became fewer) gives the last. */
export function pageOf<T>(
  rows: readonly T[],
  page: number,
  pageSize = TABLE_PAGE_SIZE,
): { rows: T[]; page: number } {
  const shown = Math.min(Math.max(1, page), pageCount(rows.length, pageSize));
  return { rows: rows.slice((shown - 1) * pageSize, shown * pageSize), page: shown };
}

export type Noun = { one: string; many: string };

/** "página 2 de 7, 312 registros". */
export function pageSummary(page: number, total: number, pageSize: number, noun: Noun): string {
  const counted = total === 1 ? `1 ${noun.one}` : `${formatNumber(total, 0)} ${noun.many}`;
  return `página ${formatNumber(page, 0)} de ${formatNumber(pageCount(total, pageSize), 0)}, ${counted}`;
}

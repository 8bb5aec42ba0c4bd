import { formatNumber } from './format.ts';

/** How many pages `total` rows make, at least one (an empty table is one empty page). */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

export type Noun = { one: string; many: string };

/** "página 2 de 7, 312 registros". */
export function pageSummary(page: number, total: number, pageSize: number, noun: Noun): string {
  const counted = total === 1 ? `1 ${noun.one}` : `${formatNumber(total, 0)} ${noun.many}`;
  return `página ${formatNumber(page, 0)} de ${formatNumber(pageCount(total, pageSize), 0)}, ${counted}`;
}

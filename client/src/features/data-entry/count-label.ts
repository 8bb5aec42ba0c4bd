import { formatNumber } from '../../../../shared/format.ts';

/** "1 célula alterada", "1.234 células alteradas": the number in pt-BR and the matching form. */
export function countLabel(count: number, singular: string, plural: string): string {
  return `${formatNumber(count, 0)} ${count === 1 ? singular : plural}`;
}

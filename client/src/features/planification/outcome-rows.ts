/**
 * Outcomes of the municípios adhering today vs those not (yet) adhering: ICSAPS (713), infant
 * mortality (731) and Saúde da Família coverage (714). Each group's rate is its municípios'
 * numerators and denominators summed on the server; here it only becomes text.
 */
import type { IndicatorKind } from '../../../../shared/domain/indicator.ts';
import { formatNumber } from '../../../../shared/format.ts';
import { formatValue, intervalText } from '../indicators/figure-format.ts';

/** The order the page shows them in (the order). */
export const OUTCOME_ORDER: readonly string[] = ['713', '731', '714'];

export type GroupFigure = {
  municipalities: number;
  reporting: number;
  numerator: number;
  denominator: number;
  value: number | null;
  isSmallNumber: boolean;
  interval: { lower: number; upper: number } | null;
} | null;

export type Group = 'adhering' | 'notAdhering';

export type GroupCell =
  | { kind: 'value'; text: string; title: string }
  | { kind: 'small'; text: string; detail: string | null; title: string }
  | { kind: 'empty-group'; text: string; title: string }
  | { kind: 'no-data'; text: string; title: string };

function reportingText(group: NonNullable<GroupFigure>): string {
  const total = group.municipalities;
  return group.reporting === total
    ? `${formatNumber(total, 0)} ${total === 1 ? 'município' : 'municípios'} com dados`
    : `${formatNumber(group.reporting, 0)} de ${formatNumber(total, 0)} municípios com dados`;
}

/** One group's figure in a year, as the table cell shows it (and its title, with the sums). */
export function groupCell(group: GroupFigure, which: Group, kind: IndicatorKind): GroupCell {
  if (group === null)
    return which === 'adhering'
      ? {
          kind: 'empty-group',
          text: 'nenhum aderiu',
          title: 'Nenhum município da macrorregião aderiu até hoje.',
        }
      : {
          kind: 'empty-group',
          text: 'todos aderiram',
          title: 'Todos os municípios da macrorregião aderiram até hoje.',
        };
  if (group.value === null)
    return {
      kind: 'no-data',
      text: 'sem dados',
      title: `Nenhum dos ${formatNumber(group.municipalities, 0)} municípios tem dados no ano.`,
    };
  const sums = `Numerador ${formatNumber(group.numerator)} / denominador ${formatNumber(group.denominator)} · ${reportingText(group)}`;
  if (group.isSmallNumber)
    return {
      kind: 'small',
      text: '≈ número pequeno',
      detail: group.interval ? intervalText(group.interval, kind) : null,
      title: `Denominador pequeno: o valor calculado (${formatValue(group.value, kind)}) varia muito ao acaso. ${sums}`,
    };
  return { kind: 'value', text: formatValue(group.value, kind), title: sums };
}

/** The three outcomes in the page's order; any other the server sends goes after them. */
export function sortOutcomes<O extends { indicator: { code: string } }>(outcomes: readonly O[]): O[] {
  const rank = (code: string) => {
    const index = OUTCOME_ORDER.indexOf(code);
    return index === -1 ? OUTCOME_ORDER.length : index;
  };
  return [...outcomes].sort((a, b) => rank(a.indicator.code) - rank(b.indicator.code));
}

export type OutcomePoint = { year: number; adhering: number | null; notAdhering: number | null };

/** The lines of the chart: a small-number value is left out (the table says why). */
export function outcomePoints(
  series: readonly { year: number; adhering: GroupFigure; notAdhering: GroupFigure }[],
): OutcomePoint[] {
  const plotted = (group: GroupFigure) => (group && !group.isSmallNumber ? group.value : null);
  return series.map((point) => ({
    year: point.year,
    adhering: plotted(point.adhering),
    notAdhering: plotted(point.notAdhering),
  }));
}

export function hasSmallNumbers(
  series: readonly { adhering: GroupFigure; notAdhering: GroupFigure }[],
): boolean {
  return series.some((point) => point.adhering?.isSmallNumber || point.notAdhering?.isSmallNumber);
}

/** The headings of the two columns: "Em adesão hoje (22)", "Ainda não aderiram (2)". */
export function groupHeadings(adheringCount: number, notAdheringCount: number): Record<Group, string> {
  return {
    adhering: `Em adesão hoje (${formatNumber(adheringCount, 0)})`,
    notAdhering: `Ainda não aderiram (${formatNumber(notAdheringCount, 0)})`,
  };
}

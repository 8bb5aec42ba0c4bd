/** How a figure reads on screen. Every number a user sees goes through here or `shared/format.ts`. */

import { type WindowSummary, windowSummary } from '../../../../shared/domain/completeness.ts';
import {
  type DataLevel,
  type IndicatorKind,
  type Polarity,
  valueDecimals,
} from '../../../../shared/domain/indicator.ts';
import type { Periodicity } from '../../../../shared/domain/period.ts';
import { REPORTED_SHARE } from '../../../../shared/domain/reference-month.ts';
import { formatDateTimeMt, formatFixed, formatNumber, formatPeriod } from '../../../../shared/format.ts';
import type { TagTone } from '../../components/ui/Tag.tsx';
import type { Figure } from '../../lib/trpc.ts';

export const POLARITY_LABELS: Record<Polarity, string> = {
  higher: 'quanto maior, melhor',
  lower: 'quanto menor, melhor',
};

export const PERIODICITY_LABELS: Record<Periodicity, string> = {
  monthly: 'Mensal',
  semiannual: 'Semestral',
  yearly: 'Anual',
};

export const DATA_LEVEL_LABELS: Record<DataLevel, string> = {
  municipality: 'por município',
  macro: 'por macrorregião',
  state: 'para o estado',
};

/** A column of figures names its unit once, in the heading: "Meta (%)", "Valor (por 1.000 nascidos vivos)". */
export function headingWithUnit(label: string, unit: string): string {
  return `${label} (${unit})`;
}

export function formatValue(value: number | null, kind: IndicatorKind): string {
  return formatFixed(value, valueDecimals(kind));
}

/**
 * "IC 95 %: 2,10 a 15,33": the limits with the decimals of the value they surround, so "2,1" never
 * sits beside "15,33". Only rates get an interval (the small-number guard).
 */
export function intervalText(
  interval: { lower: number; upper: number },
  kind: IndicatorKind = 'rate',
): string {
  return `IC 95 %: ${formatValue(interval.lower, kind)} a ${formatValue(interval.upper, kind)}`;
}

/** The plan's count units and their singular; rate units ("%", "por 1.000 nascidos vivos") never change. */
const SINGULAR_UNITS: Readonly<Record<string, string>> = {
  diretrizes: 'diretriz',
  'linhas de cuidado': 'linha de cuidado',
  macrorregiões: 'macrorregião',
  municípios: 'município',
  profissionais: 'profissional',
  projetos: 'projeto',
};

/** The unit as it reads after the value: `1 diretriz`, `2 diretrizes`; a unit not in the plan stays as it is. */
export function unitFor(value: number | null, unit: string): string {
  const trimmed = unit.trim();
  return value === 1 ? (SINGULAR_UNITS[trimmed] ?? trimmed) : trimmed;
}

/** `19,40 %`, `54 municípios`, `1 diretriz`; a missing value stays a bare dash. */
export function formatValueWithUnit(value: number | null, kind: IndicatorKind, unit: string): string {
  const text = formatValue(value, kind);
  const shownUnit = unitFor(value, unit);
  return value === null || shownUnit === '' ? text : `${text} ${shownUnit}`;
}

const REPORTING_UNITS: Record<DataLevel, string> = {
  municipality: 'municípios informando',
  macro: 'macrorregiões informando',
  state: 'registro estadual',
};

/** "141/142": how many recording units sent every expected period, for narrow table columns. */
export function completenessFraction(figure: Pick<Figure, 'reporting' | 'expected'>): string {
  return figure.expected === 0 ? '—' : `${figure.reporting}/${figure.expected}`;
}

/** "141/142 municípios informando": how many recording units sent every expected period. */
export function completenessLabel(
  figure: Pick<Figure, 'reporting' | 'expected'>,
  dataLevel: DataLevel,
): string {
  if (figure.expected === 0) return '—';
  return `${completenessFraction(figure)} ${REPORTING_UNITS[dataLevel]}`;
}

export function completenessText(isComplete: boolean | null): string {
  if (isComplete === null) return 'Sem dados';
  return isComplete ? 'Completo' : 'Incompleto';
}

export function isIncomplete(figure: Pick<Figure, 'reporting' | 'expected' | 'value'>): boolean {
  return figure.value !== null && figure.reporting < figure.expected;
}

export type FigureNote = { key: string; text: string; tone: TagTone; title: string };

const SHARE_TEXT = `${Math.round(REPORTED_SHARE * 100)} %`;

/** The labels a figure needs to be read honestly: year to date, months not counted yet, provisional. */
export function figureNotes(
  figure: Pick<Figure, 'isPartial' | 'partialThrough' | 'isProvisional'> &
    Partial<Pick<Figure, 'interval' | 'pooled' | 'provenance' | 'pending'>>,
): FigureNote[] {
  const notes: FigureNote[] = [];
  const revised = figure.provenance?.revisedSince;
  if (revised) {
    notes.push({
      key: 'revised',
      text: `revisado desde a reunião de ${formatPeriod(revised.meetingMonth)}`,
      tone: 'warning',
      title: `Na reunião de condução de ${formatPeriod(revised.meetingMonth)} este valor era ${formatNumber(revised.shownValue)}; os dados foram atualizados depois.`,
    });
  }
  if (figure.interval) {
    const pooled = figure.pooled;
    notes.push({
      key: 'small-number',
      text: intervalText(figure.interval),
      tone: 'warning',
      title:
        'Denominador pequeno: o valor varia muito ao acaso e não é comparado com a meta. Compare com a região de saúde' +
        (pooled && pooled.fromYear < pooled.toYear
          ? ` ou com ${pooled.fromYear}–${pooled.toYear} somados: ${formatValue(pooled.value, 'rate')}` +
            (pooled.interval ? ` (${intervalText(pooled.interval)})` : '') +
            '.'
          : ' ou com três anos somados.'),
    });
  }
  if (figure.isPartial && figure.partialThrough) {
    notes.push({
      key: 'partial',
      text: `parcial até ${formatPeriod(figure.partialThrough)}`,
      tone: 'info',
      title: `Valor acumulado no ano até o mês de referência do território (o último mês que pelo menos ${SHARE_TEXT} dos municípios informaram), comparado com a meta anual.`,
    });
  }
  for (const pending of figure.pending ?? []) {
    notes.push({
      key: `pending-${pending.month}`,
      text: `${formatPeriod(pending.month)}: ${pending.reported} de ${pending.expected} municípios já informaram`,
      tone: 'info',
      title: `${formatPeriod(pending.month)} ainda não entra no valor: entra quando o mês estiver completo (pelo menos ${SHARE_TEXT} dos municípios do território).`,
    });
  }
  if (figure.isProvisional) {
    notes.push({
      key: 'provisional',
      text: 'provisório',
      tone: 'warning',
      title: 'Dados preliminares: a base ainda pode ser atualizada (ex.: óbitos fecham com atraso).',
    });
  }
  return notes;
}

/** "Fonte: SIH/SUS · competência out/2026 · carregado em 24/11/2026 10:15 · dados preliminares". */
export function provenanceText(provenance: NonNullable<Figure['provenance']>): string {
  return [
    `Fonte: ${provenance.sources.join('; ')}`,
    `competência ${formatPeriod(provenance.competence)}`,
    `carregado em ${formatDateTimeMt(provenance.loadedAt)}`,
    ...(provenance.hasProvisional ? ['inclui dados preliminares'] : []),
  ].join(' · ');
}

export function hasExampleData(figures: Iterable<Pick<Figure, 'isExample'>>): boolean {
  for (const figure of figures) if (figure.isExample) return true;
  return false;
}

/** A figure from real data on a page that also shows example data. */
export function isRealData(figure: Pick<Figure, 'value' | 'isExample'>): boolean {
  return figure.value !== null && !figure.isExample;
}

/**
 * The target as the plan printed it, when it says more than the number (count goals split by
 * macro: "54 (19 Sul + 35 Norte)").
 */
export function printedTarget(figure: Pick<Figure, 'target' | 'targetLabel'>): string | null {
  if (figure.target === null || !figure.targetLabel) return null;
  const label = figure.targetLabel.trim();
  return /^[\d.,\s]+$/.test(label) ? null : label;
}

/** Said next to a target when a territory is judged against the state's target. */
export function targetScopeNote(figure: Pick<Figure, 'targetScope' | 'level'>): string | null {
  return figure.targetScope === 'state' && figure.level !== 'state' ? 'meta estadual' : null;
}

type WindowFigure = Pick<Figure, 'isPartial' | 'partialThrough' | 'isProvisional' | 'value'> &
  Partial<Pick<Figure, 'pending'>>;

/**
 * One note for a list of territories of one year (a breakdown, the map, the municípios): each
 * territory counts up to its own reference month; the note names the usual one, and the rows that
 * differ say theirs (`rowWindow`).
 */
export function yearWindowNote(figures: readonly WindowFigure[]): string | null {
  return windowNote(windowSummary(figures));
}

/** The same note from a list's summary (a breakdown read a page at a time gets it with the page). */
export function windowNote({ usual, differs, isProvisional, hasPending }: WindowSummary): string | null {
  const parts = [
    usual
      ? `parcial até ${formatPeriod(usual)}${differs ? ' (os que vão até outro mês dizem qual)' : ''}`
      : null,
    isProvisional ? 'provisório' : null,
    hasPending
      ? `meses que só alguns municípios enviaram ainda não contam (falta chegar a ${SHARE_TEXT} do território)`
      : null,
  ].filter(Boolean);
  return parts.length === 0 ? null : parts.join('; ');
}

/**
 * A row's own window inside a list whose usual month is `usual`: "até nov/2026" when it differs, and
 * the next month arriving ("nov/2026: 5 de 36").
 */
export function rowWindow(
  figure: Pick<WindowFigure, 'isPartial' | 'partialThrough'> & Partial<Pick<WindowFigure, 'pending'>>,
  usual: string | null,
): { through: string | null; pending: string | null } {
  const next = figure.pending?.[0];
  return {
    through:
      figure.isPartial && figure.partialThrough && figure.partialThrough !== usual
        ? `até ${formatPeriod(figure.partialThrough)}`
        : null,
    pending: next ? `${formatPeriod(next.month)}: ${next.reported} de ${next.expected}` : null,
  };
}

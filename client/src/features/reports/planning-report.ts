/**
 * The RDQA (quadrimester) and the RAG (year) on screen and on paper: addresses and the sentences
 * around the figures. Periods are `shared/domain/dates.ts`'s parts of the year.
 */
import { parseYearPart, type YearPartKind, yearPartCode } from '../../../../shared/domain/dates.ts';
import { formatFixed, formatIsoDate, formatPeriod } from '../../../../shared/format.ts';
import type { RouterOutputs } from '../../lib/trpc.ts';

export type PlanningReport = RouterOutputs['report']['planning'];
export type PlanningReportKind = PlanningReport['kind'];
export type PlanningReportIndicator = PlanningReport['objectives'][number]['indicators'][number];

/** What each report is called and where it lives. */
export const PLANNING_REPORTS: Record<
  PlanningReportKind,
  { base: string; title: string; short: string; apiBase: string; periodName: string; example: string }
> = {
  quadrimester: {
    base: '/relatorios/quadrimestral',
    title: 'Relatório Detalhado do Quadrimestre Anterior (RDQA)',
    short: 'Relatório quadrimestral (RDQA)',
    apiBase: '/api/v1/reports/quadrimestral',
    periodName: 'Quadrimestre',
    example:
      'AAAA-Q1 (janeiro a abril), AAAA-Q2 (maio a agosto) ou AAAA-Q3 (setembro a dezembro), de 2024 a 2027',
  },
  year: {
    base: '/relatorios/anual',
    title: 'Relatório Anual de Gestão (RAG)',
    short: 'Relatório anual (RAG)',
    apiBase: '/api/v1/reports/anual',
    periodName: 'Ano',
    example: 'o ano com 4 dígitos, de 2024 a 2027',
  },
};

/** `quadrimestral` / `anual`, the address's `:kind` segment → the report; null for anything else. */
export function planningKindOf(segment: string | undefined): PlanningReportKind | null {
  const found = (Object.keys(PLANNING_REPORTS) as PlanningReportKind[]).find(
    (kind) => PLANNING_REPORTS[kind].base === `/relatorios/${segment ?? ''}`,
  );
  return found ?? null;
}

/** The `:period` of the address when it is one of the report's periods (`2026-q2` → `2026-Q2`), else null. */
export function parsePlanningPeriod(kind: YearPartKind, text: string | undefined): string | null {
  const parsed = parseYearPart(text ?? '', kind);
  return parsed ? yearPartCode(parsed) : null;
}

export function planningReportPath(kind: PlanningReportKind, period: string): string {
  return `${PLANNING_REPORTS[kind].base}/${encodeURIComponent(period)}`;
}

export function planningPrintPath(kind: PlanningReportKind, period: string): string {
  return `${planningReportPath(kind, period)}/imprimir`;
}

export function planningXlsxPath(kind: PlanningReportKind, period: string): string {
  return `${PLANNING_REPORTS[kind].apiBase}/${encodeURIComponent(period)}.xlsx`;
}

/** Where the actions' counts stand: the period's last day once it is over, else today. */
export function planningSituationText(
  report: Pick<PlanningReport, 'state' | 'situationDate' | 'endsOn' | 'label'>,
) {
  return report.state === 'closed'
    ? `Situação das ações em ${formatIsoDate(report.situationDate)}, fim do período (registros de monitoramento dos meses do período, mesmo se lançados depois).`
    : `Período em curso: situação das ações hoje, ${formatIsoDate(report.situationDate)}; o período termina em ${formatIsoDate(report.endsOn)}.`;
}

/** "mai/2026 a ago/2026"; one month alone when the data reach only it. */
export function monthsText(firstMonth: string, lastMonth: string): string {
  return firstMonth === lastMonth
    ? formatPeriod(firstMonth)
    : `${formatPeriod(firstMonth)} a ${formatPeriod(lastMonth)}`;
}

/** Why a quadrimester has no result of its own. */
export function noPeriodResultText(indicator: Pick<PlanningReportIndicator, 'periodicity'>): string {
  if (indicator.periodicity === 'yearly') return 'indicador anual: sem resultado por quadrimestre';
  if (indicator.periodicity === 'semiannual') return 'indicador semestral: sem resultado por quadrimestre';
  return 'sem dados no quadrimestre';
}

/** `% da meta`: one decimal, "—" without a figure. */
export function formatAchievement(value: number | null): string {
  return value === null ? '—' : `${formatFixed(value, 1)} %`;
}

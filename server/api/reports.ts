/**
 * The reports as JSON (the page's data) or as XLSX workbooks, one worksheet per section, each cell
 * typed (`shared/export-table.ts`), `[.xlsx|.json]` or `?format=xlsx` / `?formato=xlsx`:
 * - `GET /api/v1/reports/semester/{AAAA-S1|AAAA-S2}`: the semester report per objective;
 * - `GET /api/v1/reports/quadrimestral/{AAAA-Q1..Q3}`: the RDQA;
 * - `GET /api/v1/reports/anual/{AAAA}`: the RAG.
 */
import type { Request, Response } from 'express';
import {
  ACTION_STATUS_LABELS,
  ACTION_STATUSES,
  NO_STATUS_LABEL,
  type Rollup,
} from '../../shared/domain/action-status.ts';
import { type IndicatorKind, valueDecimals } from '../../shared/domain/indicator.ts';
import { countCell, type ExportCell, type ExportTable } from '../../shared/export-table.ts';
import { NARRATIVE_FIELDS, ZSemesterSchema } from '../../shared/schemas/semester-report.ts';
import { inputErrorMessage } from '../../shared/schemas/zod-locale.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../errors.ts';
import { sendWorkbook, type TableFormat } from '../export/send-table.ts';
import { authOf } from '../http/authenticate.ts';
import {
  getPlanningReport,
  type PlanningReport,
  type PlanningReportKind,
} from '../services/planning-report.ts';
import { getSemesterReport, type SemesterReport } from '../services/semester-report.ts';

/** The semester workbook: indicators, actions by status, atrasadas, não conformidades and the texts. */
export function semesterReportSheets(report: SemesterReport): ExportTable[] {
  const { semester, objectives } = report;
  const rowsOf = (build: (objective: SemesterReport['objectives'][number]) => ExportCell[][]) =>
    objectives.flatMap(build);
  return [
    {
      sheetName: 'Indicadores',
      columns: [
        { header: 'Semestre', type: 'code' },
        { header: 'Objetivo', type: 'code' },
        { header: 'Meta estratégica', type: 'code' },
        { header: 'Código', type: 'code' },
        { header: 'Indicador', type: 'text' },
        { header: 'Unidade', type: 'text' },
        { header: 'Ano', type: 'year' },
        { header: 'Resultado (estado)', type: 'number' },
        { header: 'Meta do ano', type: 'number' },
        { header: 'Meta como impressa', type: 'text' },
        { header: 'Situação', type: 'text' },
        { header: 'Parcial até', type: 'month' },
        { header: 'Unidades informando', type: 'number', decimals: 0 },
        { header: 'Unidades esperadas', type: 'number', decimals: 0 },
        { header: 'Dado de exemplo', type: 'yesno' },
      ],
      rows: rowsOf((objective) =>
        objective.indicators.map((indicator) => [
          semester,
          objective.code,
          indicator.goalCode,
          indicator.code,
          indicator.name,
          indicator.unit,
          indicator.year,
          withDecimals(indicator.value, indicator.kind),
          withDecimals(indicator.target, indicator.kind),
          indicator.targetLabel,
          indicator.statusLabel,
          indicator.partialThrough,
          indicator.reporting,
          indicator.expected,
          indicator.isExample,
        ]),
      ),
    },
    actionsByStatusSheet('Semestre', semester, report.situationDate, objectives),
    {
      sheetName: 'Ações atrasadas',
      columns: [
        { header: 'Semestre', type: 'code' },
        { header: 'Objetivo', type: 'code' },
        { header: 'Ação', type: 'code' },
        { header: 'Descrição', type: 'text' },
        { header: 'Coordenadorias', type: 'text' },
        { header: 'Prazo (texto do plano)', type: 'text' },
        { header: 'Término', type: 'date' },
        { header: 'Situação', type: 'text' },
        { header: '% executado', type: 'number', decimals: 0 },
        { header: 'Mês do último registro', type: 'month' },
      ],
      rows: rowsOf((objective) =>
        objective.actions.overdue.map((action) => [
          semester,
          objective.code,
          action.code,
          action.text,
          action.coordinationCodes.join(', '),
          action.deadlineText,
          action.endsOn,
          action.status ? ACTION_STATUS_LABELS[action.status] : NO_STATUS_LABEL,
          action.percentDone,
          action.lastRecordMonth,
        ]),
      ),
    },
    {
      sheetName: 'Não conformidades',
      columns: [
        { header: 'Semestre', type: 'code' },
        { header: 'Objetivo', type: 'code' },
        { header: 'Ação', type: 'code' },
        { header: 'Mês de referência', type: 'month' },
        { header: 'Não conformidade', type: 'text' },
        { header: 'Causa', type: 'text' },
        { header: 'Medida corretiva', type: 'text' },
        { header: 'Responsável', type: 'text' },
        { header: 'Novo prazo', type: 'date' },
        { header: 'Registrado por', type: 'text' },
        { header: 'Dado de exemplo', type: 'yesno' },
      ],
      rows: rowsOf((objective) =>
        objective.nonConformities.map((item) => [
          semester,
          objective.code,
          item.actionCode,
          item.referenceMonth,
          item.description,
          item.cause,
          item.correctiveAction,
          item.correctiveOwner,
          item.correctiveDeadline,
          item.recordedByName,
          item.isExample,
        ]),
      ),
    },
    {
      sheetName: 'Relato das coordenadorias',
      columns: [
        { header: 'Semestre', type: 'code' },
        { header: 'Objetivo', type: 'code' },
        { header: 'Coordenadoria', type: 'code' },
        { header: 'Nome da coordenadoria', type: 'text' },
        { header: 'Ações no objetivo', type: 'number', decimals: 0 },
        ...NARRATIVE_FIELDS.map((field) => ({
          header: `${field.letter}) ${field.label}`,
          type: 'text' as const,
        })),
        { header: 'Atualizado por', type: 'text' },
        { header: 'Atualizado em (horário de Mato Grosso)', type: 'instant' },
        { header: 'Texto de exemplo', type: 'yesno' },
      ],
      rows: rowsOf((objective) =>
        objective.coordinations.map((coordination) => {
          const narrative = coordination.narrative;
          return [
            semester,
            objective.code,
            coordination.code,
            coordination.name,
            coordination.actionCount,
            ...NARRATIVE_FIELDS.map((field) => narrative?.[field.key] ?? null),
            narrative?.updatedByName ?? null,
            narrative?.updatedAt ?? null,
            narrative ? narrative.isExample : null,
          ];
        }),
      ),
    },
  ];
}

/** A figure with its indicator's decimals (rates two, counts none). */
function withDecimals(value: number | null, kind: IndicatorKind): ExportCell {
  return value === null ? null : { value, decimals: valueDecimals(kind) };
}

/** One line per objective, then the plan's total: the actions by status on `situationDate`. */
function actionsByStatusSheet(
  periodHeader: string,
  period: string,
  situationDate: string,
  objectives: readonly { code: string; name: string; actions: { rollup: Rollup } | Rollup }[],
  total?: Rollup,
): ExportTable {
  const line = (code: string, name: string, summary: Rollup): ExportCell[] => [
    period,
    code,
    name,
    situationDate,
    summary.total,
    summary.counts.not_started,
    summary.counts.in_progress,
    summary.counts.done,
    summary.counts.cancelled,
    summary.counts.suspended,
    summary.counts.none,
    summary.overdue,
    summary.percentDone,
  ];
  const rollupOf = (actions: { rollup: Rollup } | Rollup) => ('rollup' in actions ? actions.rollup : actions);
  return {
    sheetName: 'Ações por situação',
    columns: [
      { header: periodHeader, type: 'code' },
      { header: 'Objetivo', type: 'code' },
      { header: 'Nome do objetivo', type: 'text' },
      { header: 'Situação em', type: 'date' },
      { header: 'Ações operacionais', type: 'number', decimals: 0 },
      ...ACTION_STATUSES.map((status) => ({
        header: ACTION_STATUS_LABELS[status],
        type: 'number' as const,
        decimals: 0,
      })),
      { header: NO_STATUS_LABEL, type: 'number', decimals: 0 },
      { header: 'Atrasadas', type: 'number', decimals: 0 },
      { header: '% concluído', type: 'number', decimals: 1 },
    ],
    rows: [
      ...objectives.map((objective) => line(objective.code, objective.name, rollupOf(objective.actions))),
      ...(total ? [line('Total', 'Todas as ações do plano', total)] : []),
    ],
  };
}

/**
 * The RDQA/RAG workbook. The first sheet has one line per indicator of a PAS goal with the columns
 * of DigiSUS Gestor – Módulo Planejamento's goal table as the published RDQAs show them ("Descrição
 * da Meta", "Indicador para monitoramento e avaliação da meta", "Unidade de medida", "Ano - Linha-Base",
 * "Linha-Base", "Meta", "Resultado do Quadrimestre", "% meta alcançada"), so each line can be
 * copied field by field; the panel's own columns (numerators, months, status) follow.
 */
export function planningReportSheets(report: PlanningReport): ExportTable[] {
  const isQuadrimester = report.kind === 'quadrimester';
  const goalText = new Map(
    report.objectives.flatMap((objective) => objective.goals.map((goal) => [goal.code, goal.text] as const)),
  );
  return [
    {
      sheetName: `${isQuadrimester ? 'RDQA' : 'RAG'} ${report.period}`,
      columns: [
        { header: isQuadrimester ? 'Quadrimestre' : 'Ano', type: 'code' },
        { header: 'Objetivo', type: 'code' },
        { header: 'Descrição do objetivo', type: 'text' },
        { header: 'Nº da meta', type: 'code' },
        { header: 'Descrição da Meta', type: 'text' },
        { header: 'Código do indicador', type: 'code' },
        { header: 'Indicador para monitoramento e avaliação da meta', type: 'text' },
        { header: 'Unidade de medida', type: 'text' },
        { header: 'Ano - Linha-Base', type: 'year' },
        { header: 'Linha-Base', type: 'number' },
        { header: `Meta ${report.year}`, type: 'number' },
        { header: 'Meta como impressa no plano', type: 'text' },
        ...(isQuadrimester
          ? ([
              { header: 'Resultado do Quadrimestre', type: 'number' },
              { header: 'Quadrimestre: de', type: 'month' },
              { header: 'Quadrimestre: até', type: 'month' },
              { header: 'Numerador do quadrimestre', type: 'number' },
              { header: 'Denominador do quadrimestre', type: 'number' },
            ] as const)
          : []),
        { header: isQuadrimester ? 'Resultado acumulado do ano' : 'Resultado do ano', type: 'number' },
        { header: 'Acumulado até (parcial)', type: 'month' },
        { header: 'Numerador do ano', type: 'number' },
        { header: 'Denominador do ano', type: 'number' },
        { header: '% meta alcançada', type: 'number', decimals: 1 },
        { header: 'Situação', type: 'text' },
        { header: 'Coordenadoria', type: 'text' },
        { header: 'Análises e Considerações', type: 'text' },
        { header: 'Dados provisórios', type: 'yesno' },
        { header: 'Dados de exemplo', type: 'yesno' },
      ],
      rows: report.objectives.flatMap((objective) =>
        objective.indicators.map((indicator) => [
          report.period,
          objective.code,
          objective.name,
          indicator.goalCode,
          indicator.goalCode ? (goalText.get(indicator.goalCode) ?? null) : null,
          indicator.code,
          indicator.name,
          indicator.unit,
          indicator.baselineYear,
          withDecimals(indicator.baselineValue, indicator.kind),
          withDecimals(indicator.target, indicator.kind),
          indicator.targetLabel,
          ...(isQuadrimester
            ? [
                withDecimals(indicator.period?.value ?? null, indicator.kind),
                indicator.period?.firstMonth ?? null,
                indicator.period?.lastMonth ?? null,
                countCell(indicator.period?.numerator ?? null),
                countCell(indicator.period?.denominator ?? null),
              ]
            : []),
          withDecimals(indicator.year.value, indicator.kind),
          indicator.year.partialThrough,
          countCell(indicator.year.numerator),
          countCell(indicator.year.denominator),
          indicator.achievementPct,
          indicator.statusLabel,
          indicator.coordinationName,
          indicator.analysis?.text ?? null,
          indicator.isProvisional,
          indicator.isExample,
        ]),
      ),
    },
    actionsByStatusSheet(
      isQuadrimester ? 'Quadrimestre' : 'Ano',
      report.period,
      report.situationDate,
      report.objectives,
      report.actions,
    ),
  ];
}

/** `2026-S1.xlsx` → the period and the format its suffix asks for. */
function splitSuffix(parameter: string): { period: string; suffix: 'xlsx' | 'json' | null } {
  const match = /^(.*)\.(xlsx|json)$/i.exec(parameter);
  if (!match) return { period: parameter, suffix: null };
  return { period: match[1] ?? '', suffix: (match[2] ?? '').toLowerCase() as 'xlsx' | 'json' };
}

type FormatParser = (query: unknown) => { format?: TableFormat | 'json' };

/** The report's period from the address and whether the XLSX is asked (`.xlsx`, `format=` or `formato=`). */
function reportRequest(request: Request, parseFormat: FormatParser, what: string) {
  const { formato, ...query } = request.query;
  const { format } = parseFormat(formato === undefined ? query : { ...query, format: formato });
  if (format === 'csv') throw new AppError('BAD_REQUEST', `${what} sai em JSON ou XLSX (format=xlsx).`);
  const { period, suffix } = splitSuffix(String(request.params.period ?? ''));
  return { period, isXlsx: (suffix ?? format) === 'xlsx' };
}

export function semesterReportHandler(db: Db, now: () => Date, parseFormat: FormatParser) {
  return async (request: Request, response: Response) => {
    const { period, isXlsx } = reportRequest(request, parseFormat, 'O relatório semestral');
    const parsed = ZSemesterSchema.safeParse(period);
    if (!parsed.success) throw new AppError('BAD_REQUEST', inputErrorMessage(parsed.error));
    const auth = authOf(response);
    const report = await getSemesterReport(db, auth.kind === 'user' ? auth.user : null, parsed.data, now());
    if (isXlsx) {
      await sendWorkbook(response, semesterReportSheets(report), `relatorio-semestral-${report.semester}`);
      return;
    }
    response.json(report);
  };
}

const PLANNING_REPORT_FILES: Record<PlanningReportKind, { what: string; file: string }> = {
  quadrimester: { what: 'O relatório quadrimestral (RDQA)', file: 'relatorio-quadrimestral' },
  year: { what: 'O relatório anual (RAG)', file: 'relatorio-anual' },
};

/** `GET /api/v1/reports/quadrimestral/2026-Q2[.xlsx]` and `/api/v1/reports/anual/2025[.xlsx]`. */
export function planningReportHandler(
  db: Db,
  now: () => Date,
  parseFormat: FormatParser,
  kind: PlanningReportKind,
) {
  return async (request: Request, response: Response) => {
    const { what, file } = PLANNING_REPORT_FILES[kind];
    const { period, isXlsx } = reportRequest(request, parseFormat, what);
    const auth = authOf(response);
    const report = await getPlanningReport(
      db,
      auth.kind === 'user' ? auth.user : null,
      { kind, period },
      now(),
    );
    if (isXlsx) {
      await sendWorkbook(response, planningReportSheets(report), `${file}-${report.period}`);
      return;
    }
    response.json(report);
  };
}

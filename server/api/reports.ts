/**
 * `GET /api/v1/reports/semester/{AAAA-S1|AAAA-S2}[.xlsx|.json]` (or `?format=xlsx`, `?formato=xlsx`):
 * the semester report per objective as JSON (the page's data) or as an XLSX workbook with one
 * worksheet per section, numbers kept as numbers.
 */
import type { Request, Response } from 'express';
import { ACTION_STATUS_LABELS, NO_STATUS_LABEL } from '../../shared/domain/action-status.ts';
import { formatDateTimeMt, formatIsoDate, formatPeriod } from '../../shared/format.ts';
import { NARRATIVE_FIELDS, ZSemesterSchema } from '../../shared/schemas/semester-report.ts';
import { inputErrorMessage } from '../../shared/schemas/zod-locale.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../errors.ts';
import { sendWorkbook, type TableFormat } from '../export/send-table.ts';
import type { XlsxCell, XlsxSheet } from '../export/xlsx.ts';
import { authOf } from '../http/authenticate.ts';
import { getSemesterReport, type SemesterReport } from '../services/semester-report.ts';

const yesNo = (value: boolean) => (value ? 'sim' : 'não');

/** % with one decimal: Excel shows 33,3 rather than 33,333333333. */
const oneDecimal = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

/** The workbook: indicators, actions by status, atrasadas, não conformidades and the texts. */
export function semesterReportSheets(report: SemesterReport): XlsxSheet[] {
  const { semester, objectives } = report;
  const rowsOf = (build: (objective: SemesterReport['objectives'][number]) => XlsxCell[][]) =>
    objectives.flatMap(build);
  return [
    {
      name: 'Indicadores',
      header: [
        'Semestre',
        'Objetivo',
        'Meta estratégica',
        'Código',
        'Indicador',
        'Unidade',
        'Ano',
        'Resultado (estado)',
        'Meta do ano',
        'Meta como impressa',
        'Situação',
        'Parcial até',
        'Unidades informando',
        'Unidades esperadas',
        'Dado de exemplo',
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
          indicator.value,
          indicator.target,
          indicator.targetLabel,
          indicator.statusLabel,
          indicator.partialThrough && formatPeriod(indicator.partialThrough),
          indicator.reporting,
          indicator.expected,
          yesNo(indicator.isExample),
        ]),
      ),
    },
    {
      name: 'Ações por situação',
      header: [
        'Semestre',
        'Objetivo',
        'Nome do objetivo',
        'Situação em',
        'Ações operacionais',
        ACTION_STATUS_LABELS.not_started,
        ACTION_STATUS_LABELS.in_progress,
        ACTION_STATUS_LABELS.done,
        ACTION_STATUS_LABELS.cancelled,
        ACTION_STATUS_LABELS.suspended,
        NO_STATUS_LABEL,
        'Atrasadas',
        '% concluído',
      ],
      rows: objectives.map((objective) => {
        const { total, counts, overdue, percentDone } = objective.actions.rollup;
        return [
          semester,
          objective.code,
          objective.name,
          formatIsoDate(report.situationDate),
          total,
          counts.not_started,
          counts.in_progress,
          counts.done,
          counts.cancelled,
          counts.suspended,
          counts.none,
          overdue,
          oneDecimal(percentDone),
        ];
      }),
    },
    {
      name: 'Ações atrasadas',
      header: [
        'Semestre',
        'Objetivo',
        'Ação',
        'Descrição',
        'Coordenadorias',
        'Prazo (texto do plano)',
        'Término',
        'Situação',
        '% executado',
        'Mês do último registro',
      ],
      rows: rowsOf((objective) =>
        objective.actions.overdue.map((action) => [
          semester,
          objective.code,
          action.code,
          action.text,
          action.coordinationCodes.join(', '),
          action.deadlineText,
          action.endsOn && formatIsoDate(action.endsOn),
          action.status ? ACTION_STATUS_LABELS[action.status] : NO_STATUS_LABEL,
          action.percentDone,
          action.lastRecordMonth && formatPeriod(action.lastRecordMonth),
        ]),
      ),
    },
    {
      name: 'Não conformidades',
      header: [
        'Semestre',
        'Objetivo',
        'Ação',
        'Mês de referência',
        'Não conformidade',
        'Causa',
        'Medida corretiva',
        'Responsável',
        'Novo prazo',
        'Registrado por',
        'Dado de exemplo',
      ],
      rows: rowsOf((objective) =>
        objective.nonConformities.map((item) => [
          semester,
          objective.code,
          item.actionCode,
          formatPeriod(item.referenceMonth),
          item.description,
          item.cause,
          item.correctiveAction,
          item.correctiveOwner,
          formatIsoDate(item.correctiveDeadline),
          item.recordedByName,
          yesNo(item.isExample),
        ]),
      ),
    },
    {
      name: 'Relato das coordenadorias',
      header: [
        'Semestre',
        'Objetivo',
        'Coordenadoria',
        'Nome da coordenadoria',
        'Ações no objetivo',
        ...NARRATIVE_FIELDS.map((field) => `${field.letter}) ${field.label}`),
        'Atualizado por',
        'Atualizado em',
        'Texto de exemplo',
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
            narrative ? formatDateTimeMt(narrative.updatedAt) : null,
            narrative ? yesNo(narrative.isExample) : null,
          ];
        }),
      ),
    },
  ];
}

/** `2026-S1.xlsx` → the semester and the format its suffix asks for. */
function splitSuffix(parameter: string): { semester: string; suffix: 'xlsx' | 'json' | null } {
  const match = /^(.*)\.(xlsx|json)$/i.exec(parameter);
  if (!match) return { semester: parameter, suffix: null };
  return { semester: match[1] ?? '', suffix: (match[2] ?? '').toLowerCase() as 'xlsx' | 'json' };
}

export function semesterReportHandler(
  db: Db,
  now: () => Date,
  parseFormat: (query: unknown) => { format?: TableFormat | 'json' },
) {
  return async (request: Request, response: Response) => {
    const { formato, ...query } = request.query;
    const { format } = parseFormat(formato === undefined ? query : { ...query, format: formato });
    if (format === 'csv')
      throw new AppError('BAD_REQUEST', 'O relatório semestral sai em JSON ou XLSX (format=xlsx).');
    const { semester: text, suffix } = splitSuffix(String(request.params.semester ?? ''));
    const parsed = ZSemesterSchema.safeParse(text);
    if (!parsed.success) throw new AppError('BAD_REQUEST', inputErrorMessage(parsed.error));
    const auth = authOf(response);
    const report = await getSemesterReport(db, auth.kind === 'user' ? auth.user : null, parsed.data, now());
    if ((suffix ?? format) === 'xlsx') {
      await sendWorkbook(response, semesterReportSheets(report), `relatorio-semestral-${report.semester}`);
      return;
    }
    response.json(report);
  };
}

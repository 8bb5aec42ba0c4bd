/**
 * `GET /api/v1/actions`: the plan's operational actions with their current state, as JSON, CSV
 * or XLSX, filtered like the page's list (`coordenadoria`, `situacao`, `objetivo`, `atrasadas=1`,
 * `vencendo=1`, `busca`).
 */
import type { Request, Response } from 'express';
import { ACTION_STATUS_LABELS, ACTION_STATUSES, NO_STATUS_LABEL } from '../../shared/domain/action-status.ts';
import {
  type CoordinationNames,
  coordinationList,
  coordinationNames,
} from '../../shared/domain/coordination-names.ts';
import type { ExportTable } from '../../shared/export-table.ts';
import { ZActionFilterSchema } from '../../shared/schemas/action-plan.ts';
import { inputErrorMessage, z } from '../../shared/schemas/zod-locale.ts';
import type { Db } from '../db/client.ts';
import { listCoordinations } from '../db/repositories/plan-repository.ts';
import { AppError } from '../errors.ts';
import { sendTable, type TableFormat } from '../export/send-table.ts';
import { type ActionView, listActions } from '../services/action-plan.ts';

const flag = z
  .enum(['1', 'true', '0', 'false'], { error: 'Use 1 ou 0 nos filtros atrasadas e vencendo.' })
  .transform((value) => value === '1' || value === 'true')
  .optional();

const ZActionsQuerySchema = z
  .object({
    coordenadoria: z.string().optional(),
    situacao: z.string().optional(),
    objetivo: z.string().optional(),
    atrasadas: flag,
    vencendo: flag,
    busca: z.string().optional(),
  })
  .transform((query) => ({
    coordination: query.coordenadoria || undefined,
    status: query.situacao || undefined,
    objective: query.objetivo || undefined,
    overdue: query.atrasadas,
    dueSoon: query.vencendo,
    search: query.busca || undefined,
  }));

const statusLabel = (status: ActionView['status']) =>
  status ? ACTION_STATUS_LABELS[status] : NO_STATUS_LABEL;

function actionToJson(action: ActionView) {
  return {
    code: action.code,
    objective: action.objectiveCode,
    objectiveName: action.objectiveName,
    strategicAction: action.strategicActionCode,
    strategicActionText: action.strategicActionText,
    text: action.text,
    responsible: action.responsibleText,
    coordinations: action.coordinationCodes,
    participants: action.participants,
    deadlineText: action.deadlineText,
    startsOn: action.startsOn,
    endsOn: action.endsOn,
    observations: action.observations,
    statusInPlan: action.statusInPlan,
    status: action.status,
    statusLabel: statusLabel(action.status),
    overdue: action.overdue,
    dueSoon: action.dueSoon,
    lastRecordMonth: action.lastRecord?.referenceMonth ?? null,
    lastRecordAt: action.lastRecord?.recordedAt ?? null,
    lastRecordIsExample: action.lastRecord?.isExample ?? null,
    lastPercentDone: action.lastRecord?.percentDone ?? null,
  };
}

function actionsTable(rows: readonly ActionView[], names: CoordinationNames): ExportTable {
  return {
    sheetName: 'Ações do plano',
    columns: [
      { header: 'Código', type: 'code' },
      { header: 'Objetivo', type: 'code' },
      { header: 'Ação estratégica', type: 'text' },
      { header: 'Ação operacional', type: 'text' },
      { header: 'Responsável (texto do plano)', type: 'text' },
      { header: 'Coordenadorias', type: 'text' },
      { header: 'Códigos das coordenadorias', type: 'code' },
      { header: 'Quem participa', type: 'text' },
      { header: 'Prazo (texto do plano)', type: 'text' },
      { header: 'Início', type: 'date' },
      { header: 'Término', type: 'date' },
      { header: 'Situação no plano', type: 'text' },
      { header: 'Situação atual', type: 'text' },
      { header: 'Atrasada', type: 'yesno' },
      { header: 'Vence em 30 dias', type: 'yesno' },
      { header: '% executado (último registro)', type: 'number', decimals: 0 },
      { header: 'Mês do último registro', type: 'month' },
      { header: 'Último registro é exemplo', type: 'yesno' },
      { header: 'Observações', type: 'text' },
    ],
    rows: rows.map((action) => [
      action.code,
      action.objectiveCode,
      `${action.strategicActionCode} ${action.strategicActionText}`,
      action.text,
      action.responsibleText,
      coordinationList(action.coordinationCodes, names),
      action.coordinationCodes.join(', '),
      action.participants,
      action.deadlineText,
      action.startsOn,
      action.endsOn,
      action.statusInPlan ? ACTION_STATUS_LABELS[action.statusInPlan] : NO_STATUS_LABEL,
      statusLabel(action.status),
      action.overdue,
      action.dueSoon,
      action.lastRecord?.percentDone ?? null,
      action.lastRecord?.referenceMonth ?? null,
      action.lastRecord ? action.lastRecord.isExample : null,
      action.observations,
    ]),
  };
}

export function actionsHandler(
  db: Db,
  now: () => Date,
  parseFormat: (query: unknown) => { format?: TableFormat | 'json' },
) {
  return async (request: Request, response: Response) => {
    const { format } = parseFormat(request.query);
    const { format: _format, ...filters } = request.query;
    const named = ZActionsQuerySchema.safeParse(filters);
    const query = named.success ? ZActionFilterSchema.safeParse(named.data) : named;
    if (!query.success) {
      const unknownStatus = query.error.issues.some((issue) => issue.path[0] === 'status');
      throw new AppError(
        'BAD_REQUEST',
        unknownStatus
          ? `Filtro inválido. Situação desconhecida: use ${ACTION_STATUSES.join(', ')} ou none (sem informação).`
          : `Filtro inválido. ${inputErrorMessage(query.error)}`,
      );
    }
    const { rows } = await listActions(db, now(), query.data);
    if (format === 'csv' || format === 'xlsx') {
      const names = coordinationNames(await listCoordinations(db));
      await sendTable(response, actionsTable(rows, names), 'acoes-do-plano', format);
      return;
    }
    response.json(rows.map(actionToJson));
  };
}

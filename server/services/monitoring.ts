/**
 * Monthly monitoring of an operational action: an append-only history where the latest record is
 * the action's current state. Recording checks the author may (responsible coordenadoria,
 * superintendência, admin) and that nobody recorded in between (the page says which record it saw).
 */
import { monthOf, todayInMt } from '../../shared/domain/dates.ts';
import { canRecordMonitoring } from '../../shared/domain/permissions.ts';
import { formatDateTimeMt, formatPeriod } from '../../shared/format.ts';
import type { TMonitoringRecordInput } from '../../shared/schemas/action-plan.ts';
import type { Db } from '../db/client.ts';
import {
  insertMonitoringRecord,
  listActionRecords,
  type MonitoringRecordRow,
} from '../db/repositories/action-plan-repository.ts';
import { lockRow } from '../db/repositories/row-lock.ts';
import { AppError } from '../errors.ts';
import { type ActionView, loadActionViews } from './action-plan.ts';
import { auditChange } from './audit.ts';
import type { AuthenticatedUser } from './auth.ts';

/** The plan's operational actions start in March 2024; nothing is monitored before its first month. */
const PLAN_START_MONTH = '2024-01';

async function findActionView(db: Db, now: Date, code: string): Promise<ActionView> {
  const { views } = await loadActionViews(db, now, { includeRetired: true });
  const view = views.find((candidate) => candidate.code === code);
  if (!view) throw new AppError('NOT_FOUND', `Ação ${code} não encontrada no plano.`);
  return view;
}

export async function getActionDetail(db: Db, user: AuthenticatedUser, code: string, now: Date) {
  const action = await findActionView(db, now, code);
  const history = await listActionRecords(db, code);
  return {
    action,
    history,
    canRecord: action.retiredAt === null && canRecordMonitoring(user, action),
  };
}

function conflictMessage(latest: MonitoringRecordRow): string {
  return (
    `${latest.recordedByName} registrou esta ação (${formatPeriod(latest.referenceMonth)}) em ` +
    `${formatDateTimeMt(latest.recordedAt)}, depois que você abriu a página. Seu texto continua no ` +
    'formulário: confira o registro novo no histórico e salve de novo.'
  );
}

export async function recordMonitoring(
  db: Db,
  user: AuthenticatedUser,
  input: TMonitoringRecordInput,
  now: Date,
) {
  if (input.referenceMonth < PLAN_START_MONTH) {
    throw new AppError(
      'BAD_REQUEST',
      `O monitoramento do plano começa em ${formatPeriod(PLAN_START_MONTH)}.`,
    );
  }
  if (input.referenceMonth > monthOf(todayInMt(now))) {
    throw new AppError('BAD_REQUEST', 'O mês de referência não pode ser posterior ao mês atual.');
  }
  if (input.status === 'done' && input.percentDone !== null && input.percentDone < 100) {
    throw new AppError(
      'BAD_REQUEST',
      'Uma ação concluída tem 100% executado; corrija o percentual ou a situação.',
    );
  }
  return db.transaction(async (trx) => {
    await lockRow(trx, 'operational_actions', { code: input.code });
    const action = await findActionView(trx, now, input.code);
    if (action.retiredAt !== null) {
      throw new AppError(
        'UNPROCESSABLE',
        `A ação ${action.code} foi retirada do plano e não recebe novos registros.`,
      );
    }
    if (!canRecordMonitoring(user, action)) {
      throw new AppError(
        'FORBIDDEN',
        user.role === 'regional'
          ? 'Gestores regionais acompanham o plano de ação, mas não registram o monitoramento.'
          : `Você não pode registrar a ação ${action.code}: ela é de ${action.coordinationCodes.join(', ')}.`,
      );
    }
    // Anybody who wrote after the page was opened (even a late record for an older month) makes
    // this save a conflict. Check and insert share the writer's transaction.
    const history = await listActionRecords(trx, action.code);
    const latest = history.reduce<MonitoringRecordRow | undefined>(
      (newest, candidate) => (newest && newest.id > candidate.id ? newest : candidate),
      undefined,
    );
    if (latest && latest.id !== input.basedOnRecordId)
      throw new AppError('CONFLICT', conflictMessage(latest));
    if (action.startsOn && input.referenceMonth < monthOf(action.startsOn))
      throw new AppError(
        'BAD_REQUEST',
        `A ação ${action.code} começa em ${formatPeriod(monthOf(action.startsOn))}: escolha um mês de referência a partir dele.`,
      );
    if (input.nonConformity && input.nonConformity.correctiveDeadline < `${input.referenceMonth}-01`)
      throw new AppError(
        'BAD_REQUEST',
        'O novo prazo da medida corretiva não pode ser anterior ao mês de referência.',
      );
    const record = {
      actionCode: action.code,
      referenceMonth: input.referenceMonth,
      status: input.status,
      percentDone: input.status === 'done' ? 100 : input.percentDone,
      doneText: input.doneText,
      difficulties: input.difficulties,
      evidenceLinks: input.evidenceLinks,
      nonConformity: input.nonConformity,
      recordedAt: now.toISOString(),
      recordedBy: user.id,
      isExample: false,
    };
    const id = await insertMonitoringRecord(trx, record);
    await auditChange(trx, user, now, {
      action: 'registro de monitoramento',
      entity: 'acao',
      key: action.code,
      before: latest
        ? { status: latest.status, referenceMonth: latest.referenceMonth, percentDone: latest.percentDone }
        : null,
      after: { id, ...record },
    });
    return { id };
  });
}

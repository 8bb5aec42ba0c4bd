/**
 * Months of data closed at the reunião de condução (rules in `shared/domain/data-closing.ts`): every
 * write of values — grid, imports, command line, the planificação records that derive PLAN-* — asks
 * here first, and the administrator reopens a month with a reason.
 */
import { closedPeriodProblem, type MonthClosure } from '../../shared/domain/data-closing.ts';
import { formatPeriod } from '../../shared/format.ts';
import type { TIndicator } from '../../shared/schemas/indicator.ts';
import type { Db } from '../db/client.ts';
import { listDataClosures, reopenDataMonth } from '../db/repositories/data-closure-repository.ts';
import { AppError } from '../errors.ts';
import { auditChange } from './audit.ts';
import type { AuthenticatedUser } from './auth.ts';

/** The months closed now, by month. */
export async function loadClosedMonths(db: Db): Promise<Map<string, MonthClosure>> {
  return new Map(
    (await listDataClosures(db))
      .filter((closure) => closure.isClosed)
      .map((closure) => [closure.month, closure]),
  );
}

/** Refuses a write that would change a value of a closed month, naming the period and the closing. */
export async function assertPeriodsOpen(
  db: Db,
  rows: readonly { indicatorCode: string; period: string }[],
  indicators: ReadonlyMap<string, Pick<TIndicator, 'periodicity'>>,
): Promise<void> {
  if (rows.length === 0) return;
  const closed = await loadClosedMonths(db);
  if (closed.size === 0) return;
  for (const row of rows) {
    const indicator = indicators.get(row.indicatorCode);
    const problem = indicator ? closedPeriodProblem(row.period, indicator.periodicity, closed) : null;
    if (problem)
      throw new AppError(
        'UNPROCESSABLE',
        `Nada foi salvo: ${row.indicatorCode} em ${formatPeriod(row.period)}. ${problem}`,
      );
  }
}

/** The closings and reopenings, for the indicator page. */
export async function getDataClosures(db: Db) {
  return listDataClosures(db);
}

export async function reopenMonth(
  db: Db,
  user: AuthenticatedUser,
  input: { month: string; version: number; reason: string },
  now: Date,
) {
  if (user.role !== 'admin')
    throw new AppError('FORBIDDEN', 'Só o administrador reabre um mês fechado na reunião de condução.');
  return db.transaction(async (trx) => {
    const closure = (await listDataClosures(trx)).find((candidate) => candidate.month === input.month);
    if (!closure?.isClosed)
      throw new AppError('UNPROCESSABLE', `O mês ${formatPeriod(input.month)} não está fechado.`);
    const isReopened = await reopenDataMonth(trx, {
      month: input.month,
      version: input.version,
      userId: user.id,
      reason: input.reason,
      at: now.toISOString(),
    });
    if (!isReopened)
      throw new AppError(
        'CONFLICT',
        `O mês ${formatPeriod(input.month)} mudou depois que você abriu a página (fechado de novo ou reaberto). Recarregue e confira.`,
      );
    await auditChange(trx, user, now, {
      action: 'mês reaberto',
      entity: 'mes',
      key: input.month,
      before: { fechado: true, fechadoEm: closure.closedAt, reuniao: closure.meetingMonth },
      after: { fechado: false, motivo: input.reason },
    });
  });
}

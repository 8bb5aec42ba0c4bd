/**
 * The operational actions that serve each indicator (issue 15). The plan proposes the actions of the
 * indicator's own objective; the administrator or the superintendência confirm and edit the links
 * (audited). The result indicators (objective RS) are served by every objective: the plan proposes
 * nothing for them, the links are chosen by hand.
 */
import { canLinkIndicatorActions } from '../../shared/domain/permissions.ts';
import type { Db } from '../db/client.ts';
import { readTogether } from '../db/read-together.ts';
import {
  listIndicatorActions,
  replaceIndicatorActions,
} from '../db/repositories/indicator-action-repository.ts';
import { AppError } from '../errors.ts';
import { actionSummary, loadActionViews } from './action-plan.ts';
import { auditChange } from './audit.ts';
import type { AuthenticatedUser } from './auth.ts';
import { getIndicatorOrFail } from './plan-catalogue.ts';
import type { Reader } from './read-scope.ts';

export async function getIndicatorActions(db: Db, reader: Reader, code: string, now: Date) {
  const indicator = await getIndicatorOrFail(db, code);
  const [{ views }, links] = await readTogether(db, [
    () => loadActionViews(db, now),
    () => listIndicatorActions(db),
  ]);
  const linkedCodes = links.get(indicator.code) ?? [];
  const byCode = new Map(views.map((view) => [view.code, view]));
  return {
    linked: linkedCodes.flatMap((actionCode) => {
      const view = byCode.get(actionCode);
      return view ? [actionSummary(view)] : [];
    }),
    proposed: views
      .filter(
        (view) =>
          view.objectiveCode === indicator.objectiveCode &&
          !view.retiredAt &&
          !linkedCodes.includes(view.code),
      )
      .map(actionSummary),
    canEdit: reader !== null && canLinkIndicatorActions(reader),
  };
}

export async function setIndicatorActions(
  db: Db,
  user: AuthenticatedUser,
  input: { code: string; actionCodes: readonly string[] },
  now: Date,
) {
  if (!canLinkIndicatorActions(user))
    throw new AppError('FORBIDDEN', 'Só a superintendência e o administrador ligam ações aos indicadores.');
  const indicator = await getIndicatorOrFail(db, input.code);
  const actionCodes = [...new Set(input.actionCodes)];
  return db.transaction(async (trx) => {
    const [{ views }, links] = await readTogether(trx, [
      () => loadActionViews(trx, now),
      () => listIndicatorActions(trx),
    ]);
    const known = new Set(views.filter((view) => !view.retiredAt).map((view) => view.code));
    const unknown = actionCodes.filter((code) => !known.has(code));
    if (unknown.length > 0)
      throw new AppError(
        'UNPROCESSABLE',
        `${unknown.length === 1 ? 'Ação desconhecida ou retirada' : 'Ações desconhecidas ou retiradas'} do plano: ${unknown.join(', ')}.`,
      );
    const before = links.get(indicator.code) ?? [];
    await replaceIndicatorActions(trx, {
      indicatorCode: indicator.code,
      actionCodes,
      at: now.toISOString(),
      by: user.id,
    });
    await auditChange(trx, user, now, {
      action: 'ações do indicador',
      entity: 'indicador-acoes',
      key: indicator.code,
      before: { acoes: before },
      after: { acoes: actionCodes },
    });
  });
}

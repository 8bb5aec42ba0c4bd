/**
 * The análise do indicador (issue 15): per indicator, territory (the state, or a macrorregião) and
 * month, what explains the figure and what is being done, with the actions that serve it. Written
 * by the indicator's coordenadoria (the superintendência may write too), kept like the monitoring
 * history: a new writing is a new row, the latest counts. The pack of the reunião de condução lists
 * the indicators off target without one for the month it reviews.
 */
import { monthOf, todayInMt } from '../../shared/domain/dates.ts';
import { canWriteAnalysis } from '../../shared/domain/permissions.ts';
import { formatPeriod } from '../../shared/format.ts';
import type { TAnalysisInput } from '../../shared/schemas/analysis.ts';
import type { Db } from '../db/client.ts';
import { listOperationalActions } from '../db/repositories/action-plan-repository.ts';
import { insertAnalysis, listAnalyses } from '../db/repositories/analysis-repository.ts';
import type { TerritoryRow } from '../db/repositories/territory-repository.ts';
import { AppError } from '../errors.ts';
import { auditChange } from './audit.ts';
import type { AuthenticatedUser } from './auth.ts';
import { getIndicatorOrFail, readTerritories } from './plan-catalogue.ts';
import { assertCanRead, type Reader } from './read-scope.ts';

/** An análise as one text, for the reports that quote it (semester report, RDQA/RAG). */
export function analysisText(analysis: { explanation: string; response: string }): string {
  return `${analysis.explanation} O que está sendo feito: ${analysis.response}`;
}

async function analysedTerritory(db: Db, code: string, now: Date): Promise<TerritoryRow> {
  const territory = (await readTerritories(db, now)).find((candidate) => candidate.code === code);
  if (!territory) throw new AppError('NOT_FOUND', `Território "${code}" não encontrado.`);
  if (territory.level !== 'state' && territory.level !== 'macro')
    throw new AppError(
      'UNPROCESSABLE',
      'A análise do indicador é escrita para o estado ou para uma macrorregião.',
    );
  return territory;
}

/** The history of one indicator's analyses in one territory, newest first, and whether the reader may write. */
export async function getAnalyses(
  db: Db,
  reader: Reader,
  request: { code: string; territoryCode: string },
  now: Date,
) {
  const indicator = await getIndicatorOrFail(db, request.code);
  const territory = await analysedTerritory(db, request.territoryCode, now);
  assertCanRead(reader, territory);
  return {
    history: await listAnalyses(db, indicator.code, territory.code),
    canWrite: reader !== null && canWriteAnalysis(reader, indicator),
  };
}

export async function writeAnalysis(db: Db, user: AuthenticatedUser, input: TAnalysisInput, now: Date) {
  const indicator = await getIndicatorOrFail(db, input.code);
  if (!canWriteAnalysis(user, indicator))
    throw new AppError(
      'FORBIDDEN',
      `Só a coordenadoria responsável pelo indicador (${indicator.coordinationCode}), a superintendência e o administrador escrevem a sua análise.`,
    );
  const territory = await analysedTerritory(db, input.territoryCode, now);
  if (input.month > monthOf(todayInMt(now)))
    throw new AppError(
      'UNPROCESSABLE',
      `A análise de ${formatPeriod(input.month)} ainda não pode ser escrita: o mês não começou.`,
    );
  const known = new Set((await listOperationalActions(db)).map((action) => action.code));
  const actionCodes = [...new Set(input.actionCodes)];
  const unknown = actionCodes.filter((code) => !known.has(code));
  if (unknown.length > 0)
    throw new AppError(
      'UNPROCESSABLE',
      `${unknown.length === 1 ? 'Ação desconhecida' : 'Ações desconhecidas'} no plano: ${unknown.join(', ')}.`,
    );
  return db.transaction(async (trx) => {
    const analysis = {
      indicatorCode: indicator.code,
      territoryCode: territory.code,
      month: input.month,
      explanation: input.explanation,
      response: input.response,
      actionCodes,
      writtenAt: now.toISOString(),
      writtenBy: user.id,
    };
    const id = await insertAnalysis(trx, analysis);
    await auditChange(trx, user, now, {
      action: 'análise do indicador',
      entity: 'analise',
      key: `${indicator.code}|${territory.code}|${input.month}`,
      after: { id, ...analysis },
    });
    return { id };
  });
}

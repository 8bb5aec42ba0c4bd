import { monthOf, todayInMt } from '../../shared/domain/dates.ts';
import { yearOf } from '../../shared/domain/period.ts';
import type { TIndicator } from '../../shared/schemas/indicator.ts';
import type { Db } from '../db/client.ts';
import { readTogether } from '../db/read-together.ts';
import { findLastClosedMonth, findMeeting } from '../db/repositories/meeting-repository.ts';
import {
  listCoordinations,
  listGoals,
  listIndicators,
  listObjectives,
  listTargets,
} from '../db/repositories/plan-repository.ts';
import { listTerritories, type TerritoryRow } from '../db/repositories/territory-repository.ts';
import { AppError } from '../errors.ts';
import { cachedFigures } from './figure-cache.ts';
import type { FigureContext, ShownInMeeting } from './figures.ts';
import { readSnapshot, type ShownFigure } from './meeting-snapshot.ts';

export async function getIndicatorOrFail(db: Db, code: string): Promise<TIndicator> {
  const indicator = (await listIndicators(db)).find((candidate) => candidate.code === code);
  if (!indicator) throw new AppError('NOT_FOUND', `Indicador "${code}" não encontrado no painel do plano.`);
  return indicator;
}

export async function getPlanCatalogue(db: Db) {
  const [objectives, goals, coordinations, indicators, targets] = await readTogether(db, [
    () => listObjectives(db),
    () => listGoals(db),
    () => listCoordinations(db),
    () => listIndicators(db),
    () => listTargets(db),
  ]);
  return { objectives, goals, coordinations, indicators, targets };
}

/**
 * Every territory, kept per change of the data as the figures are (territories are written only in
 * a transaction, which gives the data a new revision): 5.900 rows at national scale, read by most
 * pages. Shared: callers must not change it.
 */
export function readTerritories(db: Db, now: Date): Promise<TerritoryRow[]> {
  return cachedFigures(db, now, 'territories', () => listTerritories(db));
}

/** Everything `computeFigures` needs besides the request, read once per request. */
export async function loadFigureContext(
  db: Db,
  indicators: readonly TIndicator[],
  now: Date,
): Promise<FigureContext> {
  const codes = indicators.map((indicator) => indicator.code);
  const [territories, targets, lastClosedMeeting] = await readTogether(db, [
    () => readTerritories(db, now),
    () => listTargets(db, codes),
    () => loadShownInLastMeeting(db),
  ]);
  const today = todayInMt(now);
  return {
    territories,
    targets,
    // Full months elapsed: on 24/11 October is the last month that can have closed.
    today: { year: yearOf(today), monthsElapsed: Number(today.slice(5, 7)) - 1, month: monthOf(today) },
    lastClosedMeeting,
  };
}

/** The state figures the last closed reunião de condução showed (see meeting-snapshot.ts). */
async function loadShownInLastMeeting(db: Db): Promise<ShownInMeeting | null> {
  const month = await findLastClosedMonth(db);
  const meeting = month ? await findMeeting(db, month) : null;
  const pack = meeting
    ? readSnapshot<{ year: number; shownFigures: Record<string, ShownFigure> }>(meeting)
    : null;
  if (!meeting || !pack) return null;
  const figures = new Map<string, ShownFigure>(Object.entries(pack.shownFigures));
  return { month: meeting.month, year: pack.year, figures };
}

/** Refuses codes that are not coordenadorias of the plan, naming them. */
export async function assertKnownCoordinations(db: Db, codes: readonly string[]): Promise<void> {
  const known = new Set((await listCoordinations(db)).map((coordination) => coordination.code));
  const unknown = codes.filter((code) => !known.has(code));
  if (unknown.length > 0)
    throw new AppError('UNPROCESSABLE', `Coordenadoria desconhecida: ${unknown.join(', ')}.`);
}

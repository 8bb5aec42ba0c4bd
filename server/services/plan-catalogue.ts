import { todayInMt } from '../../shared/domain/action-status.ts';
import { yearOf } from '../../shared/domain/period.ts';
import type { TIndicator } from '../../shared/schemas/indicator.ts';
import type { Db } from '../db/client.ts';
import { type ProvenanceRow, provenanceSummary } from '../db/repositories/data-value-repository.ts';
import { findLastClosedMonth, findMeeting } from '../db/repositories/meeting-repository.ts';
import {
  listCoordinations,
  listGoals,
  listIndicators,
  listObjectives,
  listTargets,
} from '../db/repositories/plan-repository.ts';
import { listTerritories } from '../db/repositories/territory-repository.ts';
import { AppError } from '../errors.ts';
import { type FigureContext, loadLatestPeriods, type ShownInMeeting } from './figures.ts';

export async function getIndicatorOrFail(db: Db, code: string): Promise<TIndicator> {
  const indicator = (await listIndicators(db)).find((candidate) => candidate.code === code);
  if (!indicator) throw new AppError('NOT_FOUND', `Indicador "${code}" não encontrado no painel do plano.`);
  return indicator;
}

export async function getPlanCatalogue(db: Db) {
  const [objectives, goals, coordinations, indicators, targets] = await Promise.all([
    listObjectives(db),
    listGoals(db),
    listCoordinations(db),
    listIndicators(db),
    listTargets(db),
  ]);
  return { objectives, goals, coordinations, indicators, targets };
}

/** Everything `computeFigures` needs besides the request, read once per request. */
export async function loadFigureContext(
  db: Db,
  indicators: readonly TIndicator[],
  now: Date,
): Promise<FigureContext> {
  const codes = indicators.map((indicator) => indicator.code);
  const [territories, targets, latestPeriodByIndicator, provenanceRows, lastClosedMeeting] =
    await Promise.all([
      listTerritories(db),
      listTargets(db, codes),
      loadLatestPeriods(db, indicators),
      provenanceSummary(db, codes),
      loadShownInLastMeeting(db),
    ]);
  const provenance = new Map<string, ProvenanceRow[]>();
  for (const row of provenanceRows) {
    const key = `${row.indicatorCode}|${row.year}`;
    provenance.set(key, [...(provenance.get(key) ?? []), row]);
  }
  const today = todayInMt(now);
  return {
    territories,
    targets,
    latestPeriodByIndicator,
    // Full months elapsed: on 24/11 October is the last month that can have closed.
    today: { year: yearOf(today), monthsElapsed: Number(today.slice(5, 7)) - 1 },
    provenance,
    lastClosedMeeting,
  };
}

/**
 * The state values the last closed reunião de condução showed. Older snapshots kept only the
 * indicators on the pack (off target or changed); newer ones keep every value.
 */
async function loadShownInLastMeeting(db: Db): Promise<ShownInMeeting | null> {
  const month = await findLastClosedMonth(db);
  const meeting = month ? await findMeeting(db, month) : null;
  if (!meeting?.snapshotJson) return null;
  const pack = JSON.parse(meeting.snapshotJson) as {
    year?: number;
    indicators?: { code: string; value: number | null }[];
    indicatorValues?: Record<string, number | null>;
  };
  if (pack.year === undefined) return null;
  const values = new Map<string, number | null>(
    (pack.indicators ?? []).map((item) => [item.code, item.value] as const),
  );
  for (const [code, value] of Object.entries(pack.indicatorValues ?? {})) values.set(code, value);
  return { month: meeting.month, year: pack.year, values };
}

/** Refuses codes that are not coordenadorias of the plan, naming them. */
export async function assertKnownCoordinations(db: Db, codes: readonly string[]): Promise<void> {
  const known = new Set((await listCoordinations(db)).map((coordination) => coordination.code));
  const unknown = codes.filter((code) => !known.has(code));
  if (unknown.length > 0)
    throw new AppError('UNPROCESSABLE', `Coordenadoria desconhecida: ${unknown.join(', ')}.`);
}

/**
 * The regional brief (issue 5, item 8): one printable page for a macrorregião or região — its
 * indicators against the target and the state with the three furthest behind first, its macro's
 * planificação, the actions and deliberations that name it, and what changed in the last 30 days.
 */
import { addDays, todayInMt } from '../../shared/domain/dates.ts';
import { relativeShortfall, worstFirst } from '../../shared/domain/shortfall.ts';
import { mentionsTerritory } from '../../shared/domain/territory-mentions.ts';
import type { Db } from '../db/client.ts';
import { readTogether } from '../db/read-together.ts';
import { valuesChangedSince } from '../db/repositories/data-value-repository.ts';
import { listIndicators } from '../db/repositories/plan-repository.ts';
import { listTerritories } from '../db/repositories/territory-repository.ts';
import { AppError } from '../errors.ts';
import { loadActionViews } from './action-plan.ts';
import { listDeliberationViews } from './meetings.ts';
import { getPlanification } from './planification.ts';
import type { Reader } from './read-scope.ts';
import { getTerritoryView } from './territory-view.ts';

/** "What changed since last month": the 30 days before today. */
const CHANGES_WINDOW_DAYS = 30;

export async function getRegionalBrief(
  db: Db,
  request: { code: string; year: number },
  reader: Reader,
  now: Date,
) {
  const view = await getTerritoryView(db, request, reader, now);
  const { territory } = view;
  const viewRows = view.groups.flatMap((group) => group.rows);
  if (territory.level !== 'macro' && territory.level !== 'region')
    throw new AppError(
      'UNPROCESSABLE',
      'O resumo regional é feito para uma macrorregião ou uma região de saúde.',
    );
  const today = todayInMt(now);
  const since = addDays(today, 1 - CHANGES_WINDOW_DAYS); // today and the 29 days before
  // Instants are stored in UTC; 04:00 UTC is midnight in Cuiabá.
  const sinceInstant = `${since}T04:00:00.000Z`;
  const macroCode = territory.level === 'macro' ? territory.code : territory.macroCode;
  const [{ views: actions }, deliberations, planification, changedValues, indicators] = await readTogether(
    db,
    [
      () => loadActionViews(db, now),
      () => listDeliberationViews(db, now),
      () => getPlanification(db, reader, now, { withOutcomes: false }),
      () => valuesChangedSince(db, territory.code, sinceInstant),
      () => listIndicators(db),
    ],
  );
  // A macro is also named through its regiões, and a região through its macro: the plan says
  // "Região de Saúde Sul" for the Sul's adhesions and "Macrorregião Sul" for its CIR.
  const territories = await listTerritories(db);
  const regionNames = territories
    .filter((candidate) => candidate.level === 'region')
    .map((region) => region.name);
  const named = territories.filter(
    (candidate) =>
      candidate.code === territory.code ||
      (territory.level === 'macro' &&
        candidate.level === 'region' &&
        candidate.macroCode === territory.code) ||
      (territory.level === 'region' && candidate.code === territory.macroCode),
  );
  const names = (text: string | null | undefined) =>
    named.some((candidate) => mentionsTerritory(text ?? '', candidate, regionNames));
  const namingActions = actions.filter((action) =>
    names([action.text, action.observations, action.participants].join(' ')),
  );
  const namingDeliberations = deliberations.filter((deliberation) =>
    names([deliberation.text, deliberation.ownerText].join(' ')),
  );
  // A yearly sum still accruing is judged against where it should be by now, not the whole year.
  const shortfallOf = (row: (typeof viewRows)[number]) =>
    relativeShortfall(
      row.figure.pace && row.indicator.kind === 'count' && row.indicator.numeratorRule === 'sum'
        ? { ...row.figure, target: row.figure.pace.expectedToDate }
        : row.figure,
      row.indicator.polarity,
    );
  const worst = worstFirst(viewRows, shortfallOf);
  const macro = planification.macros.find((candidate) => candidate.code === macroCode) ?? null;
  const shortName = new Map(indicators.map((indicator) => [indicator.code, indicator.shortName]));

  return {
    territory,
    macroName: view.macro?.name ?? null,
    year: request.year,
    today,
    since,
    rows: [...worst, ...viewRows.filter((row) => !worst.includes(row))].map((row) => ({
      ...row,
      isWorst: worst.includes(row),
      shortfall: shortfallOf(row),
    })),
    planification: macro && {
      code: macro.code,
      name: macro.name,
      phase: macro.phase,
      startYear: macro.startYear,
      endYear: macro.endYear,
      state: macro.state,
      municipalityCount: macro.municipalityCount,
      adheringCount: macro.adheringCount,
      adhesionTarget: macro.adhesionTarget,
      trained: macro.trained,
      trainedInTargetYear: macro.trainedInTargetYear,
      // The Sul runs its phase 3: the phase-1 stages are for the macros planned from 2024 on.
      hasPhaseOne: macro.phase.startsWith('Fase 1'),
      trainingTarget: macro.trainingTarget,
      stagesDone: macro.stages.filter((stage) => stage.done).length,
      stageCount: macro.stages.length,
    },
    actions: namingActions.map((action) => ({
      code: action.code,
      text: action.text,
      status: action.status,
      overdue: action.overdue,
      endsOn: action.endsOn,
      coordinationCodes: action.coordinationCodes,
    })),
    deliberations: namingDeliberations.map((deliberation) => ({
      id: deliberation.id,
      meetingMonth: deliberation.meetingMonth,
      text: deliberation.text,
      status: deliberation.status,
      overdue: deliberation.overdue,
      deadline: deliberation.deadline,
    })),
    changes: {
      values: changedValues.map((change) => ({
        ...change,
        shortName: shortName.get(change.indicatorCode) ?? change.indicatorCode,
      })),
      records: namingActions
        .filter((action) => action.lastRecord !== null && action.lastRecord.recordedAt >= sinceInstant)
        .map((action) => ({
          code: action.code,
          recordedAt: action.lastRecord?.recordedAt ?? '',
          status: action.status,
        })),
      deliberations: namingDeliberations
        .filter((deliberation) => deliberation.createdAt >= sinceInstant)
        .map((deliberation) => ({
          id: deliberation.id,
          text: deliberation.text,
          createdAt: deliberation.createdAt,
        })),
      // By the date of the event: records typed today about 2024 are history, not news.
      planification: macro
        ? [
            ...macro.adhesions
              .filter((adhesion) => adhesion.adheredOn >= since)
              .map((adhesion) => ({
                label: `Adesão de ${adhesion.municipalityName}`,
                date: adhesion.adheredOn,
              })),
            ...macro.trainings
              .filter((training) => training.heldOn >= since)
              .map((training) => ({
                label: `${training.title}: ${training.professionals.toLocaleString('pt-BR')} profissionais`,
                date: training.heldOn,
              })),
            ...macro.stages
              .filter((stage) => stage.done && stage.done.completedOn >= since)
              .map((stage) => ({
                label: `Etapa concluída: ${stage.name}`,
                date: stage.done?.completedOn ?? '',
              })),
          ]
        : [],
    },
  };
}

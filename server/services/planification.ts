/**
 * The planificação page (objective 4, PRODUCT.md §4.3): each macro's place in the plan's schedule,
 * its adhesions, trainings and phase-1 stages against the plan's targets, and the outcomes of
 * adhering vs not-yet-adhering municípios. Every record a coordenadoria writes re-derives the three
 * planificação indicators in the same transaction (rules in shared/domain/planification.ts).
 */

import { indicatorValue } from '../../shared/domain/aggregation.ts';
import { todayInMt } from '../../shared/domain/dates.ts';
import { FIRST_YEAR, LAST_YEAR, PLAN_YEARS } from '../../shared/domain/period.ts';
import { canEditIndicator, canReadTerritory } from '../../shared/domain/permissions.ts';
import {
  ADHESION_INDICATOR,
  cumulativeAdhesions,
  derivedValues,
  isAdheringOn,
  PHASE_ONE_INDICATOR,
  professionalsInYear,
  scheduleState,
  TRAINING_INDICATOR,
} from '../../shared/domain/planification.ts';
import { isSmallNumber, rateInterval } from '../../shared/domain/small-numbers.ts';
import { formatDateTimeMt, formatIsoDate } from '../../shared/format.ts';
import type { TAdhesionInput, TStageInput, TTrainingInput } from '../../shared/schemas/planification.ts';
import { compareText } from '../../shared/text.ts';
import type { Db } from '../db/client.ts';
import { readPlanificationFile } from '../db/planification-file.ts';
import { readTogether } from '../db/read-together.ts';
import { listIndicators, listTargets } from '../db/repositories/plan-repository.ts';
import {
  countRecords,
  deleteAdhesion,
  deleteStage,
  deleteTraining,
  hasExampleRecords,
  insertStage,
  insertTraining,
  listAdhesions,
  listStages,
  listTrainings,
  upsertAdhesion,
} from '../db/repositories/planification-repository.ts';
import { lockRow } from '../db/repositories/row-lock.ts';
import { listTerritories, type TerritoryRow } from '../db/repositories/territory-repository.ts';
import { AppError } from '../errors.ts';
import { auditChange } from './audit.ts';
import type { AuthenticatedUser } from './auth.ts';
import { type Author, saveDataValues } from './data-values.ts';
import { cachedFigures } from './figure-cache.ts';
import { groupYearKey, groupYearTotals } from './figures.ts';
import { loadFigureContext, readTerritories } from './plan-catalogue.ts';
import { type Reader, readScopeKey } from './read-scope.ts';

/** Outcomes compared between adhering and not-yet-adhering municípios (issue 5, item 1). */
export const OUTCOME_INDICATORS = ['713', '731', '714'] as const;
/**
 * Every planificação write re-derives the indicators from all the records: writes take turns, so two
 * at once cannot each derive from a snapshot without the other (PostgreSQL; SQLite has one writer).
 */
const lockPlanification = (trx: Db) => lockRow(trx, 'indicators', { code: ADHESION_INDICATOR });

/**
 * One planificação write: in a single transaction, behind the lock, the change (with its audit
 * entry) and the indicators re-derived from all the records.
 */
async function writeRecords(
  db: Db,
  user: AuthenticatedUser,
  now: Date,
  change: (trx: Db) => Promise<void>,
): Promise<void> {
  await db.transaction(async (trx) => {
    await lockPlanification(trx);
    await change(trx);
    await syncIndicatorValues(trx, author(user), now);
  });
}

const author = (user: AuthenticatedUser): Author => ({ id: user.id, username: user.username });

/** Recorded planificação values name their origin, like every other source. */
export const PLANIFICATION_SOURCE = 'Registros da planificação (SAS)';
/** Nothing of the plan's planificação happened before its first year. */
const FIRST_DAY = `${PLAN_YEARS[0]}-01-01`;

function macroOfReader(reader: Reader, macro: TerritoryRow, territories: readonly TerritoryRow[]): boolean {
  if (!reader || canReadTerritory(reader, macro)) return true;
  // A gestor of a região sees the macro it belongs to, limited to what they may open inside it.
  return territories.some(
    (territory) => territory.macroCode === macro.code && canReadTerritory(reader, territory),
  );
}

/**
 * `withOutcomes: false` skips the adhering vs not-adhering outcomes (three indicators by município
 * over five years), for callers that only need the records and counts (the regional brief).
 */
export async function getPlanification(
  db: Db,
  reader: Reader,
  now: Date,
  options: { withOutcomes: boolean } = { withOutcomes: true },
) {
  // Kept per change of the data and per territorial scope: readers with the same scope see the same.
  const { view, indicators } = await cachedFigures(
    db,
    now,
    `planification|${readScopeKey(reader)}|${options.withOutcomes}`,
    () => computePlanification(db, reader, now, options),
  );
  return { ...view, canRecord: reader !== null && canRecordPlanification(reader, indicators) };
}

async function computePlanification(db: Db, reader: Reader, now: Date, options: { withOutcomes: boolean }) {
  const today = todayInMt(now);
  const { schedule, stages: stageCatalogue } = readPlanificationFile();
  const [{ territories, adhesions, trainings, stages, indicators }, targets] = await readTogether(db, [
    () => loadRecords(db, now),
    () => listTargets(db, [ADHESION_INDICATOR, TRAINING_INDICATOR, PHASE_ONE_INDICATOR]),
  ]);
  const state = territories.find((territory) => territory.level === 'state');
  const municipalities = territories.filter(
    (territory) => territory.level === 'municipality' && (!reader || canReadTerritory(reader, territory)),
  );
  const thisYear = Number(today.slice(0, 4));
  const outcomeYears = Array.from(
    { length: thisYear - FIRST_YEAR + 1 },
    (_, index) => FIRST_YEAR + index,
  ).filter((year) => year >= thisYear - 4);
  const adhesionByCode = new Map(adhesions.map((adhesion) => [adhesion.municipalityCode, adhesion]));
  const isAdhering = (code: string) => {
    const adhesion = adhesionByCode.get(code);
    return adhesion !== undefined && isAdheringOn(adhesion, today);
  };
  /** Adhering and not-adhering municípios of each macro, among those the reader may open. */
  const outcomeGroup = (municipality: TerritoryRow) =>
    `${municipality.macroCode}|${isAdhering(municipality.code) ? 'adhering' : 'not-adhering'}`;
  const outcomes = options.withOutcomes
    ? await outcomeTotals(
        db,
        now,
        indicators,
        outcomeYears,
        new Map(municipalities.map((municipality) => [municipality.code, outcomeGroup(municipality)])),
      )
    : [];
  const targetOf = (indicatorCode: string, territoryCode: string, year: number) =>
    targets.find(
      (target) =>
        target.indicatorCode === indicatorCode &&
        target.territoryCode === territoryCode &&
        target.year === year,
    ) ?? null;

  const macros = schedule.flatMap((entry) => {
    const macro = territories.find((territory) => territory.code === entry.macroCode);
    if (!macro || !macroOfReader(reader, macro, territories)) return [];
    // Lists and outcomes show only the municípios the reader may open; the macro's counts are its own.
    const members = municipalities.filter((municipality) => municipality.macroCode === macro.code);
    const allMembers = territories.filter(
      (territory) => territory.level === 'municipality' && territory.macroCode === macro.code,
    );
    const macroTrainings = trainings.filter((training) => training.macroCode === macro.code);
    const trainingTarget = PLAN_YEARS.map((year) => targetOf(TRAINING_INDICATOR, macro.code, year)).find(
      (target) => target !== null,
    );
    return [
      {
        code: macro.code,
        name: macro.name,
        ...entry,
        state: scheduleState(entry, today),
        municipalityCount: allMembers.length,
        adhesionTarget: targetOf(ADHESION_INDICATOR, macro.code, LAST_YEAR),
        adhesionTargetYear: PLAN_YEARS.find((year) => targetOf(ADHESION_INDICATOR, macro.code, year)) ?? null,
        adhesions: members
          .filter((municipality) => adhesionByCode.has(municipality.code))
          .map((municipality) => ({
            ...(adhesionByCode.get(municipality.code) as (typeof adhesions)[number]),
            municipalityName: municipality.name,
            isAdhering: isAdhering(municipality.code),
          }))
          .sort(
            (a, b) =>
              a.adheredOn.localeCompare(b.adheredOn) || compareText(a.municipalityName, b.municipalityName),
          ),
        notAdhering: members
          .filter((municipality) => !isAdhering(municipality.code))
          .map((municipality) => ({ code: municipality.code, name: municipality.name }))
          .sort((a, b) => compareText(a.name, b.name)),
        adheringCount: allMembers.filter((municipality) => isAdhering(municipality.code)).length,
        trainingTarget: trainingTarget ?? null,
        trained: macroTrainings.reduce((sum, training) => sum + training.professionals, 0),
        trainedInTargetYear: trainingTarget
          ? professionalsInYear(macroTrainings, macro.code, trainingTarget.year)
          : null,
        trainings: macroTrainings,
        stages: stageCatalogue.map((stage) => {
          const done = stages.find((row) => row.macroCode === macro.code && row.stageCode === stage.code);
          return { ...stage, done: done ?? null };
        }),
        outcomes: outcomes.map((outcome) => ({
          indicator: outcome.indicator,
          series: outcomeYears.map((year) => ({
            year,
            adhering: groupOutcome(
              outcome,
              `${macro.code}|adhering`,
              year,
              members.filter((member) => isAdhering(member.code)).length,
            ),
            notAdhering: groupOutcome(
              outcome,
              `${macro.code}|not-adhering`,
              year,
              members.filter((member) => !isAdhering(member.code)).length,
            ),
          })),
        })),
      },
    ];
  });

  const view = {
    today,
    stages: stageCatalogue,
    hasExample: [...adhesions, ...trainings, ...stages].some((row) => row.isExample),
    stateTargets: PLAN_YEARS.map((year) => ({
      year,
      target: state ? targetOf(ADHESION_INDICATOR, state.code, year) : null,
      adhering: cumulativeAdhesions(adhesions, today).get(year) ?? null,
    })),
    macros,
  };
  return { view, indicators };
}

type OutcomeTotals = Awaited<ReturnType<typeof outcomeTotals>>[number];

/**
 * For each outcome indicator, the totals of each group of municípios (`groupOf`: município → group,
 * e.g. `5103|adhering`) per year, by the same aggregation as any territory: each group's own
 * reference month, numerators and denominators summed.
 */
async function outcomeTotals(
  db: Db,
  now: Date,
  indicators: Awaited<ReturnType<typeof listIndicators>>,
  years: readonly number[],
  groupOf: ReadonlyMap<string, string>,
) {
  const chosen = indicators.filter((indicator) =>
    (OUTCOME_INDICATORS as readonly string[]).includes(indicator.code),
  );
  const context = await loadFigureContext(db, chosen, now);
  return readTogether(
    db,
    chosen.map((indicator) => async () => ({
      indicator: {
        code: indicator.code,
        shortName: indicator.shortName,
        unit: indicator.unit,
        kind: indicator.kind,
        polarity: indicator.polarity,
      },
      rules: indicator,
      groups: await groupYearTotals(db, context, { indicator, years, grouping: { kind: 'groups', groupOf } }),
    })),
  );
}

/** A group's rate: its municípios' numerators and denominators summed (never an average of rates). */
function groupOutcome(outcome: OutcomeTotals, group: string, year: number, municipalities: number) {
  if (municipalities === 0) return null;
  const totals = outcome.groups.get(groupYearKey(group, year));
  const sums = totals?.totals ?? null;
  const isSmall = sums !== null && isSmallNumber(outcome.rules, sums.denominator);
  return {
    municipalities,
    reporting: totals?.complete ?? 0,
    numerator: sums?.numerator ?? 0,
    denominator: sums?.denominator ?? 0,
    partialThrough: totals?.isPartial ? totals.referenceMonth : null,
    value: indicatorValue(outcome.rules.kind, outcome.rules.factor, sums),
    isSmallNumber: isSmall,
    interval: isSmall && sums ? rateInterval(outcome.rules, sums.numerator, sums.denominator ?? 0) : null,
  };
}

/** Planificação records are kept by whoever answers for the planificação indicators (COAP today). */
function canRecordPlanification(
  actor: NonNullable<Reader>,
  indicators: Awaited<ReturnType<typeof listIndicators>>,
): boolean {
  const adhesion = indicators.find((indicator) => indicator.code === ADHESION_INDICATOR);
  return adhesion !== undefined && canEditIndicator(actor, adhesion);
}

async function assertCanRecord(db: Db, user: AuthenticatedUser) {
  if (!canRecordPlanification(user, await listIndicators(db)))
    throw new AppError(
      'FORBIDDEN',
      'Os registros da planificação são feitos pela coordenadoria responsável (COAP), pela superintendência ou pelo administrador.',
    );
}

function assertDay(day: string, today: string, what: string) {
  if (day > today)
    throw new AppError('UNPROCESSABLE', `${what} (${formatIsoDate(day)}) não pode ser depois de hoje.`);
  if (day < FIRST_DAY)
    throw new AppError(
      'UNPROCESSABLE',
      `${what} (${formatIsoDate(day)}) é anterior ao plano (a partir de 01/01/${PLAN_YEARS[0]}).`,
    );
}

async function territoryOfLevel(db: Db, code: string, level: 'municipality' | 'macro') {
  const territory = (await listTerritories(db)).find((candidate) => candidate.code === code);
  if (!territory || territory.level !== level)
    throw new AppError(
      'NOT_FOUND',
      level === 'macro' ? `Macrorregião ${code} não encontrada.` : `Município ${code} não encontrado.`,
    );
  return territory;
}

/** The records of the planificação and what they are read against. */
async function loadRecords(db: Db, now: Date) {
  const [territories, adhesions, trainings, stages, indicators] = await readTogether(db, [
    () => readTerritories(db, now),
    () => listAdhesions(db),
    () => listTrainings(db),
    () => listStages(db),
    () => listIndicators(db),
  ]);
  return { territories, adhesions, trainings, stages, indicators };
}

/**
 * Re-derives the three planificação indicators from the records, in the caller's transaction. At
 * start-up (no author) it also fills a year that began since the last write.
 */
export async function syncIndicatorValues(trx: Db, author: Author | null, now: Date) {
  const [{ territories, adhesions, trainings, stages, indicators }, isExample] = await readTogether(trx, [
    () => loadRecords(trx, now),
    () => hasExampleRecords(trx),
  ]);
  const values = derivedValues(
    { adhesions, trainings, stages },
    {
      municipalities: territories
        .filter((territory) => territory.level === 'municipality')
        .map((territory) => ({ code: territory.code, installedYear: territory.installedYear })),
      macroCodes: territories
        .filter((territory) => territory.level === 'macro')
        .map((territory) => territory.code),
    },
    todayInMt(now),
  );
  await saveDataValues(
    trx,
    values.map((value) => ({
      ...value,
      denominator: null,
      source: PLANIFICATION_SOURCE,
      isProvisional: false,
      // In the demo, records and values derived from them stay marked as example together.
      isExample,
    })),
    new Map(indicators.map((indicator) => [indicator.code, indicator])),
    now,
    { author },
  );
}

/** At start: when there are records, the values follow them (a new year gets its rows). */
export async function syncPlanificationAtStart(db: Db, now: Date): Promise<void> {
  if ((await countRecords(db)) === 0) return;
  await db.transaction((trx) => syncIndicatorValues(trx, null, now));
}

export async function saveAdhesion(db: Db, user: AuthenticatedUser, input: TAdhesionInput, now: Date) {
  await assertCanRecord(db, user);
  const today = todayInMt(now);
  const municipality = await territoryOfLevel(db, input.municipalityCode, 'municipality');
  assertDay(input.adheredOn, today, 'A data de adesão');
  if (input.withdrawnOn) assertDay(input.withdrawnOn, today, 'A data de saída');
  await writeRecords(db, user, now, async (trx) => {
    const current = (await listAdhesions(trx)).find((row) => row.municipalityCode === municipality.code);
    if ((current?.version ?? null) !== input.expectedVersion)
      throw new AppError(
        'CONFLICT',
        current
          ? `A adesão de ${municipality.name} foi registrada por ${current.recordedByName ?? 'outra pessoa'} em ${formatDateTimeMt(current.recordedAt)}, depois que você abriu a página. Recarregue para ver o registro atual; seus dados continuam no formulário.`
          : `A adesão de ${municipality.name} foi apagada depois que você abriu a página. Recarregue a página.`,
      );
    await upsertAdhesion(trx, {
      municipalityCode: municipality.code,
      adheredOn: input.adheredOn,
      withdrawnOn: input.withdrawnOn,
      document: input.document,
      recordedBy: user.id,
      recordedAt: now.toISOString(),
      isExample: false,
    });
    await auditChange(trx, user, now, {
      action: current ? 'update' : 'create',
      entity: 'adesao',
      key: municipality.code,
      before: current ?? null,
      after: { adheredOn: input.adheredOn, withdrawnOn: input.withdrawnOn, document: input.document },
    });
  });
}

export async function removeAdhesion(
  db: Db,
  user: AuthenticatedUser,
  input: { municipalityCode: string; expectedVersion: number },
  now: Date,
) {
  await assertCanRecord(db, user);
  await writeRecords(db, user, now, async (trx) => {
    const current = (await listAdhesions(trx)).find((row) => row.municipalityCode === input.municipalityCode);
    if (!current || current.version !== input.expectedVersion)
      throw new AppError(
        'CONFLICT',
        'Esta adesão mudou depois que você abriu a página. Recarregue a página.',
      );
    await deleteAdhesion(trx, input.municipalityCode, input.expectedVersion);
    await auditChange(trx, user, now, {
      action: 'delete',
      entity: 'adesao',
      key: input.municipalityCode,
      before: current,
    });
  });
}

export async function addTraining(db: Db, user: AuthenticatedUser, input: TTrainingInput, now: Date) {
  await assertCanRecord(db, user);
  await territoryOfLevel(db, input.macroCode, 'macro');
  assertDay(input.heldOn, todayInMt(now), 'A data da formação');
  await writeRecords(db, user, now, async (trx) => {
    const id = await insertTraining(trx, { ...input, recordedBy: user.id, recordedAt: now.toISOString() });
    await auditChange(trx, user, now, {
      action: 'create',
      entity: 'formacao',
      key: String(id),
      after: input,
    });
  });
}

export async function removeTraining(db: Db, user: AuthenticatedUser, id: number, now: Date) {
  await assertCanRecord(db, user);
  await writeRecords(db, user, now, async (trx) => {
    const current = (await listTrainings(trx)).find((row) => row.id === id);
    if (!current) throw new AppError('NOT_FOUND', 'Esta formação já foi removida. Recarregue a página.');
    await deleteTraining(trx, id);
    await auditChange(trx, user, now, {
      action: 'delete',
      entity: 'formacao',
      key: String(id),
      before: current,
    });
  });
}

export async function completeStage(db: Db, user: AuthenticatedUser, input: TStageInput, now: Date) {
  await assertCanRecord(db, user);
  const macro = await territoryOfLevel(db, input.macroCode, 'macro');
  const stage = readPlanificationFile().stages.find((candidate) => candidate.code === input.stageCode);
  if (!stage) throw new AppError('UNPROCESSABLE', `Etapa "${input.stageCode}" desconhecida.`);
  assertDay(input.completedOn, todayInMt(now), 'A data de conclusão');
  await writeRecords(db, user, now, async (trx) => {
    const current = (await listStages(trx)).find(
      (row) => row.macroCode === macro.code && row.stageCode === stage.code,
    );
    if (current)
      throw new AppError(
        'CONFLICT',
        `A etapa "${stage.name}" da ${macro.name} já foi registrada por ${current.recordedByName ?? 'outra pessoa'} em ${formatIsoDate(current.completedOn)}.`,
      );
    await insertStage(trx, { ...input, recordedBy: user.id, recordedAt: now.toISOString() });
    await auditChange(trx, user, now, {
      action: 'create',
      entity: 'etapa',
      key: `${macro.code}/${stage.code}`,
      after: input,
    });
  });
}

export async function undoStage(
  db: Db,
  user: AuthenticatedUser,
  input: { macroCode: string; stageCode: string },
  now: Date,
) {
  await assertCanRecord(db, user);
  await writeRecords(db, user, now, async (trx) => {
    const current = (await listStages(trx)).find(
      (row) => row.macroCode === input.macroCode && row.stageCode === input.stageCode,
    );
    if (!current)
      throw new AppError('NOT_FOUND', 'Esta etapa não está registrada como concluída. Recarregue a página.');
    await deleteStage(trx, input.macroCode, input.stageCode);
    await auditChange(trx, user, now, {
      action: 'delete',
      entity: 'etapa',
      key: `${input.macroCode}/${input.stageCode}`,
      before: current,
    });
  });
}

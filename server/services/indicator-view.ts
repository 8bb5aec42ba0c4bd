import { addTotals } from '../../shared/domain/aggregation.ts';
import { sharedTarget, sortByShownName } from '../../shared/domain/breakdown.ts';
import { windowSummary } from '../../shared/domain/completeness.ts';
import { contributions, type MemberCases, OTHERS_CODE } from '../../shared/domain/contribution.ts';
import { isLevelAvailable, type TerritoryLevel } from '../../shared/domain/indicator.ts';
import { PANEL_YEARS } from '../../shared/domain/period.ts';
import { isWithinTerritory } from '../../shared/domain/territory.ts';
import { pageOf, TABLE_PAGE_SIZE } from '../../shared/pagination.ts';
import type { Db } from '../db/client.ts';
import { readTogether } from '../db/read-together.ts';
import { latestPeriods } from '../db/repositories/data-value-repository.ts';
import { listCoordinations, listGoals, listObjectives } from '../db/repositories/plan-repository.ts';
import { readUpdateGuides } from '../db/update-guide-file.ts';
import { AppError } from '../errors.ts';
import { cachedFigures } from './figure-cache.ts';
import { computeFigures } from './figures.ts';
import { getIndicatorOrFail, loadFigureContext } from './plan-catalogue.ts';
import { assertCanRead, onlyReadable, type Reader, readScopeKey } from './read-scope.ts';

/**
 * The indicator sheet with its objective, goal, coordination and every target of the plan: kept per
 * change of the data, as its figures are (figure-cache.ts).
 */
export function getIndicatorSheet(db: Db, code: string, now: Date) {
  return cachedFigures(db, now, `ficha|${code}`, () => readIndicatorSheet(db, code, now));
}

async function readIndicatorSheet(db: Db, code: string, now: Date) {
  const indicator = await getIndicatorOrFail(db, code);
  const [objectives, goals, coordinations, context, latest] = await readTogether(db, [
    () => listObjectives(db),
    () => listGoals(db),
    () => listCoordinations(db),
    () => loadFigureContext(db, [indicator], now),
    () => latestPeriods(db, [code]),
  ]);
  const names = new Map(
    context.territories.map((territory) => [territory.code, territory.shortName ?? territory.name]),
  );
  return {
    indicator,
    objective: objectives.find((objective) => objective.code === indicator.objectiveCode) ?? null,
    goal: goals.find((goal) => goal.code === indicator.goalCode) ?? null,
    coordination:
      coordinations.find((coordination) => coordination.code === indicator.coordinationCode) ?? null,
    targets: context.targets.map((target) => ({
      ...target,
      territoryName: names.get(target.territoryCode) ?? '',
    })),
    latestPeriod: latest.get(code) ?? null,
    updateGuide: readUpdateGuides().get(code) ?? null,
    availableLevels: (['state', 'macro', 'region', 'municipality'] as const).filter((level) =>
      isLevelAvailable(indicator.dataLevel, level),
    ),
  };
}

/**
 * Figures of one indicator for one level and years, of the territories the reader may see, with every
 * territory (names, regiões) they were computed with.
 */
export async function readIndicatorFigures(
  db: Db,
  request: { code: string; level: TerritoryLevel; years: readonly number[] },
  reader: Reader,
  now: Date,
) {
  const { territories, figures } = await cachedFigures(
    db,
    now,
    `figures|${request.code}|${request.level}|${request.years.join(',')}`,
    async () => {
      const indicator = await getIndicatorOrFail(db, request.code);
      const context = await loadFigureContext(db, [indicator], now);
      const computed = await computeFigures(db, context, {
        indicator,
        level: request.level,
        years: request.years,
      });
      return { territories: context.territories, figures: computed };
    },
  );
  return { territories, figures: onlyReadable(reader, territories, figures) };
}

/**
 * Figures of one indicator for one level and year (a breakdown), or only those inside one territory
 * (`within`: the map of a região carries its 15 municípios, not a national base's 5.570).
 */
export async function getIndicatorFigures(
  db: Db,
  request: { code: string; level: TerritoryLevel; years: readonly number[]; within?: string },
  reader: Reader,
  now: Date,
) {
  const { territories, figures } = await readIndicatorFigures(db, request, reader, now);
  const { within } = request;
  if (within === undefined) return figures;
  const inside = new Set(
    territories
      .filter((territory) => isWithinTerritory(territory, within))
      .map((territory) => territory.code),
  );
  return figures.filter((figure) => inside.has(figure.territoryCode));
}

/**
 * One page of a breakdown by macrorregião or região, by the name it shows, and what is said over all its rows: the
 * target they share, the windows' note. A national base has 450 regiões, 470 KB of figures the page
 * would carry to show 50 (issue 14).
 */
export async function getIndicatorBreakdown(
  db: Db,
  request: { code: string; level: 'macro' | 'region'; year: number; page: number },
  reader: Reader,
  now: Date,
) {
  const figures = await getIndicatorFigures(
    db,
    { code: request.code, level: request.level, years: [request.year] },
    reader,
    now,
  );
  const rows = sortByShownName(figures);
  const { rows: shown, page } = pageOf(rows, request.page);
  return {
    rows: shown,
    page,
    pageSize: TABLE_PAGE_SIZE,
    total: rows.length,
    target: sharedTarget(rows),
    targetScope: rows[0]?.targetScope ?? null,
    window: windowSummary(rows),
  };
}

/** Yearly figures of one indicator for one territory (default: the state), for the trend chart. */
export async function getIndicatorSeries(
  db: Db,
  request: { code: string; territoryCode?: string },
  reader: Reader,
  now: Date,
) {
  const series = await cachedFigures(
    db,
    now,
    `series|${request.code}|${request.territoryCode ?? ''}`,
    async () => {
      const indicator = await getIndicatorOrFail(db, request.code);
      const context = await loadFigureContext(db, [indicator], now);
      const territory = request.territoryCode
        ? context.territories.find((candidate) => candidate.code === request.territoryCode)
        : context.territories.find((candidate) => candidate.level === 'state');
      if (!territory)
        throw new AppError('NOT_FOUND', `Território "${request.territoryCode}" não encontrado.`);
      const figures = await computeFigures(db, context, {
        indicator,
        level: territory.level,
        years: PANEL_YEARS,
        territoryCodes: [territory.code],
      });
      return { territory, figures };
    },
  );
  assertCanRead(reader, series.territory);
  return series.figures;
}

/**
 * Which municípios explain why a região, macro or the state is off its target, in cases (issue 5,
 * item 5): observed − target × denominator ÷ factor, sorted by that gap. Only for rates, whose
 * target is a rate every município can be held to. Municípios the reader may not open are summed
 * into one row, so the gaps still add up to the territory's own.
 */
export async function getIndicatorContribution(
  db: Db,
  request: { code: string; territoryCode: string; year: number; limit?: number },
  reader: Reader,
  now: Date,
) {
  // Kept per change of the data, as every figure; the reader's scope applies after.
  const { indicator, territory, territories, figure, municipalFigures } = await cachedFigures(
    db,
    now,
    `contribution|${request.code}|${request.territoryCode}|${request.year}`,
    async () => {
      const indicator = await getIndicatorOrFail(db, request.code);
      if (indicator.kind !== 'rate' || indicator.dataLevel !== 'municipality')
        throw new AppError(
          'UNPROCESSABLE',
          `O indicador ${indicator.code} não é uma taxa registrada por município: não há contribuição em casos.`,
        );
      const context = await loadFigureContext(db, [indicator], now);
      const territory = context.territories.find((candidate) => candidate.code === request.territoryCode);
      if (!territory)
        throw new AppError('NOT_FOUND', `Território "${request.territoryCode}" não encontrado.`);
      if (territory.level === 'municipality')
        throw new AppError(
          'UNPROCESSABLE',
          'A contribuição em casos é calculada para região, macrorregião ou estado.',
        );
      const [figure] = await computeFigures(db, context, {
        indicator,
        level: territory.level,
        years: [request.year],
        territoryCodes: [territory.code],
      });
      const inside = context.territories.filter(
        (candidate) =>
          candidate.level === 'municipality' &&
          (territory.level === 'state' ||
            candidate.macroCode === territory.code ||
            candidate.regionCode === territory.code),
      );
      // Each município through the territory's own reference month, so the gaps add up to its gap; one
      // with neither cases nor denominator (no admissions, no births) explains nothing and is left out.
      const municipalFigures = (
        await computeFigures(db, context, {
          indicator,
          level: 'municipality',
          years: [request.year],
          territoryCodes: inside.map((candidate) => candidate.code),
          throughMonth: figure?.partialThrough ?? undefined,
        })
      ).filter(
        (member) =>
          member.numerator !== null &&
          member.denominator !== null &&
          (member.numerator !== 0 || member.denominator !== 0),
      );
      return { indicator, territory, territories: context.territories, figure, municipalFigures };
    },
  );
  assertCanRead(reader, territory);
  // The municípios' cases for this reader's scope, kept too: 5.570 rows at the state's national scale.
  const { contribution, municipalityCount } = await cachedFigures(
    db,
    now,
    `contribution|${request.code}|${request.territoryCode}|${request.year}|${readScopeKey(reader)}`,
    async () => {
      const readable = onlyReadable(reader, territories, municipalFigures);
      const members: MemberCases[] = readable.map((member) => ({
        code: member.territoryCode,
        name: member.territoryName,
        numerator: member.numerator as number,
        denominator: member.denominator as number,
      }));
      const readableSet = new Set(readable);
      const hidden = municipalFigures.filter((member) => !readableSet.has(member));
      const hiddenTotals = addTotals(
        hidden.map((member) => ({ numerator: member.numerator ?? 0, denominator: member.denominator })),
      );
      if (hiddenTotals)
        members.push({
          code: OTHERS_CODE,
          name: `Outros ${hidden.length} municípios (fora do seu acesso)`,
          numerator: hiddenTotals.numerator,
          denominator: hiddenTotals.denominator ?? 0,
        });
      const target = figure?.target ?? null;
      return {
        contribution:
          target === null ? null : contributions(members, target, indicator.factor, indicator.polarity),
        municipalityCount: readable.length,
      };
    },
  );
  return {
    figure: figure ?? null,
    target: figure?.target ?? null,
    contribution: contribution && {
      ...contribution,
      rows: contribution.rows.slice(0, request.limit),
      /** Every row, when `limit` cut them. */
      rowCount: contribution.rows.length,
      /** The municípios among them (the row of those out of the reader's access is not one). */
      municipalityCount,
    },
  };
}

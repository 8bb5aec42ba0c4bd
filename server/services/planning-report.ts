/**
 * The plan in the SUS planning instruments: the Relatório Detalhado do Quadrimestre Anterior (RDQA,
 * LC 141/2012 art. 36: Jan–Apr, May–Aug, Sep–Dec, presented by the end of May, September and
 * February) and the Relatório Anual de Gestão (RAG). Per objective, goal and indicator (state of Mato
 * Grosso): the year's target, the quadrimester's own result, the year's result accumulated up to the
 * quadrimester's end (the one compared with the yearly target, as the semester report does), the % of
 * the target reached, the status, and the análise of the indicator written in the period; then the
 * actions by status at the period's end.
 */
import { rollup } from '../../shared/domain/action-status.ts';
import { addTotals, indicatorValue } from '../../shared/domain/aggregation.ts';
import { coordinationName, coordinationNames } from '../../shared/domain/coordination-names.ts';
import {
  parseYearPart,
  reportDeadline,
  startedYearParts,
  todayInMt,
  YEAR_PART_STATE_LABELS,
  type YearPartKind,
  yearPartCutoff,
  yearPartHeading,
  yearPartLabel,
  yearPartRange,
  yearPartState,
} from '../../shared/domain/dates.ts';
import { DATA_LEVEL_AS_TERRITORY } from '../../shared/domain/indicator.ts';
import { STATUS_LABELS, targetAchievement } from '../../shared/domain/status.ts';
import { STATE_CODE } from '../../shared/domain/territory.ts';
import { formatIsoDate } from '../../shared/format.ts';
import type { TIndicator } from '../../shared/schemas/indicator.ts';
import type { Db } from '../db/client.ts';
import { readTogether } from '../db/read-together.ts';
import { type AnalysisRow, listLatestAnalysesBetween } from '../db/repositories/analysis-repository.ts';
import {
  listCoordinations,
  listGoals,
  listIndicators,
  listObjectives,
} from '../db/repositories/plan-repository.ts';
import { AppError } from '../errors.ts';
import { loadActionViews } from './action-plan.ts';
import { analysisText } from './analyses.ts';
import { cachedFigures } from './figure-cache.ts';
import type { Figure, FigureContext } from './figures.ts';
import { loadFigureContext } from './plan-catalogue.ts';
import type { Reader } from './read-scope.ts';
import { stateFiguresAsOf } from './state-figures-as-of.ts';
import { readSpanRollups } from './year-rollups.ts';

export type PlanningReportKind = Extract<YearPartKind, 'quadrimester' | 'year'>;

/** The periods a report exists for (started ones), the current one and the last closed one. */
export function listReportPeriods(kind: YearPartKind, now: Date) {
  const today = todayInMt(now);
  const periods = startedYearParts(kind, today).map((code) => ({
    code,
    label: yearPartLabel(code),
    state: yearPartState(code, today),
  }));
  return {
    periods,
    current: periods.find((period) => period.state === 'current')?.code ?? null,
    lastClosed: periods.filter((period) => period.state === 'closed').at(-1)?.code ?? null,
  };
}

const KIND_NAMES: Record<PlanningReportKind, { name: string; example: string }> = {
  quadrimester: { name: 'Quadrimestre', example: 'AAAA-Q1, AAAA-Q2 ou AAAA-Q3 (ex.: 2026-Q2)' },
  year: { name: 'Ano', example: 'AAAA (ex.: 2025)' },
};

export type PeriodResult = {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** The months counted: the quadrimester's, up to the state's reference month. */
  firstMonth: string;
  lastMonth: string;
  /** Units with every month counted / units expected. */
  reporting: number;
  expected: number;
};

/**
 * The quadrimester's own result: each unit's months of the quadrimester up to
 * the state's reference month (the month the year's figure is counted through, so the two columns
 * describe the same data), aggregated by the indicator's rules, then summed. Null when the
 * indicator is not monthly (a semiannual or yearly value does not split in four months) or no month
 * of the quadrimester is counted yet.
 */
async function quadrimesterResult(
  db: Db,
  context: FigureContext,
  indicator: TIndicator,
  code: string,
  yearFigure: Figure,
  now: Date,
): Promise<PeriodResult | null> {
  if (indicator.periodicity !== 'monthly') return null;
  const { firstMonth, lastMonth: quadrimesterEnd } = yearPartRange(code);
  const lastMonth =
    yearFigure.partialThrough !== null && yearFigure.partialThrough < quadrimesterEnd
      ? yearFigure.partialThrough
      : quadrimesterEnd;
  if (lastMonth < firstMonth) return null;
  // Summed over every município: kept per change of the data.
  return cachedFigures(
    db,
    now,
    `quadrimestre|${indicator.code}|${firstMonth}|${lastMonth}|${yearFigure.expected}`,
    () => sumQuadrimester(db, context, indicator, { firstMonth, lastMonth, expected: yearFigure.expected }),
  );
}

async function sumQuadrimester(
  db: Db,
  context: FigureContext,
  indicator: TIndicator,
  { firstMonth, lastMonth, expected }: { firstMonth: string; lastMonth: string; expected: number },
): Promise<PeriodResult> {
  const unitLevel = DATA_LEVEL_AS_TERRITORY[indicator.dataLevel];
  const units = new Set(
    context.territories
      .filter((territory) => territory.level === unitLevel)
      .map((territory) => territory.code),
  );
  const year = Number(firstMonth.slice(0, 4));
  const span = { firstMonth, throughMonth: lastMonth };
  const rollups = await readSpanRollups(db, indicator, year, span);
  const aggregates = rollups.filter((unit) => units.has(unit.territoryCode));
  const months = Number(lastMonth.slice(5)) - Number(firstMonth.slice(5)) + 1;
  const totals = addTotals(aggregates);
  return {
    value: indicatorValue(indicator.kind, indicator.factor, totals),
    numerator: totals?.numerator ?? null,
    denominator: totals?.denominator ?? null,
    firstMonth,
    lastMonth,
    reporting: aggregates.filter((aggregate) => aggregate.periodsReported >= months).length,
    expected,
  };
}

function analysisView(analysis: AnalysisRow | undefined) {
  if (!analysis) return null;
  return {
    month: analysis.month,
    text: analysisText(analysis),
    writtenAt: analysis.writtenAt,
    writtenByName: analysis.writtenByName,
    isExample: analysis.isExample,
  };
}

export type PlanningReport = Awaited<ReturnType<typeof getPlanningReport>>;
export type PlanningReportIndicator = PlanningReport['objectives'][number]['indicators'][number];

/** The RDQA of a quadrimester (`2026-Q2`) or the RAG of a year (`2025`), every live objective in plan order. */
export async function getPlanningReport(
  db: Db,
  _reader: Reader,
  request: { kind: PlanningReportKind; period: string },
  now: Date,
) {
  const today = todayInMt(now);
  const { kind } = request;
  const parsed = parseYearPart(request.period, kind);
  if (!parsed)
    throw new AppError(
      'BAD_REQUEST',
      `${KIND_NAMES[kind].name} desconhecido: "${request.period}". Use ${KIND_NAMES[kind].example}, de 2024 a 2027.`,
    );
  const code = request.period.trim().toUpperCase();
  if (yearPartState(code, today) === 'future') {
    throw new AppError(
      'BAD_REQUEST',
      `O ${yearPartLabel(code)} ainda não começou (começa em ${formatIsoDate(yearPartRange(code).startsOn)}).`,
    );
  }
  const range = yearPartRange(code);
  const cutoff = yearPartCutoff(code, today);

  const [objectives, goals, coordinations, indicators, analyses] = await readTogether(db, [
    () => listObjectives(db),
    () => listGoals(db),
    () => listCoordinations(db),
    () => listIndicators(db),
    () => listLatestAnalysesBetween(db, STATE_CODE, range.firstMonth, range.lastMonth),
  ]);
  const [{ views }, context] = await readTogether(db, [
    () => loadActionViews(db, now, { asOf: { month: cutoff.lastMonth, date: cutoff.overdueCheckDate } }),
    () => loadFigureContext(db, indicators, now),
  ]);
  const names = coordinationNames(coordinations);

  const liveObjectives = objectives.filter((candidate) => candidate.retiredAt === null);
  // The year as it stood at the period's end: later months of the same year are left out.
  const asOf = await stateFiguresAsOf(
    db,
    context,
    { objectives: liveObjectives, indicators, year: parsed.year, throughMonth: cutoff.lastMonth },
    now,
  );

  const result = [];
  for (const objective of liveObjectives) {
    const indicatorRows = [];
    for (const indicator of indicators.filter((candidate) => candidate.objectiveCode === objective.code)) {
      const figure = asOf.get(indicator.code);
      if (!figure) continue;
      indicatorRows.push({
        code: indicator.code,
        name: indicator.name,
        shortName: indicator.shortName,
        unit: indicator.unit,
        kind: indicator.kind,
        polarity: indicator.polarity,
        periodicity: indicator.periodicity,
        goalCode: indicator.goalCode,
        coordinationCode: indicator.coordinationCode,
        coordinationName: coordinationName(indicator.coordinationCode, names),
        baselineValue: indicator.baselineValue,
        baselineYear: indicator.baselineYear,
        target: figure.target,
        targetLabel: figure.targetLabel,
        period:
          kind === 'quadrimester'
            ? await quadrimesterResult(db, context, indicator, code, figure, now)
            : null,
        year: {
          value: figure.value,
          numerator: figure.numerator,
          denominator: figure.denominator,
          partialThrough: figure.partialThrough,
          reporting: figure.reporting,
          expected: figure.expected,
        },
        achievementPct: targetAchievement(figure.value, figure.target, indicator.polarity),
        status: figure.status,
        statusLabel: STATUS_LABELS[figure.status],
        isProvisional: figure.isProvisional,
        isExample: figure.isExample,
        analysis: analysisView(analyses.get(indicator.code)),
      });
    }
    const actions = views.filter((view) => view.objectiveCode === objective.code);
    result.push({
      code: objective.code,
      perspective: objective.perspective,
      name: objective.name,
      goals: goals
        .filter((goal) => goal.objectiveCode === objective.code)
        .map((goal) => ({ code: goal.code, text: goal.text })),
      indicators: indicatorRows,
      actions: rollup(actions),
    });
  }

  return {
    kind,
    period: code,
    label: yearPartLabel(code),
    heading: yearPartHeading(code),
    state: yearPartState(code, today),
    stateLabel: YEAR_PART_STATE_LABELS[yearPartState(code, today)],
    year: parsed.year,
    ...range,
    /** The actions are counted as they stood on this day (the period's last day, or today). */
    situationDate: cutoff.situationDate,
    deliveryDeadline: reportDeadline(code) as string,
    objectives: result,
    actions: rollup(views),
    hasExampleData:
      result.some((objective) =>
        objective.indicators.some((indicator) => indicator.isExample || indicator.analysis?.isExample),
      ) || views.some((view) => view.lastRecord?.isExample),
    generatedAt: now.toISOString(),
  };
}

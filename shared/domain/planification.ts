/**
 * Planificação da atenção à saúde (objective 4, PRODUCT.md §4.3): the records coordenadorias keep —
 * adhesions of municípios, training events, phase-1 stages done per macro — and the indicator
 * values that follow from them. The three planificação indicators are derived from these records
 * (never typed), so the scorecard and the planificação page always show the same numbers:
 *
 * - PLAN-MUN (município, yearly, stock): 1 when the município adhered on or before 31/12 of the year
 *   (or, for the year in progress, on or before today) and had not withdrawn by then, else 0.
 * - PLAN-PROF (macro, yearly, sum): professionals of the training events held in the year.
 * - PLAN-F1 (macro, yearly): 1 when at least one phase-1 stage was completed in the year — the
 *   indicator counts macros "with phase-1 stages in development in the year".
 */
import { PLAN_YEARS } from './period.ts';

export const ADHESION_INDICATOR = 'PLAN-MUN';
export const TRAINING_INDICATOR = 'PLAN-PROF';
export const PHASE_ONE_INDICATOR = 'PLAN-F1';
export const PLANIFICATION_INDICATORS: readonly string[] = [
  ADHESION_INDICATOR,
  TRAINING_INDICATOR,
  PHASE_ONE_INDICATOR,
];

/** Why the entry grid and imports refuse these indicators. */
export function planificationOnlyMessage(code: string): string {
  return `Os valores de ${code} vêm dos registros da página Planificação: registre lá as adesões, formações e etapas.`;
}

export type Adhesion = { municipalityCode: string; adheredOn: string; withdrawnOn: string | null };
export type Training = { macroCode: string; heldOn: string; professionals: number };
export type StageDone = { macroCode: string; stageCode: string; completedOn: string };

/** The last day a year's figure looks at: 31/12, or today for the year in progress. */
export function cutOffDay(year: number, today: string): string {
  const end = `${year}-12-31`;
  return end < today ? end : today;
}

export function isAdheringOn(adhesion: Adhesion, day: string): boolean {
  return adhesion.adheredOn <= day && (adhesion.withdrawnOn === null || adhesion.withdrawnOn > day);
}

/** Plan years already begun on `today` (2024 up to today's year). */
export function yearsSoFar(today: string): number[] {
  const thisYear = Number(today.slice(0, 4));
  return PLAN_YEARS.filter((year) => year <= thisYear);
}

/** Adhering municípios counted at the end of each year so far (cumulative, withdrawals removed). */
export function cumulativeAdhesions(adhesions: readonly Adhesion[], today: string): Map<number, number> {
  return new Map(
    yearsSoFar(today).map((year) => {
      const day = cutOffDay(year, today);
      return [year, adhesions.filter((adhesion) => isAdheringOn(adhesion, day)).length];
    }),
  );
}

export function professionalsInYear(trainings: readonly Training[], macroCode: string, year: number): number {
  return trainings
    .filter((training) => training.macroCode === macroCode && training.heldOn.startsWith(`${year}-`))
    .reduce((sum, training) => sum + training.professionals, 0);
}

export function hasStageInYear(stages: readonly StageDone[], macroCode: string, year: number): boolean {
  return stages.some((stage) => stage.macroCode === macroCode && stage.completedOn.startsWith(`${year}-`));
}

export type DerivedValue = {
  indicatorCode: string;
  territoryCode: string;
  period: string;
  numerator: number;
};

/** The yearly values of the three planificação indicators implied by the records, for every unit. */
export function derivedValues(
  records: { adhesions: readonly Adhesion[]; trainings: readonly Training[]; stages: readonly StageDone[] },
  units: {
    municipalities: readonly { code: string; installedYear: number | null }[];
    macroCodes: readonly string[];
  },
  today: string,
): DerivedValue[] {
  const values: DerivedValue[] = [];
  for (const year of yearsSoFar(today)) {
    const day = cutOffDay(year, today);
    const period = String(year);
    for (const municipality of units.municipalities) {
      if (municipality.installedYear !== null && municipality.installedYear > year) continue;
      const adhesion = records.adhesions.find(
        (candidate) => candidate.municipalityCode === municipality.code,
      );
      values.push({
        indicatorCode: ADHESION_INDICATOR,
        territoryCode: municipality.code,
        period,
        numerator: adhesion && isAdheringOn(adhesion, day) ? 1 : 0,
      });
    }
    for (const macroCode of units.macroCodes) {
      values.push({
        indicatorCode: TRAINING_INDICATOR,
        territoryCode: macroCode,
        period,
        numerator: professionalsInYear(records.trainings, macroCode, year),
      });
      values.push({
        indicatorCode: PHASE_ONE_INDICATOR,
        territoryCode: macroCode,
        period,
        numerator: hasStageInYear(records.stages, macroCode, year) ? 1 : 0,
      });
    }
  }
  return values;
}

/** Where a macro stands in the plan's schedule on `today`. */
export type ScheduleState = 'planned' | 'current' | 'past';

export function scheduleState(
  schedule: { startYear: number; endYear: number },
  today: string,
): ScheduleState {
  const year = Number(today.slice(0, 4));
  if (year < schedule.startYear) return 'planned';
  return year > schedule.endYear ? 'past' : 'current';
}

import { z } from 'zod';
import { VALIDATION_RULES } from '../../../shared/domain/validation-rules.ts';
import type { TIndicator, TTarget } from '../../../shared/schemas/indicator.ts';
import type { Db } from '../client.ts';

export type TargetRow = TTarget & { indicatorCode: string };
export type CoordinationRow = { code: string; name: string };
export type ObjectiveRow = {
  code: string;
  perspective: string;
  name: string;
  sortOrder: number;
  retiredAt: string | null;
  version: number;
};
export type StrategicGoalRow = { code: string; objectiveCode: string; text: string; sortOrder: number };

const INDICATOR_COLUMNS: Record<keyof TIndicator, string> = {
  code: 'code',
  sortOrder: 'sort_order',
  name: 'name',
  shortName: 'short_name',
  objectiveCode: 'objective_code',
  goalCode: 'goal_code',
  coordinationCode: 'coordination_code',
  concept: 'concept',
  interpretation: 'interpretation',
  uses: 'uses',
  limitations: 'limitations',
  numeratorDefinition: 'numerator_definition',
  numeratorNounSingular: 'numerator_noun_singular',
  numeratorNounPlural: 'numerator_noun_plural',
  denominatorDefinition: 'denominator_definition',
  factor: 'factor',
  unit: 'unit',
  kind: 'kind',
  isProportion: 'is_proportion',
  polarity: 'polarity',
  sources: 'sources',
  periodicity: 'periodicity',
  dataLevel: 'data_level',
  numeratorRule: 'numerator_rule',
  denominatorRule: 'denominator_rule',
  tolerancePct: 'tolerance_pct',
  minDenominator: 'min_denominator',
  validationRules: 'validation_rules',
  baselineValue: 'baseline_value',
  baselineYear: 'baseline_year',
  baselineNote: 'baseline_note',
};

function toDb(indicator: TIndicator): Record<string, unknown> {
  return {
    ...Object.fromEntries(
      Object.entries(INDICATOR_COLUMNS).map(([key, column]) => [column, indicator[key as keyof TIndicator]]),
    ),
    validation_rules: JSON.stringify(indicator.validationRules),
  };
}

const ZStoredRules = z.array(z.enum(VALIDATION_RULES));

function fromDb(row: Record<string, unknown>): TIndicator {
  const indicator = Object.fromEntries(
    Object.entries(INDICATOR_COLUMNS).map(([key, column]) => [key, row[column] ?? null]),
  ) as TIndicator;
  return {
    ...indicator,
    isProportion: Boolean(indicator.isProportion),
    validationRules: ZStoredRules.parse(JSON.parse(String(row.validation_rules ?? '[]'))),
  };
}

/** The plan is reference data: loading it again updates it in place (idempotent seed). */
export async function upsertPlan(
  db: Db,
  plan: {
    coordinations: CoordinationRow[];
    objectives: ObjectiveRow[];
    goals: StrategicGoalRow[];
    indicators: TIndicator[];
    targets: TargetRow[];
  },
): Promise<void> {
  await db.transaction(async (trx) => {
    for (const row of plan.coordinations) {
      await trx('coordinations').insert(row).onConflict('code').merge();
    }
    // Objectives are added from the file but, once there, belong to the administrator (who may
    // rename or retire them): a restart must not undo that.
    for (const row of plan.objectives) {
      await trx('objectives')
        .insert({ code: row.code, perspective: row.perspective, name: row.name, sort_order: row.sortOrder })
        .onConflict('code')
        .ignore();
    }
    for (const row of plan.goals) {
      await trx('strategic_goals')
        .insert({
          code: row.code,
          objective_code: row.objectiveCode,
          text: row.text,
          sort_order: row.sortOrder,
        })
        .onConflict('code')
        .merge();
    }
    for (const indicator of plan.indicators) {
      await trx('indicators').insert(toDb(indicator)).onConflict('code').merge();
    }
    // Targets are replaced as a whole per indicator so a target removed from the file disappears.
    for (const indicator of plan.indicators) {
      await trx('targets').where({ indicator_code: indicator.code }).delete();
    }
    for (const target of plan.targets) {
      await trx('targets').insert({
        indicator_code: target.indicatorCode,
        year: target.year,
        territory_code: target.territoryCode,
        value: target.value,
        label: target.label,
      });
    }
  });
}

export async function listIndicators(db: Db): Promise<TIndicator[]> {
  const rows: Record<string, unknown>[] = await db('indicators').select('*').orderBy('sort_order');
  return rows.map(fromDb);
}

export async function listTargets(db: Db, indicatorCodes?: readonly string[]): Promise<TargetRow[]> {
  const query = db('targets').select('*').orderBy(['indicator_code', 'year', 'territory_code']);
  if (indicatorCodes) query.whereIn('indicator_code', indicatorCodes);
  const rows: {
    indicator_code: string;
    year: number;
    territory_code: string;
    value: number | null;
    label: string;
  }[] = await query;
  return rows.map((row) => ({
    indicatorCode: row.indicator_code,
    year: row.year,
    territoryCode: row.territory_code,
    value: row.value,
    label: row.label,
  }));
}

export async function listObjectives(db: Db): Promise<ObjectiveRow[]> {
  const rows: {
    code: string;
    perspective: string;
    name: string;
    sort_order: number;
    retired_at: string | null;
    version: number;
  }[] = await db('objectives').select('*').orderBy('sort_order');
  return rows.map((row) => ({
    code: row.code,
    perspective: row.perspective,
    name: row.name,
    sortOrder: row.sort_order,
    retiredAt: row.retired_at,
    version: row.version,
  }));
}

export async function listGoals(db: Db): Promise<StrategicGoalRow[]> {
  const rows: { code: string; objective_code: string; text: string; sort_order: number }[] = await db(
    'strategic_goals',
  )
    .select('*')
    .orderBy('sort_order');
  return rows.map((row) => ({
    code: row.code,
    objectiveCode: row.objective_code,
    text: row.text,
    sortOrder: row.sort_order,
  }));
}

export async function listCoordinations(db: Db): Promise<CoordinationRow[]> {
  return db('coordinations').select('code', 'name').orderBy('code');
}

export async function insertObjective(
  db: Db,
  objective: { code: string; perspective: string; name: string; sortOrder: number },
): Promise<void> {
  await db('objectives').insert({
    code: objective.code,
    perspective: objective.perspective,
    name: objective.name,
    sort_order: objective.sortOrder,
  });
}

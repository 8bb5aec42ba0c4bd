import { FIRST_YEAR, LAST_YEAR, PANEL_YEARS_TEXT } from '../domain/period.ts';
import { VALIDATION_RULES } from '../domain/validation-rules.ts';
import { z } from './zod-locale.ts';

export const ZPolaritySchema = z.enum(['higher', 'lower']);
export const ZYearRuleSchema = z.enum(['sum', 'last', 'average']);
export const ZTerritoryLevelSchema = z.enum(['state', 'macro', 'region', 'municipality'], {
  error: 'Nível de território desconhecido. Use state, macro, region ou municipality.',
});

export const ZTargetSchema = z.object({
  year: z.number().int(),
  territoryCode: z.string(),
  value: z.number().nullable(),
  /** The cell as printed in the plan. */
  label: z.string(),
});
export type TTarget = z.infer<typeof ZTargetSchema>;

/** The indicator sheet (model: resolution CIB 029/00) plus the rules the aggregation needs. */
export const ZIndicatorSchema = z.object({
  code: z.string(),
  sortOrder: z.number().int(),
  name: z.string(),
  shortName: z.string(),
  objectiveCode: z.string(),
  goalCode: z.string().nullable(),
  coordinationCode: z.string(),
  concept: z.string(),
  interpretation: z.string(),
  uses: z.string(),
  limitations: z.string(),
  numeratorDefinition: z.string(),
  /** What the numerator counts, in words ("internação", "internações"): cases read in them. */
  numeratorNounSingular: z.string().nullable(),
  numeratorNounPlural: z.string().nullable(),
  denominatorDefinition: z.string().nullable(),
  factor: z.number().positive(),
  unit: z.string(),
  kind: z.enum(['rate', 'count']),
  isProportion: z.boolean(),
  polarity: ZPolaritySchema,
  sources: z.string(),
  periodicity: z.enum(['monthly', 'semiannual', 'yearly']),
  dataLevel: z.enum(['municipality', 'macro', 'state']),
  numeratorRule: ZYearRuleSchema,
  denominatorRule: ZYearRuleSchema,
  tolerancePct: z.number().min(0),
  /** Small-number guard: below this denominator the rate gets an interval and no status. */
  minDenominator: z.number().positive().nullable(),
  /** Declared in plano.json (`regras_validacao`); see shared/domain/validation-rules.ts. */
  validationRules: z.array(z.enum(VALIDATION_RULES)),
  baselineValue: z.number().nullable(),
  baselineYear: z.number().int().nullable(),
  baselineNote: z.string().nullable(),
});
export type TIndicator = z.infer<typeof ZIndicatorSchema>;

const YEAR_FORMAT = 'O ano deve ser um número de 4 dígitos, por exemplo 2025.';
const YEAR_RANGE = `O painel cobre os anos de ${PANEL_YEARS_TEXT}.`;

/** A year from a URL or a form: exactly 4 digits (no "0x7E9", no "2024.0"), within the panel. */
export const ZYearSchema = z
  .union([z.number(), z.string().regex(/^\d{4}$/, YEAR_FORMAT)], { error: YEAR_FORMAT })
  .transform((value) => Number(value))
  .pipe(z.number().int(YEAR_FORMAT).min(FIRST_YEAR, YEAR_RANGE).max(LAST_YEAR, YEAR_RANGE));

/** Reads `data/plan/plano.json` (Portuguese keys, as a manager edits it) into domain rows. */
import { z } from 'zod';
import { STATE_CODE } from '../../shared/domain/territory.ts';
import { VALIDATION_RULES } from '../../shared/domain/validation-rules.ts';
import type { TIndicator } from '../../shared/schemas/indicator.ts';
import { readJson } from './data-files.ts';
import type {
  CoordinationRow,
  ObjectiveRow,
  StrategicGoalRow,
  TargetRow,
} from './repositories/plan-repository.ts';

const ZRule = z.enum(['soma', 'ultimo', 'media']);
const RULES = { soma: 'sum', ultimo: 'last', media: 'average' } as const;
const DATA_LEVELS = { municipio: 'municipality', macro: 'macro', estado: 'state' } as const;
const PERIODICITIES = { mensal: 'monthly', semestral: 'semiannual', anual: 'yearly' } as const;

const ZPlanFileSchema = z.object({
  coordenadorias: z.array(z.object({ codigo: z.string(), nome: z.string() })),
  objetivos: z.array(z.object({ codigo: z.string(), perspectiva: z.string(), nome: z.string() })),
  metas: z.array(z.object({ codigo: z.string(), objetivo: z.string(), texto: z.string() })),
  indicadores: z.array(
    z.object({
      codigo: z.string(),
      nome: z.string(),
      nome_curto: z.string(),
      objetivo: z.string(),
      meta: z.string().nullable(),
      conceito: z.string(),
      interpretacao: z.string(),
      usos: z.string(),
      limitacoes: z.string(),
      numerador: z.string(),
      numerador_em_palavras: z.object({ singular: z.string().min(1), plural: z.string().min(1) }).optional(),
      denominador: z.string().nullable(),
      fator: z.number().positive(),
      unidade: z.string(),
      tipo: z.enum(['taxa', 'contagem']),
      proporcao: z.boolean(),
      polaridade: z.enum(['maior', 'menor']),
      fontes: z.string(),
      periodicidade: z.enum(['mensal', 'semestral', 'anual']),
      nivel_dados: z.enum(['municipio', 'macro', 'estado']),
      regra_numerador: ZRule,
      regra_denominador: ZRule,
      tolerancia_pct: z.number().min(0).optional(),
      denominador_minimo: z.number().positive().optional(),
      regras_validacao: z.array(z.enum(VALIDATION_RULES)).default([]),
      coordenadoria: z.string(),
      linha_base: z.object({ valor: z.number(), ano: z.number().int(), nota: z.string() }).nullable(),
      metas_anuais: z.array(
        z.object({ ano: z.number().int(), valor: z.number().nullable(), rotulo: z.string() }),
      ),
      metas_por_macro: z
        .array(
          z.object({
            macro: z.string(),
            ano: z.number().int().optional(),
            desde: z.number().int().optional(),
            valor: z.number(),
            rotulo: z.string(),
          }),
        )
        .optional(),
    }),
  ),
});

export type PlanData = {
  coordinations: CoordinationRow[];
  objectives: ObjectiveRow[];
  goals: StrategicGoalRow[];
  indicators: TIndicator[];
  targets: TargetRow[];
};

const LAST_PLAN_YEAR = 2027;

export function readPlanFile(): PlanData {
  const file = ZPlanFileSchema.parse(readJson('plan/plano.json'));
  const targets: TargetRow[] = file.indicadores.flatMap((indicator) => [
    ...indicator.metas_anuais.map((target) => ({
      indicatorCode: indicator.codigo,
      year: target.ano,
      territoryCode: STATE_CODE,
      value: target.valor,
      label: target.rotulo,
    })),
    // "desde": a cumulative count, so the macro keeps its target in the following years.
    ...(indicator.metas_por_macro ?? []).flatMap((target) => {
      const first = target.ano ?? target.desde ?? LAST_PLAN_YEAR;
      const last = target.desde !== undefined ? LAST_PLAN_YEAR : first;
      return Array.from({ length: last - first + 1 }, (_, offset) => ({
        indicatorCode: indicator.codigo,
        year: first + offset,
        territoryCode: target.macro,
        value: target.valor,
        label: target.rotulo,
      }));
    }),
  ]);
  return {
    coordinations: file.coordenadorias.map((row) => ({ code: row.codigo, name: row.nome })),
    objectives: file.objetivos.map((row, index) => ({
      code: row.codigo,
      perspective: row.perspectiva,
      name: row.nome,
      sortOrder: index,
      retiredAt: null,
      version: 1,
    })),
    goals: file.metas.map((row, index) => ({
      code: row.codigo,
      objectiveCode: row.objetivo,
      text: row.texto,
      sortOrder: index,
    })),
    indicators: file.indicadores.map((row, index) => ({
      code: row.codigo,
      sortOrder: index,
      name: row.nome,
      shortName: row.nome_curto,
      objectiveCode: row.objetivo,
      goalCode: row.meta,
      coordinationCode: row.coordenadoria,
      concept: row.conceito,
      interpretation: row.interpretacao,
      uses: row.usos,
      limitations: row.limitacoes,
      numeratorDefinition: row.numerador,
      numeratorNounSingular: row.numerador_em_palavras?.singular ?? null,
      numeratorNounPlural: row.numerador_em_palavras?.plural ?? null,
      denominatorDefinition: row.denominador,
      factor: row.fator,
      unit: row.unidade,
      kind: row.tipo === 'taxa' ? 'rate' : 'count',
      isProportion: row.proporcao,
      polarity: row.polaridade === 'maior' ? 'higher' : 'lower',
      sources: row.fontes,
      periodicity: PERIODICITIES[row.periodicidade],
      dataLevel: DATA_LEVELS[row.nivel_dados],
      numeratorRule: RULES[row.regra_numerador],
      denominatorRule: RULES[row.regra_denominador],
      tolerancePct: row.tolerancia_pct ?? 5,
      minDenominator: row.denominador_minimo ?? null,
      validationRules: row.regras_validacao,
      baselineValue: row.linha_base?.valor ?? null,
      baselineYear: row.linha_base?.ano ?? null,
      baselineNote: row.linha_base?.nota ?? null,
    })),
    targets,
  };
}

/**
 * Validation rules per indicator (issue 11, item 1), declared in `data/plan/plano.json`
 * (`regras_validacao`) so SAS can change them, and checked by `numberProblems` for every way a value
 * comes in (grid, imports, command line, API). A broken rule refuses the value with a sentence that
 * names the rule. Always on, whatever the file says: numbers are finite and never negative, and a
 * count is a whole number.
 */
import { formatNumber } from '../format.ts';

export const VALIDATION_RULES = [
  'numerador_ate_denominador',
  'numerador_inteiro',
  'denominador_inteiro',
  'numerador_ate_populacao',
  'denominador_ate_populacao',
  'numerador_0_ou_1',
  'denominador_igual_a_1',
] as const;

export type ValidationRule = (typeof VALIDATION_RULES)[number];

/** How each rule reads on the indicator sheet and in a refusal. */
export const VALIDATION_RULE_LABELS: Record<ValidationRule, string> = {
  numerador_ate_denominador: 'numerador ≤ denominador',
  numerador_inteiro: 'numerador inteiro',
  denominador_inteiro: 'denominador inteiro',
  numerador_ate_populacao: 'numerador ≤ população do município (IBGE)',
  denominador_ate_populacao: 'denominador ≤ população do município (IBGE)',
  numerador_0_ou_1: 'numerador 0 ou 1 (não/sim)',
  denominador_igual_a_1: 'denominador igual a 1 (um por município)',
};

/**
 * The population a value of `year` may not exceed: the largest IBGE figure of that year and the two
 * before. Sources divide by estimates up to two years old (e-Gestor's December 2023 coverage uses the
 * 2021 estimate, April 2024 the 2022 Census), and a município that shrank in the Census would
 * otherwise see its real coverage refused; checked against every real e-Gestor row we hold. Years
 * after the last estimate use the latest ones. Null when the município has no population (Boa
 * Esperança do Norte): the rule is then not applied.
 */
export function populationBound(populationByYear: ReadonlyMap<number, number>, year: number): number | null {
  const years = [...populationByYear.keys()];
  if (years.length === 0) return null;
  const last = Math.min(year, Math.max(...years));
  const candidates = [last, last - 1, last - 2].flatMap((candidate) => {
    const population = populationByYear.get(candidate);
    return population === undefined ? [] : [population];
  });
  return candidates.length === 0 ? null : Math.max(...candidates);
}

export type ValueField = 'numerator' | 'denominator';
export type FieldProblem = { field: ValueField; message: string };

const broken = (rule: ValidationRule, text: string) => `Regra "${VALIDATION_RULE_LABELS[rule]}": ${text}`;

/** The declared rules broken by one whole or half value (a missing half is not checked). */
export function declaredRuleProblems(
  value: { numerator: number | null; denominator: number | null },
  rules: readonly ValidationRule[],
  population: number | null,
): FieldProblem[] {
  const { numerator, denominator } = value;
  const problems: FieldProblem[] = [];
  for (const rule of rules) {
    if (
      rule === 'numerador_ate_denominador' &&
      numerator !== null &&
      denominator !== null &&
      numerator > denominator
    )
      problems.push({
        field: 'numerator',
        message: broken(
          rule,
          `o numerador (${formatNumber(numerator)}) é maior que o denominador (${formatNumber(denominator)}).`,
        ),
      });
    if (rule === 'numerador_inteiro' && numerator !== null && !Number.isInteger(numerator))
      problems.push({
        field: 'numerator',
        message: broken(rule, `${formatNumber(numerator)} não é um número inteiro.`),
      });
    if (rule === 'denominador_inteiro' && denominator !== null && !Number.isInteger(denominator))
      problems.push({
        field: 'denominator',
        message: broken(rule, `${formatNumber(denominator)} não é um número inteiro.`),
      });
    if (
      rule === 'numerador_ate_populacao' &&
      numerator !== null &&
      population !== null &&
      numerator > population
    )
      problems.push({
        field: 'numerator',
        message: broken(
          rule,
          `${formatNumber(numerator)} é maior que a população do município (${formatNumber(population)}).`,
        ),
      });
    if (
      rule === 'denominador_ate_populacao' &&
      denominator !== null &&
      population !== null &&
      denominator > population
    )
      problems.push({
        field: 'denominator',
        message: broken(
          rule,
          `${formatNumber(denominator)} é maior que a população do município (${formatNumber(population)}).`,
        ),
      });
    if (rule === 'numerador_0_ou_1' && numerator !== null && numerator !== 0 && numerator !== 1)
      problems.push({
        field: 'numerator',
        message: broken(rule, `use 1 (sim) ou 0 (não), não ${formatNumber(numerator)}.`),
      });
    if (rule === 'denominador_igual_a_1' && denominator !== null && denominator !== 1)
      problems.push({
        field: 'denominator',
        message: broken(rule, `use 1, não ${formatNumber(denominator)}.`),
      });
  }
  return problems;
}

import { describe, expect, it } from 'vitest';
import { declaredRuleProblems, populationBound } from './validation-rules.ts';

const messages = (...args: Parameters<typeof declaredRuleProblems>) =>
  declaredRuleProblems(...args).map((problem) => `${problem.field}: ${problem.message}`);

describe('the validation rules declared per indicator', () => {
  it('numerador ≤ denominador (proportions): ICSAPS, coverages, PBF', () => {
    expect(messages({ numerator: 10, denominator: 10 }, ['numerador_ate_denominador'], null)).toEqual([]);
    expect(messages({ numerator: 11, denominator: 10 }, ['numerador_ate_denominador'], null)).toEqual([
      'numerator: Regra "numerador ≤ denominador": o numerador (11) é maior que o denominador (10).',
    ]);
    // A half waiting for the other is not checked against it.
    expect(messages({ numerator: 11, denominator: null }, ['numerador_ate_denominador'], null)).toEqual([]);
  });

  it('whole events: deaths, births, admissions', () => {
    const rules = ['numerador_inteiro', 'denominador_inteiro'] as const;
    expect(messages({ numerator: 3, denominator: 250 }, rules, null)).toEqual([]);
    expect(messages({ numerator: 2.5, denominator: 250.5 }, rules, null)).toEqual([
      'numerator: Regra "numerador inteiro": 2,5 não é um número inteiro.',
      'denominator: Regra "denominador inteiro": 250,5 não é um número inteiro.',
    ]);
  });

  it('a covered population no larger than the município’s (IBGE)', () => {
    expect(messages({ numerator: 5309, denominator: 5309 }, ['numerador_ate_populacao'], 5309)).toEqual([]);
    expect(messages({ numerator: 5310, denominator: 5309 }, ['numerador_ate_populacao'], 5309)).toEqual([
      'numerator: Regra "numerador ≤ população do município (IBGE)": 5.310 é maior que a população do município (5.309).',
    ]);
    // No population known (Boa Esperança do Norte): the rule is not applied.
    expect(messages({ numerator: 9e9, denominator: 1 }, ['numerador_ate_populacao'], null)).toEqual([]);
    expect(messages({ numerator: 1, denominator: 700_000 }, ['denominador_ate_populacao'], 650_877)).toEqual([
      'denominator: Regra "denominador ≤ população do município (IBGE)": 700.000 é maior que a população do município (650.877).',
    ]);
  });

  it('yes/no statuses with one per município (digital health, adhesion)', () => {
    const rules = ['numerador_0_ou_1', 'denominador_igual_a_1'] as const;
    expect(messages({ numerator: 1, denominator: 1 }, rules, null)).toEqual([]);
    expect(messages({ numerator: 0, denominator: 1 }, rules, null)).toEqual([]);
    expect(messages({ numerator: 2, denominator: 3 }, rules, null)).toEqual([
      'numerator: Regra "numerador 0 ou 1 (não/sim)": use 1 (sim) ou 0 (não), não 2.',
      'denominator: Regra "denominador igual a 1 (um por município)": use 1, não 3.',
    ]);
  });
});

describe('populationBound', () => {
  // Alta Floresta: 2021 estimate 52.105, 2022 Census 58.613, 2024 estimate 61.291.
  const altaFloresta = new Map([
    [2021, 52_105],
    [2022, 58_613],
    [2023, 58_613],
    [2024, 61_291],
  ]);

  it('is the largest figure of the year and the two before, since sources use estimates up to two years old', () => {
    expect(populationBound(altaFloresta, 2023)).toBe(58_613);
    expect(
      populationBound(
        new Map([
          [2021, 5516],
          [2022, 5309],
          [2023, 5309],
        ]),
        2023,
      ),
    ).toBe(5516);
  });

  it('uses the latest estimates for years after them, and nothing without any', () => {
    expect(populationBound(altaFloresta, 2026)).toBe(61_291);
    expect(populationBound(new Map(), 2026)).toBeNull();
  });
});

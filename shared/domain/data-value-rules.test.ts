import { describe, expect, it } from 'vitest';
import { periodProblem, valueProblems } from './data-value-rules.ts';

describe('valueProblems', () => {
  const proportion = { kind: 'rate' as const, isProportion: true, periodicity: 'monthly' as const };
  const value = (numerator: number, denominator: number | null, period = '2025-03') => ({
    period,
    numerator,
    denominator,
  });

  it('accepts a valid proportion and a zero denominator with zero numerator', () => {
    expect(valueProblems(value(5, 10), proportion)).toEqual([]);
    expect(valueProblems(value(0, 0), proportion)).toEqual([]);
  });

  it('accepts one half of a rate (the other arrives later) but not neither', () => {
    expect(valueProblems(value(1, null), proportion)).toEqual([]);
    expect(valueProblems({ period: '2025-03', numerator: null, denominator: 10 }, proportion)).toEqual([]);
    expect(valueProblems({ period: '2025-03', numerator: null, denominator: null }, proportion)).toEqual([
      'Informe o numerador ou o denominador.',
    ]);
  });

  it('rejects negatives and a numerator above the denominator', () => {
    expect(valueProblems(value(-1, 10), proportion)).toEqual(['O numerador não pode ser negativo.']);
    expect(valueProblems(value(11, 10), proportion)[0]).toMatch(/maior que o denominador/);
  });

  it('lets a ratio exceed its denominator, and wants whole numbers for counts', () => {
    const ratio = { kind: 'rate' as const, isProportion: false, periodicity: 'monthly' as const };
    expect(valueProblems(value(3, 1), ratio)).toEqual([]);
    const count = { kind: 'count' as const, isProportion: false, periodicity: 'yearly' as const };
    expect(valueProblems(value(2, null, '2025'), count)).toEqual([]);
    expect(valueProblems(value(1.5, null, '2025'), count)).toEqual([
      'Este indicador é uma contagem: informe um número inteiro.',
    ]);
  });
});

describe('periodProblem', () => {
  it('wants the period shape of the indicator’s periodicity', () => {
    expect(periodProblem('2025-03', 'monthly')).toBeNull();
    expect(periodProblem('2025', 'monthly')).toMatch(/mensal/);
    expect(periodProblem('2025', 'yearly')).toBeNull();
    expect(periodProblem('2025-01', 'yearly')).toMatch(/anual/);
    expect(periodProblem('2025-12', 'semiannual')).toBeNull();
    expect(periodProblem('2025-03', 'semiannual')).toMatch(/semestral/);
  });

  it('refuses periods outside the plan or badly written', () => {
    expect(periodProblem('2019-12', 'monthly')).toMatch(/fora do plano/);
    expect(periodProblem('03/2025', 'monthly')).toMatch(/inválido/);
  });
});

import { describe, expect, it } from 'vitest';
import { periodProblem, valueProblems, yearShapeProblem } from './data-value-rules.ts';
import { currentMonthInMt } from './dates.ts';

/** A frozen clock: 24/11/2026 in Cuiabá, so November 2026 is the month in progress. */
const NOW = currentMonthInMt(new Date('2026-11-24T12:00:00-04:00'));

describe('valueProblems', () => {
  const proportion = {
    kind: 'rate' as const,
    periodicity: 'monthly' as const,
    validationRules: ['numerador_ate_denominador' as const],
  };
  const value = (numerator: number, denominator: number | null, period = '2025-03') => ({
    period,
    numerator,
    denominator,
  });

  it('accepts a valid proportion and a zero denominator with zero numerator', () => {
    expect(valueProblems(value(5, 10), proportion, NOW)).toEqual([]);
    expect(valueProblems(value(0, 0), proportion, NOW)).toEqual([]);
  });

  it('accepts one half of a rate (the other arrives later) but not neither', () => {
    expect(valueProblems(value(1, null), proportion, NOW)).toEqual([]);
    expect(valueProblems({ period: '2025-03', numerator: null, denominator: 10 }, proportion, NOW)).toEqual(
      [],
    );
    expect(valueProblems({ period: '2025-03', numerator: null, denominator: null }, proportion, NOW)).toEqual(
      ['Informe o numerador ou o denominador.'],
    );
  });

  it('rejects negatives and a numerator above the denominator', () => {
    expect(valueProblems(value(-1, 10), proportion, NOW)).toEqual(['O numerador não pode ser negativo.']);
    expect(valueProblems(value(11, 10), proportion, NOW)).toEqual([
      'Regra "numerador ≤ denominador": o numerador (11) é maior que o denominador (10).',
    ]);
  });

  it('lets a ratio exceed its denominator, and wants whole numbers for counts', () => {
    const ratio = { kind: 'rate' as const, periodicity: 'monthly' as const, validationRules: [] };
    expect(valueProblems(value(3, 1), ratio, NOW)).toEqual([]);
    const count = { kind: 'count' as const, periodicity: 'yearly' as const, validationRules: [] };
    expect(valueProblems(value(2, null, '2025'), count, NOW)).toEqual([]);
    expect(valueProblems(value(1.5, null, '2025'), count, NOW)).toEqual([
      'Este indicador é uma contagem: informe um número inteiro.',
    ]);
  });
});

describe('periodProblem', () => {
  it('wants the period shape of the indicator’s periodicity', () => {
    expect(periodProblem('2025-03', 'monthly', NOW)).toBeNull();
    expect(periodProblem('2026', 'monthly', NOW)).toMatch(/por mês/);
    expect(periodProblem('2025', 'yearly', NOW)).toBeNull();
    expect(periodProblem('2025-01', 'yearly', NOW)).toMatch(/anual/);
    expect(periodProblem('2025-12', 'semiannual', NOW)).toBeNull();
    expect(periodProblem('2025-03', 'semiannual', NOW)).toMatch(/semestral/);
  });

  it('refuses periods outside the plan or badly written', () => {
    expect(periodProblem('2019-12', 'monthly', NOW)).toMatch(/fora do painel/);
    expect(periodProblem('03/2025', 'monthly', NOW)).toMatch(/inválido/);
  });

  it('refuses a period that has not begun, by the Mato Grosso month in progress', () => {
    expect(periodProblem('2026-11', 'monthly', NOW)).toBeNull();
    expect(periodProblem('2026-12', 'monthly', NOW)).toBe(
      'O período dez/2026 ainda não começou: só se registram valores até nov/2026, o mês em curso.',
    );
    expect(periodProblem('2027-01', 'monthly', NOW)).toMatch(/jan\/2027 ainda não começou/);
    expect(periodProblem('2027', 'yearly', NOW)).toMatch(/2027 ainda não começou/);
    // A yearly indicator's year in progress has begun: its value so far may be recorded.
    expect(periodProblem('2026', 'yearly', NOW)).toBeNull();
    // 23:30 of 30/11 in Cuiabá is already 1/12 in UTC, but December has not begun there.
    const lateNight = currentMonthInMt(new Date('2026-12-01T03:30:00Z'));
    expect(periodProblem('2026-12', 'monthly', lateNight)).toMatch(/ainda não começou/);
  });

  it('takes a whole closed year of a monthly indicator, never the year in progress', () => {
    expect(periodProblem('2025', 'monthly', NOW)).toBeNull();
    expect(periodProblem('2021', 'semiannual', NOW)).toBeNull();
    expect(periodProblem('2026', 'monthly', NOW)).toBe(
      'O ano 2026 ainda não terminou: no ano em curso este indicador é informado por mês (AAAA-MM); o valor do ano inteiro (AAAA) só vale para anos encerrados.',
    );
    // In January the year just ended is closed.
    expect(periodProblem('2026', 'monthly', '2027-01')).toBeNull();
  });
});

describe('yearShapeProblem', () => {
  const rate = { kind: 'rate' as const, periodicity: 'monthly' as const };
  const value = (period: string, numerator: number | null, denominator: number | null) => ({
    period,
    numerator,
    denominator,
  });

  it('lets a yearly half wait for the other yearly half, beside whole months', () => {
    expect(yearShapeProblem([value('2021', 12, null)], rate)).toBeNull();
    expect(yearShapeProblem([value('2021', 12, null), value('2021-03', 1, 90)], rate)).toBeNull();
    expect(yearShapeProblem([value('2021', 12, 1000), value('2021-03', 1, null)], rate)).toBeNull();
  });

  it('refuses a yearly half whose other half is held by month', () => {
    expect(yearShapeProblem([value('2021', null, 1000), value('2021-03', 1, null)], rate)).toMatch(
      /^o denominador de 2021 viria como valor do ano inteiro, mas o numerador desse ano está guardado por mês/,
    );
    expect(yearShapeProblem([value('2021', 12, null), value('2021-05', null, 80)], rate)).toMatch(
      /o numerador de 2021 .* o denominador desse ano está guardado por mês/,
    );
  });

  it('does not apply to counts or yearly indicators', () => {
    expect(
      yearShapeProblem([value('2021', 3, null), value('2021-03', 1, null)], {
        kind: 'count',
        periodicity: 'monthly',
      }),
    ).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { valueProblems } from './data-value-rules.ts';

describe('valueProblems', () => {
  const proportion = { kind: 'rate' as const, isProportion: true };
  it('accepts a valid proportion and a zero denominator with zero numerator', () => {
    expect(valueProblems({ numerator: 5, denominator: 10 }, proportion)).toEqual([]);
    expect(valueProblems({ numerator: 0, denominator: 0 }, proportion)).toEqual([]);
  });
  it('rejects negatives, a missing denominator and a numerator above the denominator', () => {
    expect(valueProblems({ numerator: -1, denominator: 10 }, proportion)).toEqual([
      'O numerador não pode ser negativo.',
    ]);
    expect(valueProblems({ numerator: 1, denominator: null }, proportion)).toEqual([
      'Informe o denominador.',
    ]);
    expect(valueProblems({ numerator: 11, denominator: 10 }, proportion)[0]).toMatch(
      /maior que o denominador/,
    );
  });
  it('lets a ratio (maternal deaths per live births) exceed nothing but still refuses negatives', () => {
    expect(valueProblems({ numerator: 3, denominator: 1 }, { kind: 'rate', isProportion: false })).toEqual(
      [],
    );
    expect(
      valueProblems({ numerator: 2, denominator: null }, { kind: 'count', isProportion: false }),
    ).toEqual([]);
  });
});

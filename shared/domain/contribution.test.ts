import { describe, expect, it } from 'vitest';
import { contributions } from './contribution.ts';

describe('contribution to the gap', () => {
  it('ranks members by excess infant deaths at the target rate, adding up to the región’s gap', () => {
    // Target 12,11 per 1.000 live births.
    const result = contributions(
      [
        { code: 'A', name: 'Alto', numerator: 12, denominator: 600 },
        { code: 'B', name: 'Baixo', numerator: 3, denominator: 500 },
        { code: 'C', name: 'Centro', numerator: 20, denominator: 1200 },
      ],
      12.11,
      1000,
      'lower',
    );
    // Expected: A 7,266; B 6,055; C 14,532 → gaps 4,734; −3,055; 5,468; total 35 − 27,853 = 7,147.
    expect(result.rows.map((row) => row.code)).toEqual(['C', 'A', 'B']);
    expect(result.rows.map((row) => Number(row.gap.toFixed(3)))).toEqual([5.468, 4.734, -3.055]);
    expect(result.totalGap).toBeCloseTo(7.147, 10);
    // Shares of the excess of those behind (C and A: 10,202 cases): 53,6 % and 46,4 %; B offsets.
    expect(result.excess).toBeCloseTo(10.202, 10);
    expect(result.rows.map((row) => row.shareOfExcess)).toEqual([
      expect.closeTo(5.468 / 10.202, 10),
      expect.closeTo(4.734 / 10.202, 10),
      null,
    ]);
  });

  it('counts people not covered when higher is better', () => {
    // Coverage target 90,33 %: 8.000 of 10.000 covered → 9.033 expected, 1.033 short.
    const result = contributions(
      [{ code: 'A', name: 'A', numerator: 8000, denominator: 10000 }],
      90.33,
      100,
      'higher',
    );
    expect(result.rows[0]?.gap).toBeCloseTo(1033, 8);
  });

  it('gives no share to a member ahead of its expected cases', () => {
    const result = contributions(
      [{ code: 'A', name: 'A', numerator: 1, denominator: 1000 }],
      12.11,
      1000,
      'lower',
    );
    expect(result.totalGap).toBeLessThan(0);
    expect(result.rows[0]?.shareOfExcess).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { requiredPace } from './pace.ts';

describe('required pace', () => {
  it('puts a rate on the straight line from last year to this year’s target', () => {
    // ICSAPS: 19,6 % in 2025, target 18,6 in 2026 and 18 in 2027; 18,9 % up to October 2026.
    const pace = requiredPace({
      kind: 'rate',
      numeratorRule: 'sum',
      year: 2026,
      monthsElapsed: 10,
      current: 18.9,
      previousYearValue: 19.6,
      yearTarget: 18.6,
      finalTarget: 18,
      finalYear: 2027,
    });
    // 19,6 + (18,6 − 19,6) × 10/12 = 18,7667 expected by October: 18,9 is behind.
    expect(pace.expectedToDate).toBeCloseTo(18.766667, 6);
    // A year-to-date ratio of admissions: November and December must run at
    // (12 × 18,6 − 10 × 18,9) / 2 = 17,1 % for the year to close at 18,6 %.
    expect(pace.restOfYearRate).toBeCloseTo(17.1, 10);
    expect(pace.monthlyToYearTarget).toBeNull();
    expect(pace.monthlyToFinalTarget).toBeNull();
    expect([pace.monthsLeftInYear, pace.monthsLeftToFinal]).toEqual([2, 14]);
  });

  it('accrues yearly counts pro rata and does not pace them across years', () => {
    // 1.419 professionals to train in 2025, 600 trained by June.
    const pace = requiredPace({
      kind: 'count',
      numeratorRule: 'sum',
      year: 2025,
      monthsElapsed: 6,
      current: 600,
      previousYearValue: 6726,
      yearTarget: 1419,
      finalTarget: 2202,
      finalYear: 2027,
    });
    expect(pace.expectedToDate).toBeCloseTo(709.5, 10); // 1.419 × 6/12
    expect(pace.monthlyToYearTarget).toBeCloseTo(136.5, 10); // (1.419 − 600) / 6
    expect(pace.monthlyToFinalTarget).toBeNull();
  });

  it('paces a stock like a level and has nothing left to move in a closed year', () => {
    const stock = requiredPace({
      kind: 'count',
      numeratorRule: 'last',
      year: 2026,
      monthsElapsed: 12,
      current: 100,
      previousYearValue: 76,
      yearTarget: 112,
      finalTarget: 142,
      finalYear: 2027,
    });
    expect(stock.expectedToDate).toBe(112);
    expect(stock.monthlyToYearTarget).toBeNull();
    expect(stock.monthlyToFinalTarget).toBeCloseTo(42 / 12, 10); // (142 − 100) / 12
  });

  it('has no expected value without a target or a starting point', () => {
    const base = {
      kind: 'rate' as const,
      numeratorRule: 'sum' as const,
      year: 2026,
      monthsElapsed: 3,
      current: 10,
      finalTarget: null,
      finalYear: 2027,
    };
    expect(requiredPace({ ...base, previousYearValue: null, yearTarget: 12 }).expectedToDate).toBeNull();
    expect(requiredPace({ ...base, previousYearValue: 11, yearTarget: null }).expectedToDate).toBeNull();
    expect(
      requiredPace({ ...base, previousYearValue: 11, yearTarget: null }).monthlyToFinalTarget,
    ).toBeNull();
  });
});

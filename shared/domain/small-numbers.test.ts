import { describe, expect, it } from 'vitest';
import { isSmallNumber, rateInterval } from './small-numbers.ts';

const infantMortality = { kind: 'rate' as const, isProportion: false, factor: 1000, minDenominator: 1000 };
const icsaps = { kind: 'rate' as const, isProportion: true, factor: 100, minDenominator: 100 };

describe('small-number guard', () => {
  it('guards rates below the indicator’s minimum denominator only', () => {
    expect(isSmallNumber(infantMortality, 850)).toBe(true);
    expect(isSmallNumber(infantMortality, 1000)).toBe(false);
    expect(isSmallNumber(infantMortality, null)).toBe(false);
    expect(isSmallNumber({ ...infantMortality, minDenominator: null }, 10)).toBe(false);
    expect(isSmallNumber({ ...infantMortality, kind: 'count' }, 10)).toBe(false);
  });

  it('gives a Poisson interval in the rate’s unit', () => {
    // 5 infant deaths in 850 live births = 5,88 ‰; exact limits 1,6235 and 11,6683 deaths.
    const interval = rateInterval(infantMortality, 5, 850);
    expect(interval?.lower).toBeCloseTo((1.6235 / 850) * 1000, 3); // 1,910 ‰
    expect(interval?.upper).toBeCloseTo((11.6683 / 850) * 1000, 3); // 13,727 ‰
  });

  it('gives a Clopper–Pearson interval for proportions', () => {
    // 5 ICSAP among 10 hospitalisations = 50 %; exact limits 18,71 % and 81,29 %.
    const interval = rateInterval(icsaps, 5, 10);
    expect(interval?.lower).toBeCloseTo(18.71, 2);
    expect(interval?.upper).toBeCloseTo(81.29, 2);
    expect(rateInterval(icsaps, 11, 10)).toBeNull();
  });
});

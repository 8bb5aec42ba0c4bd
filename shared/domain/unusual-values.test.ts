import { describe, expect, it } from 'vitest';
import { modifiedZ, poissonUpperTail, unusualFindings } from './unusual-values.ts';

const ICSAPS = { kind: 'rate' as const, factor: 100, numeratorRule: 'sum' as const };
const INFANT = { kind: 'rate' as const, factor: 1000, numeratorRule: 'sum' as const };
const COVERAGE = { kind: 'rate' as const, factor: 100, numeratorRule: 'last' as const };

describe('the modified z-score and the Poisson tail, by hand', () => {
  it('z = 0,6745 × (x − median) / MAD', () => {
    // History 10, 11, 12, 13, 14: median 12, deviations 2,1,0,1,2 → MAD 1; x = 20 → 0,6745 × 8 = 5,396.
    expect(modifiedZ(20, [10, 11, 12, 13, 14], () => 0).z).toBeCloseTo(5.396, 3);
    expect(modifiedZ(12, [10, 11, 12, 13, 14], () => 0).z).toBe(0);
  });

  it('P(X ≥ k) of a Poisson count', () => {
    // λ = 1: P(X ≥ 1) = 1 − e^−1 = 0,6321; P(X ≥ 5) = 1 − Σ_{0..4} e^−1/i! = 0,00366.
    expect(poissonUpperTail(1, 1)).toBeCloseTo(0.6321, 4);
    expect(poissonUpperTail(5, 1)).toBeCloseTo(0.00366, 5);
  });
});

describe('unusual values against the unit’s own history', () => {
  /** ICSAPS of a large município: about 20 % of 1.000 admissions every month. */
  const steady = [198, 205, 201, 195, 210, 199, 203, 197, 206, 200, 202, 204].map((numerator) => ({
    numerator,
    denominator: 1000,
  }));

  it('flags a spike in a steady series, not an ordinary month', () => {
    expect(unusualFindings({ numerator: 202, denominator: 1000 }, steady, ICSAPS)).toEqual([]);
    const spike = unusualFindings({ numerator: 600, denominator: 1000 }, steady, ICSAPS);
    expect(spike).toHaveLength(1);
    expect(spike[0]?.message).toMatch(
      /^O valor 60 está longe do habitual deste território \(mediana de 20,1/,
    );
  });

  it('flags a denominator ten times the usual (a typo in the admissions)', () => {
    const findings = unusualFindings({ numerator: 2000, denominator: 10_000 }, steady, ICSAPS);
    expect(findings.map((finding) => finding.field)).toEqual(['denominator']);
  });

  it('does not flag a small município whose rate jumps from 0 to 1 death', () => {
    // 20 births a month, no infant death in a year: one death is 50 per 1.000, but one case.
    const quiet = Array.from({ length: 12 }, () => ({ numerator: 0, denominator: 20 }));
    expect(unusualFindings({ numerator: 1, denominator: 20 }, quiet, INFANT)).toEqual([]);
    // Eight deaths in a month where the history expects about 0,04 is another matter.
    expect(unusualFindings({ numerator: 8, denominator: 20 }, quiet, INFANT)[0]?.message).toMatch(/^8 casos/);
  });

  it('does not flag a seasonal series at its usual peak', () => {
    // Admissions peak every autumn: 2 years of a 15–30 % swing.
    const seasonal = [
      15, 17, 20, 25, 30, 28, 22, 18, 16, 15, 17, 21, 15, 18, 21, 26, 30, 27, 22, 18, 15, 16, 17, 20,
    ].map((numerator) => ({ numerator: numerator * 10, denominator: 1000 }));
    expect(unusualFindings({ numerator: 300, denominator: 1000 }, seasonal, ICSAPS)).toEqual([]);
  });

  it('judges a coverage that never moved by a floor of 1 % of its level, and waits for 6 months of history', () => {
    const flat = Array.from({ length: 12 }, () => ({ numerator: 5000, denominator: 5000 }));
    expect(unusualFindings({ numerator: 4990, denominator: 5000 }, flat, COVERAGE)).toEqual([]);
    expect(unusualFindings({ numerator: 2500, denominator: 5000 }, flat, COVERAGE)).toHaveLength(1);
    expect(unusualFindings({ numerator: 1, denominator: 5000 }, flat.slice(0, 5), COVERAGE)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { binomialInterval, poissonInterval } from './confidence-interval.ts';

// Exact 95 % Poisson limits as tabulated (Garwood 1936; Ulm 1990), cross-checked with
// scipy.stats.chi2.ppf(0.025, 2x)/2 and chi2.ppf(0.975, 2x + 2)/2.
const POISSON_TABLE: [number, number, number][] = [
  [0, 0, 3.689],
  [1, 0.0253, 5.5716],
  [2, 0.2422, 7.2247],
  [5, 1.6235, 11.6683],
  [10, 4.7954, 18.3904],
  [20, 12.2165, 30.8884],
  [50, 37.111, 65.9188],
];

// Clopper–Pearson exact 95 % limits (Clopper & Pearson 1934; Newcombe 1998, 81/263 and
// 15/148 examples), cross-checked with scipy.stats.beta.ppf.
const BINOMIAL_TABLE: [number, number, number, number][] = [
  [0, 10, 0, 0.3085],
  [1, 10, 0.0025, 0.445],
  [5, 10, 0.1871, 0.8129],
  [10, 10, 0.6915, 1],
  [81, 263, 0.2527, 0.3676],
  [15, 148, 0.0578, 0.1617],
];

describe('exact confidence intervals', () => {
  it.each(POISSON_TABLE)('Poisson: %i events → [%f, %f]', (count, lower, upper) => {
    const interval = poissonInterval(count);
    expect(interval.lower).toBeCloseTo(lower, 3);
    expect(interval.upper).toBeCloseTo(upper, 3);
  });

  it.each(BINOMIAL_TABLE)('Clopper–Pearson: %i of %i → [%f, %f]', (successes, trials, lower, upper) => {
    const interval = binomialInterval(successes, trials);
    expect(interval.lower).toBeCloseTo(lower, 4);
    expect(interval.upper).toBeCloseTo(upper, 4);
  });
});

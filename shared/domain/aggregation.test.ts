import { describe, expect, it } from 'vitest';
import { aggregateYear, indicatorValue, type RawValue } from './aggregation.ts';

function month(period: string, numerator: number, denominator: number | null): RawValue {
  return { period, numerator, denominator, isProvisional: false, isExample: false };
}

describe('aggregateYear (time first, per município)', () => {
  const months = [month('2025-03', 5, 40), month('2025-01', 3, 30), month('2025-02', 4, 50)];

  it('sums events over the months (ICSAPS admissions)', () => {
    const year = aggregateYear(months, { numeratorRule: 'sum', denominatorRule: 'sum' });
    expect(year).toMatchObject({
      numerator: 12,
      denominator: 120,
      periodsReported: 3,
      lastPeriod: '2025-03',
    });
  });

  it('takes the latest month for stocks (covered population), whatever the input order', () => {
    const year = aggregateYear(months, { numeratorRule: 'last', denominatorRule: 'last' });
    expect(year).toMatchObject({ numerator: 5, denominator: 40 });
  });

  it('averages levels over the reported months', () => {
    const year = aggregateYear(months, { numeratorRule: 'average', denominatorRule: 'average' });
    expect(year?.numerator).toBe(4);
    expect(year?.denominator).toBe(40);
  });

  it('sums deaths but keeps the population once (premature NCD mortality)', () => {
    const year = aggregateYear(
      [month('2024-01', 2, 1000), month('2024-02', 1, 1000), month('2024-03', 0, 1010)],
      { numeratorRule: 'sum', denominatorRule: 'last' },
    );
    expect(year).toMatchObject({ numerator: 3, denominator: 1010 });
  });

  it('with missing months counts only what was reported', () => {
    const year = aggregateYear([month('2025-01', 3, 30), month('2025-04', 1, 20)], {
      numeratorRule: 'sum',
      denominatorRule: 'sum',
    });
    expect(year).toMatchObject({ numerator: 4, denominator: 50, periodsReported: 2, lastPeriod: '2025-04' });
  });

  it('keeps a count without denominator as null, and flags provisional and example data', () => {
    const year = aggregateYear(
      [{ period: '2025', numerator: 2, denominator: null, isProvisional: true, isExample: true }],
      { numeratorRule: 'sum', denominatorRule: 'sum' },
    );
    expect(year).toMatchObject({ numerator: 2, denominator: null, isProvisional: true, isExample: true });
  });

  it('a stock read from a real last month is real, even if earlier months were examples', () => {
    const year = aggregateYear(
      [
        { period: '2023-11', numerator: 90, denominator: 100, isProvisional: false, isExample: true },
        { period: '2023-12', numerator: 95, denominator: 100, isProvisional: false, isExample: false },
      ],
      { numeratorRule: 'last', denominatorRule: 'last' },
    );
    expect(year).toMatchObject({ numerator: 95, isExample: false });
    const events = aggregateYear(
      [
        { period: '2023-11', numerator: 1, denominator: 100, isProvisional: true, isExample: true },
        { period: '2023-12', numerator: 2, denominator: 100, isProvisional: false, isExample: false },
      ],
      { numeratorRule: 'sum', denominatorRule: 'sum' },
    );
    expect(events).toMatchObject({ numerator: 3, isExample: true, isProvisional: true });
  });

  it('has nothing to aggregate when nothing was reported', () => {
    expect(aggregateYear([], { numeratorRule: 'sum', denominatorRule: 'sum' })).toBeNull();
  });
});

describe('indicatorValue (territory: sum of numerators over sum of denominators)', () => {
  it('a região of three municípios is not the average of their rates', () => {
    // Infant mortality per 1,000 live births: A 2/100 (20), B 0/0 (no births), C 1/400 (2.5).
    // Sum: 3 deaths / 500 births × 1000 = 6 — the mean of the rates, (20 + 2.5) / 2 = 11.25, would be wrong.
    const members = [
      { numerator: 2, denominator: 100 },
      { numerator: 0, denominator: 0 },
      { numerator: 1, denominator: 400 },
    ];
    const totals = {
      numerator: members.reduce((sum, member) => sum + member.numerator, 0),
      denominator: members.reduce((sum, member) => sum + member.denominator, 0),
    };
    expect(indicatorValue('rate', 1000, totals)).toBe(6);
  });

  it('a município with zero denominator has no rate (not zero)', () => {
    expect(indicatorValue('rate', 1000, { numerator: 0, denominator: 0 })).toBeNull();
    expect(indicatorValue('rate', 100, { numerator: 3, denominator: null })).toBeNull();
  });

  it('a count goal is the sum itself', () => {
    expect(indicatorValue('count', 1, { numerator: 54, denominator: null })).toBe(54);
  });

  it('no members reporting means no value', () => {
    expect(indicatorValue('rate', 100, null)).toBeNull();
  });
});

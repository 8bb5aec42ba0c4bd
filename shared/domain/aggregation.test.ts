import { describe, expect, it } from 'vitest';
import {
  addTotals,
  aggregateMonths,
  aggregateYear,
  indicatorValue,
  type RawValue,
  type YearRules,
} from './aggregation.ts';

const monthly = (numeratorRule: YearRules['numeratorRule'], denominatorRule = numeratorRule): YearRules => ({
  kind: 'rate',
  periodicity: 'monthly',
  numeratorRule,
  denominatorRule,
});

function month(period: string, numerator: number, denominator: number | null): RawValue {
  return { period, numerator, denominator, isProvisional: false, isExample: false };
}

describe('aggregateYear (time first, per município)', () => {
  const months = [month('2025-03', 5, 40), month('2025-01', 3, 30), month('2025-02', 4, 50)];

  it('sums events over the months (ICSAPS admissions)', () => {
    const year = aggregateYear(months, monthly('sum'));
    expect(year).toMatchObject({
      numerator: 12,
      denominator: 120,
      periodsReported: 3,
      lastPeriod: '2025-03',
    });
  });

  it('takes the latest month for stocks (covered population), whatever the input order', () => {
    const year = aggregateYear(months, monthly('last'));
    expect(year).toMatchObject({ numerator: 5, denominator: 40 });
  });

  it('averages levels over the reported months', () => {
    const year = aggregateYear(months, monthly('average'));
    expect(year?.numerator).toBe(4);
    expect(year?.denominator).toBe(40);
  });

  it('sums deaths but keeps the population once (premature NCD mortality)', () => {
    const year = aggregateYear(
      [month('2024-01', 2, 1000), month('2024-02', 1, 1000), month('2024-03', 0, 1010)],
      monthly('sum', 'last'),
    );
    expect(year).toMatchObject({ numerator: 3, denominator: 1010 });
  });

  it('with missing months counts only what was reported', () => {
    const year = aggregateYear([month('2025-01', 3, 30), month('2025-04', 1, 20)], monthly('sum'));
    expect(year).toMatchObject({ numerator: 4, denominator: 50, periodsReported: 2, lastPeriod: '2025-04' });
  });

  it('keeps a count without denominator as null, and flags provisional and example data', () => {
    const year = aggregateYear(
      [{ period: '2025', numerator: 2, denominator: null, isProvisional: true, isExample: true }],
      { kind: 'count', periodicity: 'yearly', numeratorRule: 'sum', denominatorRule: 'sum' },
    );
    expect(year).toMatchObject({ numerator: 2, denominator: null, isProvisional: true, isExample: true });
  });

  it('a stock read from a real last month is real, even if earlier months were examples', () => {
    const year = aggregateYear(
      [
        { period: '2023-11', numerator: 90, denominator: 100, isProvisional: false, isExample: true },
        { period: '2023-12', numerator: 95, denominator: 100, isProvisional: false, isExample: false },
      ],
      monthly('last'),
    );
    expect(year).toMatchObject({ numerator: 95, isExample: false });
    const events = aggregateYear(
      [
        { period: '2023-11', numerator: 1, denominator: 100, isProvisional: true, isExample: true },
        { period: '2023-12', numerator: 2, denominator: 100, isProvisional: false, isExample: false },
      ],
      monthly('sum'),
    );
    expect(events).toMatchObject({ numerator: 3, isExample: true, isProvisional: true });
  });

  it('counts only whole values: a rate waiting for its denominator is not reported yet', () => {
    const year = aggregateYear([month('2025-01', 3, 30), month('2025-02', 4, null)], monthly('sum'));
    expect(year).toMatchObject({ numerator: 3, denominator: 30, periodsReported: 1, lastPeriod: '2025-01' });
  });

  it('cuts the year at a month: only periods that end by then count', () => {
    // ICSAPS of a município that sent November early, counted through October: 3 + 4 + 5 = 12 of 120.
    const early = [...months, month('2025-11', 9, 90)];
    expect(aggregateYear(early, monthly('sum'), '2025-10')).toMatchObject({
      numerator: 12,
      denominator: 120,
      periodsReported: 3,
      lastPeriod: '2025-03',
    });
    expect(aggregateYear([month('2025-11', 9, 90)], monthly('sum'), '2025-10')).toBeNull();
  });

  it('has nothing to aggregate when nothing was reported', () => {
    expect(aggregateYear([], monthly('sum'))).toBeNull();
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
    const totals = addTotals(members);
    expect(totals).toEqual({ numerator: 3, denominator: 500 });
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

describe('a closed year recorded as one yearly value gives the same figure as its twelve months', () => {
  /** Twelve months of one município, January first: numerators 1..12, denominators 100..111. */
  const twelve = Array.from({ length: 12 }, (_, index) =>
    month(`2022-${String(index + 1).padStart(2, '0')}`, index + 1, 100 + index),
  );
  const yearly = (numerator: number, denominator: number) => month('2022', numerator, denominator);

  it('sum: deaths and births of the year (1+…+12 = 78 over 100+…+111 = 1266)', () => {
    const rules = monthly('sum');
    expect(aggregateYear(twelve, rules)).toMatchObject({
      numerator: 78,
      denominator: 1266,
      periodsReported: 12,
    });
    expect(aggregateYear([yearly(78, 1266)], rules)).toMatchObject({
      numerator: 78,
      denominator: 1266,
      periodsReported: 12,
      lastPeriod: '2022',
    });
  });

  it('last: the December stock (12 over 111)', () => {
    const rules = monthly('last');
    expect(aggregateYear(twelve, rules)).toMatchObject({ numerator: 12, denominator: 111 });
    expect(aggregateYear([yearly(12, 111)], rules)).toMatchObject({ numerator: 12, denominator: 111 });
  });

  it('average: the mean of the months (78/12 = 6.5 over 1266/12 = 105.5)', () => {
    const rules = monthly('average');
    expect(aggregateYear(twelve, rules)).toMatchObject({ numerator: 6.5, denominator: 105.5 });
    expect(aggregateYear([yearly(6.5, 105.5)], rules)).toMatchObject({ numerator: 6.5, denominator: 105.5 });
  });

  it('a year held both ways: the whole yearly value stands, the months are not counted', () => {
    const both = [...twelve.slice(0, 5), yearly(80, 1300)];
    expect(aggregateYear(both, monthly('sum'))).toMatchObject({
      numerator: 80,
      denominator: 1300,
      periodsReported: 12,
    });
    // Half a yearly value (births not loaded yet) does not stand: the months still count.
    const half = [...twelve.slice(0, 5), month('2022', 80, null)];
    expect(aggregateYear(half, monthly('sum'))).toMatchObject({
      numerator: 15,
      denominator: 510,
      periodsReported: 5,
    });
  });

  it('a yearly value is known once December is: cut at June it does not count yet', () => {
    expect(aggregateYear([yearly(78, 1266)], monthly('sum'), '2022-06')).toBeNull();
    expect(aggregateYear([yearly(78, 1266)], monthly('sum'), '2022-12')).toMatchObject({ numerator: 78 });
  });
});

describe('addTotals', () => {
  it('sums numerators and denominators; counts have none; nothing is null', () => {
    expect(addTotals([])).toBeNull();
    expect(
      addTotals([
        { numerator: 2, denominator: null },
        { numerator: 3, denominator: null },
      ]),
    ).toEqual({
      numerator: 5,
      denominator: null,
    });
  });
});

describe('aggregateMonths (a quadrimester of one unit)', () => {
  const year = [1, 2, 3, 4, 5, 6, 7, 8].map((number) =>
    month(`2026-${String(number).padStart(2, '0')}`, number, 100),
  );

  it('sums the events of May to August only', () => {
    const aggregate = aggregateMonths(year, monthly('sum'), '2026-05', '2026-08');
    expect(aggregate?.numerator).toBe(5 + 6 + 7 + 8);
    expect(aggregate?.denominator).toBe(400);
    expect(aggregate?.periodsReported).toBe(4);
  });

  it('takes the last month of the window for a stock, whatever comes later', () => {
    const aggregate = aggregateMonths(year, monthly('last'), '2026-01', '2026-04');
    expect(aggregate?.numerator).toBe(4);
    expect(aggregate?.lastPeriod).toBe('2026-04');
  });

  it('does not split a yearly value nor a semiannual indicator', () => {
    const withYear = [...year, month('2026', 999, 1200)];
    expect(aggregateMonths(withYear, monthly('sum'), '2026-01', '2026-04')?.numerator).toBe(1 + 2 + 3 + 4);
    expect(
      aggregateMonths(year, { ...monthly('sum'), periodicity: 'semiannual' }, '2026-01', '2026-04'),
    ).toBeNull();
    expect(aggregateMonths(year, monthly('sum'), '2026-09', '2026-12')).toBeNull();
  });
});

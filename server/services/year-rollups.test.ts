import { describe, expect, it } from 'vitest';
import { rollupsOfYear } from './year-rollups.ts';

const month = (
  territoryCode: string,
  period: string,
  numerator: number,
  denominator: number | null = 100,
) => ({
  territoryCode,
  period,
  numerator,
  denominator,
  isProvisional: false,
  isExample: false,
  source: 'SIH/SUS',
  updatedAt: `2026-11-0${(Number(period.slice(5)) % 9) + 1}T12:00:00.000Z`,
});

const monthlySum = {
  code: '713',
  kind: 'rate',
  periodicity: 'monthly',
  numeratorRule: 'sum',
  denominatorRule: 'sum',
} as const;

const spanKeys = (spans: { territoryCode: string; firstMonth: string; throughMonth: string }[]) =>
  spans.map((span) => `${span.territoryCode} ${span.firstMonth}–${span.throughMonth}`).sort();

describe('rollupsOfYear', () => {
  it('keeps the year to date only where a unit sent later months, and every quadrimester it has months in', () => {
    const raw = [
      ...[1, 2, 3].map((number) => month('A', `2026-0${number}`, number)),
      ...[1, 2, 3, 4, 5, 6, 7].map((number) => month('B', `2026-0${number}`, number * 10)),
    ];
    const { years, spans } = rollupsOfYear(raw, monthlySum, 2026);
    expect(years.map((year) => [year.territoryCode, year.numerator, year.lastPeriod])).toEqual([
      ['A', 6, '2026-03'],
      ['B', 280, '2026-07'],
    ]);
    expect(spanKeys(spans)).toEqual([
      'A 2026-01–2026-04',
      'B 2026-01–2026-04',
      'B 2026-01–2026-06',
      'B 2026-05–2026-08',
    ]);
    const of = (code: string, first: string, through: string) =>
      spans.find(
        (span) => span.territoryCode === code && span.firstMonth === first && span.throughMonth === through,
      );
    // B's year to June: January–June summed; its second quadrimester: May–July so far.
    expect(of('B', '2026-01', '2026-06')).toMatchObject({
      numerator: 210,
      denominator: 600,
      periodsReported: 6,
    });
    expect(of('B', '2026-05', '2026-08')).toMatchObject({
      numerator: 180,
      periodsReported: 3,
      lastPeriod: '2026-07',
    });
    // Provenance is that of the months the span counts.
    expect(of('B', '2026-01', '2026-04')?.loadedAt).toBe('2026-11-05T12:00:00.000Z');
  });

  it('a semiannual indicator keeps its first half as the year to June and to August; a yearly one and a year outside the plan keep none', () => {
    const semiannual = { ...monthlySum, code: 'PBF', periodicity: 'semiannual' } as const;
    const halves = [month('A', '2026-06', 70), month('A', '2026-12', 80)];
    expect(rollupsOfYear(halves, semiannual, 2026).spans).toEqual([
      expect.objectContaining({ firstMonth: '2026-01', throughMonth: '2026-06', numerator: 70 }),
      expect.objectContaining({ firstMonth: '2026-01', throughMonth: '2026-08', numerator: 70 }),
    ]);
    const yearly = { ...monthlySum, code: 'PLAN-MUN', kind: 'count', periodicity: 'yearly' } as const;
    expect(rollupsOfYear([month('A', '2026', 1, null)], yearly, 2026).spans).toEqual([]);
    const outside = [1, 2, 3, 4, 5].map((number) => month('A', `2023-0${number}`, number));
    const { years, spans } = rollupsOfYear(outside, monthlySum, 2023);
    expect(years).toHaveLength(1);
    expect(spans).toEqual([]);
  });
});

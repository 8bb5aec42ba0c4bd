import { describe, expect, it } from 'vitest';
import { defaultYear, readYearParam, YEAR_OPTIONS } from './year-param.ts';

const IN_2026 = new Date('2026-11-24T12:00:00Z');

describe('defaultYear', () => {
  it('is the current year inside the plan', () => {
    expect(defaultYear(IN_2026)).toBe(2026);
  });

  it('is clamped to 2024–2027', () => {
    expect(defaultYear(new Date('2021-06-01T12:00:00Z'))).toBe(2024);
    expect(defaultYear(new Date('2030-06-01T12:00:00Z'))).toBe(2027);
  });
});

describe('readYearParam', () => {
  it('uses the default year when the URL has none', () => {
    expect(readYearParam(null, IN_2026)).toEqual({ year: 2026, input: 2026 });
    expect(readYearParam('', IN_2026)).toEqual({ year: 2026, input: 2026 });
  });

  it('reads a year the panel covers', () => {
    expect(readYearParam('2025', IN_2026)).toEqual({ year: 2025, input: 2025 });
    expect(readYearParam('2020', IN_2026)).toEqual({ year: 2020, input: 2020 });
  });

  it('passes a bad year on as typed so the server can explain it', () => {
    expect(readYearParam('abc', IN_2026)).toEqual({ year: null, input: 'abc' });
    expect(readYearParam('1990', IN_2026)).toEqual({ year: null, input: '1990' });
    expect(readYearParam('2025.5', IN_2026)).toEqual({ year: null, input: '2025.5' });
  });
});

describe('YEAR_OPTIONS', () => {
  it('offers every year the panel accepts, 2020 to 2027, as the entry grid does', () => {
    expect(YEAR_OPTIONS).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027]);
    expect(readYearParam('2020', IN_2026).year).toBe(2020);
  });
});

import { describe, expect, it } from 'vitest';
import { expectedPeriods, isPeriodInRange, parsePeriod, periodsUpTo, shiftMonth } from './period.ts';

describe('periods', () => {
  it('parses years and months and rejects anything else', () => {
    expect(parsePeriod('2025')).toEqual({ year: 2025, month: null });
    expect(parsePeriod('2025-03')).toEqual({ year: 2025, month: 3 });
    expect(parsePeriod('2025-13')).toBeNull();
    expect(parsePeriod('03/2025')).toBeNull();
    expect(parsePeriod('')).toBeNull();
  });

  it('knows the plan range', () => {
    expect(isPeriodInRange({ year: 2019, month: 12 })).toBe(false);
    expect(isPeriodInRange({ year: 2027, month: 12 })).toBe(true);
    expect(isPeriodInRange({ year: 2028, month: 1 })).toBe(false);
  });

  it('counts the periods expected year to date', () => {
    expect(periodsUpTo('monthly', '2026-10')).toBe(10);
    expect(periodsUpTo('semiannual', '2026-05')).toBe(0);
    expect(periodsUpTo('semiannual', '2026-06')).toBe(1);
    expect(periodsUpTo('semiannual', '2025-12')).toBe(2);
    expect(periodsUpTo('yearly', '2025')).toBe(1);
    expect(expectedPeriods('semiannual', 2025)).toEqual(['2025-06', '2025-12']);
    expect(expectedPeriods('monthly', 2025)).toHaveLength(12);
  });

  it('moves months across years', () => {
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-11', 2)).toBe('2027-01');
    expect(shiftMonth('2026-11', -14)).toBe('2025-09');
  });
});

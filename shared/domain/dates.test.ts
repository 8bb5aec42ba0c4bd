import { describe, expect, it } from 'vitest';
import { currentMonthInMt, firstTuesday, todayInMt } from './dates.ts';

describe('dates in Mato Grosso time', () => {
  it('puts the meeting on the first Tuesday and reads dates in Mato Grosso time', () => {
    expect(firstTuesday('2026-12')).toBe('2026-12-01');
    expect(firstTuesday('2026-11')).toBe('2026-11-03');
    expect(firstTuesday('2024-03')).toBe('2024-03-05');
    expect(firstTuesday('2027-09')).toBe('2027-09-07'); // 1/9/2027 is a Wednesday
    // 02:00 UTC on the 25th is still the 24th in Cuiabá (UTC−4).
    expect(todayInMt(new Date('2026-11-25T02:00:00Z'))).toBe('2026-11-24');
    expect(todayInMt(new Date('2026-11-25T04:00:00Z'))).toBe('2026-11-25');
  });

  it('gives the month in progress in Cuiabá, which starts 4 hours after UTC', () => {
    expect(currentMonthInMt(new Date('2026-12-01T03:59:00Z'))).toBe('2026-11');
    expect(currentMonthInMt(new Date('2026-12-01T04:00:00Z'))).toBe('2026-12');
  });
});

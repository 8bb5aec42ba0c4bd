import { describe, expect, it } from 'vitest';
import { axisOffset, datePosition, TIMELINE_YEARS, yearOf } from './timeline-axis.ts';

// 2024 is a leap year: the axis has 366 + 365 + 365 + 365 = 1461 days.
const DAYS = 1461;

describe('datePosition', () => {
  it('places a day by its middle over the four years', () => {
    expect(TIMELINE_YEARS).toEqual([2024, 2025, 2026, 2027]);
    // 24/11/2026 is day 1058 (from 0): 366 + 365 + 327.
    expect(datePosition('2026-11-24')).toBeCloseTo(((1058 + 0.5) / DAYS) * 100, 10);
    expect(datePosition('2024-01-01')).toBeCloseTo((0.5 / DAYS) * 100, 10);
    expect(datePosition('2027-12-31')).toBeCloseTo((1460.5 / DAYS) * 100, 10);
    expect(datePosition('2025-01-01')).toBeCloseTo((366.5 / DAYS) * 100, 10);
  });

  it('is null outside the axis or for a bad date', () => {
    expect(datePosition('2023-12-31')).toBeNull();
    expect(datePosition('2028-01-01')).toBeNull();
    expect(datePosition('ontem')).toBeNull();
    expect(datePosition('2026-11-24', [])).toBeNull();
  });
});

describe('axisOffset', () => {
  it('gives the start or the end of a day, also outside the axis', () => {
    expect(axisOffset('2024-01-01', 'start')).toBe(0);
    expect(axisOffset('2027-12-31', 'end')).toBe(100);
    // 01/07/2024 starts after 182 days (31+29+31+30+31+30).
    expect(axisOffset('2024-07-01', 'start')).toBeCloseTo((182 / DAYS) * 100, 10);
    expect(axisOffset('2023-12-01', 'start')).toBeCloseTo((-31 / DAYS) * 100, 10);
    expect(axisOffset('2028-01-01', 'start')).toBe(100);
    expect(axisOffset('ontem')).toBeNull();
  });

  it('reads the year of a date', () => {
    expect(yearOf('2026-11-24')).toBe(2026);
  });
});

import { describe, expect, it } from 'vitest';
import { planMonthsThrough } from './MonthSelect.tsx';

describe('planMonthsThrough', () => {
  it('lists the plan’s months from the newest back to January 2024', () => {
    expect(planMonthsThrough('2024-03')).toEqual(['2024-03', '2024-02', '2024-01']);
    const months = planMonthsThrough('2026-11');
    expect(months).toHaveLength(35);
    expect(months[0]).toBe('2026-11');
    expect(months.at(-1)).toBe('2024-01');
    expect(months).toContain('2025-12');
  });
});

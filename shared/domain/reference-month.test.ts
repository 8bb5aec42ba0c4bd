import { describe, expect, it } from 'vitest';
import { referenceMonth, unitsNeeded } from './reference-month.ts';

/** `count` units whose latest reported period is `period`. */
const units = (count: number, period: string) => [{ lastPeriod: period, units: count }];

describe('each territory’s own reference month', () => {
  it('needs 80 % of the expected units, rounded up', () => {
    expect(unitsNeeded(142)).toBe(114); // 113,6
    expect(unitsNeeded(36)).toBe(29); // 28,8
    expect(unitsNeeded(5)).toBe(4);
    expect(unitsNeeded(1)).toBe(1);
  });

  it('all 142 municípios through October and 4 already in November: the state stays at October', () => {
    const result = referenceMonth({
      periodicity: 'monthly',
      year: 2026,
      expectedUnits: 142,
      reported: [...units(138, '2026-10'), ...units(4, '2026-11')],
      cap: '2026-11',
    });
    expect(result).toEqual({
      month: '2026-10',
      pending: [{ month: '2026-11', reported: 4, expected: 142 }],
    });
  });

  it('a territory whose units all reported November moves on to November', () => {
    const result = referenceMonth({
      periodicity: 'monthly',
      year: 2026,
      expectedUnits: 4,
      reported: units(4, '2026-11'),
      cap: '2026-11',
    });
    expect(result).toEqual({ month: '2026-11', pending: [] });
  });

  it('macro Norte: 33 of 36 to October and 3 in November is October, not 3 of 36 in November', () => {
    const result = referenceMonth({
      periodicity: 'monthly',
      year: 2026,
      expectedUnits: 36,
      reported: [...units(33, '2026-10'), ...units(3, '2026-11')],
      cap: '2026-11',
    });
    expect(result.month).toBe('2026-10');
    expect(result.pending).toEqual([{ month: '2026-11', reported: 3, expected: 36 }]);
  });

  it('counts a unit with a later month as having reported the earlier ones, and a yearly value as December', () => {
    // 29 of 36 needed for September: 25 at September, 3 at October, 1 at November → 29.
    const result = referenceMonth({
      periodicity: 'monthly',
      year: 2025,
      expectedUnits: 36,
      reported: [
        ...units(25, '2025-09'),
        ...units(3, '2025-10'),
        ...units(1, '2025-11'),
        ...units(7, '2025-06'),
      ],
      cap: '2026-11',
    });
    expect(result.month).toBe('2025-09');
    // The next month to count is named, with how many sent it.
    expect(result.pending).toEqual([{ month: '2025-10', reported: 4, expected: 36 }]);
    expect(
      referenceMonth({
        periodicity: 'monthly',
        year: 2025,
        expectedUnits: 2,
        reported: [...units(1, '2025'), ...units(1, '2025-12')],
        cap: '2026-11',
      }).month,
    ).toBe('2025-12');
  });

  it('nothing counts while no month has enough units, and the months arriving are listed', () => {
    const result = referenceMonth({
      periodicity: 'monthly',
      year: 2027,
      expectedUnits: 142,
      reported: units(1, '2027-01'),
      cap: '2027-01',
    });
    expect(result).toEqual({ month: null, pending: [{ month: '2027-01', reported: 1, expected: 142 }] });
  });

  it('stops at the cap: the end of a closed semester or the month in progress', () => {
    const result = referenceMonth({
      periodicity: 'monthly',
      year: 2026,
      expectedUnits: 10,
      reported: units(10, '2026-10'),
      cap: '2026-06',
    });
    expect(result).toEqual({ month: '2026-06', pending: [] });
  });

  it('a semiannual indicator moves by vigência (June, December)', () => {
    const result = referenceMonth({
      periodicity: 'semiannual',
      year: 2025,
      expectedUnits: 10,
      reported: [...units(9, '2025-06'), ...units(1, '2025-12')],
      cap: '2026-11',
    });
    expect(result).toEqual({ month: '2025-06', pending: [{ month: '2025-12', reported: 1, expected: 10 }] });
  });
});

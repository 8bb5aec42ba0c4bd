import { describe, expect, it } from 'vitest';
import { sparkGeometry } from './sparkline-geometry.ts';

const SIZE = { width: 104, height: 28, margin: 2 };

describe('sparkGeometry', () => {
  it('spreads the years across the width and puts the lowest value at the bottom', () => {
    const geometry = sparkGeometry(
      [
        { year: 2024, value: 10, target: 20 },
        { year: 2025, value: 30, target: 20 },
        { year: 2026, value: 20, target: 25 },
      ],
      SIZE,
    );
    // x: 2, 52, 102; y: 10 → 26 (bottom), 30 → 2 (top), 20 → 14.
    expect(geometry.valuePath).toBe('M2 26 L52 2 L102 14');
    expect(geometry.dots).toHaveLength(3);
    // Targets as steps: 20 held from 2024 to 2026, then 25 at the last year.
    expect(geometry.targetPath).toBe('M2 14 L52 14 L52 14 L102 14 L102 8 L102 8');
  });

  it('joins across a missing year and draws nothing for an empty series', () => {
    const gap = sparkGeometry(
      [
        { year: 2024, value: 1, target: null },
        { year: 2025, value: null, target: null },
        { year: 2026, value: 3, target: null },
      ],
      SIZE,
    );
    expect(gap.valuePath).toBe('M2 26 L102 2');
    expect(gap.targetPath).toBe('');
    const empty = sparkGeometry([{ year: 2024, value: null, target: null }], SIZE);
    expect(empty).toEqual({ valuePath: '', targetPath: '', dots: [] });
  });

  it('puts a flat series in the middle', () => {
    expect(
      sparkGeometry(
        [
          { year: 2024, value: 5, target: 5 },
          { year: 2025, value: 5, target: 5 },
        ],
        SIZE,
      ).valuePath,
    ).toBe('M2 14 L102 14');
  });
});

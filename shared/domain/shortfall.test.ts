import { describe, expect, it } from 'vitest';
import { relativeShortfall, worstFirst } from './shortfall.ts';

describe('shortfall against the target', () => {
  it('measures the distance relative to the target, by polarity', () => {
    // ICSAPS 20,46 % against 18,6 (lower is better): (20,46 − 18,6) / 18,6 = 0,1.
    expect(relativeShortfall({ value: 20.46, target: 18.6, status: 'not_achieved' }, 'lower')).toBeCloseTo(
      0.1,
      10,
    );
    // Coverage 72 % against 80 % (higher is better): 8 / 80 = 0,1.
    expect(relativeShortfall({ value: 72, target: 80, status: 'not_achieved' }, 'higher')).toBeCloseTo(
      0.1,
      10,
    );
    expect(relativeShortfall({ value: 85, target: 80, status: 'achieved' }, 'higher')).toBeCloseTo(
      -0.0625,
      10,
    );
    expect(relativeShortfall({ value: 30, target: 12.3, status: 'small_number' }, 'lower')).toBeNull();
    expect(relativeShortfall({ value: null, target: 12.3, status: 'no_data' }, 'lower')).toBeNull();
  });

  it('keeps the three worst, only those behind', () => {
    const rows = [
      { code: 'a', s: 0.05 },
      { code: 'b', s: -0.2 },
      { code: 'c', s: 0.4 },
      { code: 'd', s: null },
      { code: 'e', s: 0.1 },
      { code: 'f', s: 0.01 },
    ];
    expect(worstFirst(rows, (row) => row.s).map((row) => row.code)).toEqual(['c', 'e', 'a']);
    expect(worstFirst(rows.slice(0, 2), (row) => row.s).map((row) => row.code)).toEqual(['a']);
  });
});

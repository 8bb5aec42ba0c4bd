import { describe, expect, it } from 'vitest';
import { toTrendPoints, trendFootnote } from './trend-points.ts';

const closed = { isPartial: false, partialThrough: null, isProvisional: false };

describe('toTrendPoints', () => {
  it('orders the years and marks the partial and provisional ones', () => {
    const points = toTrendPoints([
      {
        ...closed,
        year: 2026,
        value: 18.1,
        target: 18.6,
        status: 'achieved',
        isPartial: true,
        partialThrough: '2026-10',
      },
      { ...closed, year: 2024, value: 20.5, target: 19.4, status: 'not_achieved' },
      { ...closed, year: 2025, value: 19.5, target: 19, status: 'at_risk', isProvisional: true },
    ]);
    expect(points.map((point) => point.label)).toEqual(['2024', '2025*', '2026*']);
    expect(points[0]).toEqual({
      year: 2024,
      label: '2024',
      value: 20.5,
      target: 19.4,
      status: 'not_achieved',
      notes: [],
      isTentative: false,
    });
    expect(points[2]?.notes).toEqual(['parcial até out/2026']);
    expect(trendFootnote(points)).toBe('* 2025: provisório; 2026: parcial até out/2026.');
  });

  it('keeps years without data or target as gaps', () => {
    const points = toTrendPoints([{ ...closed, year: 2022, value: null, target: null, status: 'no_data' }]);
    expect(points[0]?.value).toBeNull();
    expect(trendFootnote(points)).toBeNull();
  });
});

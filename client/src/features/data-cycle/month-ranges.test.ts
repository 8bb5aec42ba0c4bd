import { describe, expect, it } from 'vitest';
import { monthRangesText } from './month-ranges.ts';

describe('monthRangesText', () => {
  it('joins consecutive months, across a new year too', () => {
    expect(monthRangesText(['2026-02', '2026-01', '2026-04'])).toBe('jan/2026 a fev/2026; abr/2026');
    expect(monthRangesText(['2025-12', '2026-01'])).toBe('dez/2025 a jan/2026');
    expect(monthRangesText([])).toBe('');
  });
});

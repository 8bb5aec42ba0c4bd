import { describe, expect, it } from 'vitest';
import { statusAgainstTarget } from './status.ts';

describe('statusAgainstTarget', () => {
  const coverage = { polarity: 'higher' as const, tolerancePct: 5 };
  const icsaps = { polarity: 'lower' as const, tolerancePct: 5 };

  it('higher is better: at or above the target is achieved', () => {
    expect(statusAgainstTarget({ ...coverage, value: 90.33, target: 90.33 })).toBe('achieved');
    expect(statusAgainstTarget({ ...coverage, value: 95, target: 90.33 })).toBe('achieved');
  });

  it('higher is better: within 5 % of the target below it is at risk', () => {
    // 5 % of 90.33 = 4.5165, so the band goes down to 85.8135.
    expect(statusAgainstTarget({ ...coverage, value: 85.82, target: 90.33 })).toBe('at_risk');
    expect(statusAgainstTarget({ ...coverage, value: 85.8, target: 90.33 })).toBe('not_achieved');
  });

  it('lower is better (ICSAPS 2024 target 19.4 %): below is achieved, above within 5 % at risk', () => {
    expect(statusAgainstTarget({ ...icsaps, value: 18.9, target: 19.4 })).toBe('achieved');
    // 19.4 + 5 % = 20.37
    expect(statusAgainstTarget({ ...icsaps, value: 20.3, target: 19.4 })).toBe('at_risk');
    expect(statusAgainstTarget({ ...icsaps, value: 20.4, target: 19.4 })).toBe('not_achieved');
  });

  it('floating point noise does not turn an exact hit into a miss', () => {
    expect(statusAgainstTarget({ ...icsaps, value: (194 / 1000) * 100, target: 19.4 })).toBe('achieved');
  });

  it('honours a per-indicator tolerance', () => {
    expect(statusAgainstTarget({ polarity: 'higher', tolerancePct: 10, value: 81, target: 88 })).toBe(
      'at_risk',
    );
    expect(statusAgainstTarget({ polarity: 'higher', tolerancePct: 0, value: 87.9, target: 88 })).toBe(
      'not_achieved',
    );
  });

  it('no value is "sem dados", no target is "sem meta"', () => {
    expect(statusAgainstTarget({ ...coverage, value: null, target: 90 })).toBe('no_data');
    expect(statusAgainstTarget({ ...coverage, value: 90, target: null })).toBe('no_target');
  });
});

import { describe, expect, it } from 'vitest';
import { statusAgainstTarget, targetAchievement } from './status.ts';

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

describe('targetAchievement (% of the target reached, RDQA/RAG)', () => {
  it('divides the result by the target when higher is better', () => {
    expect(targetAchievement(45, 50, 'higher')).toBeCloseTo(90);
    expect(targetAchievement(60, 50, 'higher')).toBeCloseTo(120);
  });
  it('divides the target by the result when lower is better', () => {
    expect(targetAchievement(12.5, 10, 'lower')).toBeCloseTo(80);
    expect(targetAchievement(8, 10, 'lower')).toBeCloseTo(125);
  });
  it('gives no figure without both numbers or with nothing to divide by', () => {
    expect(targetAchievement(null, 10, 'higher')).toBeNull();
    expect(targetAchievement(5, null, 'lower')).toBeNull();
    expect(targetAchievement(5, 0, 'higher')).toBeNull();
    expect(targetAchievement(0, 10, 'lower')).toBeNull();
  });
});

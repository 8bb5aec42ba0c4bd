import { describe, expect, it } from 'vitest';
import {
  type GroupFigure,
  groupCell,
  groupHeadings,
  hasSmallNumbers,
  outcomePoints,
  sortOutcomes,
} from './outcome-rows.ts';

const group = (overrides: Partial<NonNullable<GroupFigure>> = {}): GroupFigure => ({
  municipalities: 22,
  reporting: 22,
  numerator: 4656,
  denominator: 19813,
  value: 23.499722404481908,
  isSmallNumber: false,
  interval: null,
  ...overrides,
});

describe('groupCell', () => {
  it('shows a rate with two decimals and the sums in its title', () => {
    expect(groupCell(group(), 'adhering', 'rate')).toEqual({
      kind: 'value',
      text: '23,50',
      title: 'Numerador 4.656 / denominador 19.813 · 22 municípios com dados',
    });
    expect(groupCell(group({ reporting: 21 }), 'adhering', 'rate').title).toBe(
      'Numerador 4.656 / denominador 19.813 · 21 de 22 municípios com dados',
    );
    expect(groupCell(group({ municipalities: 1, reporting: 1 }), 'adhering', 'rate').title).toMatch(
      /1 município com dados$/,
    );
  });

  it('says "≈ número pequeno" with its interval instead of a bare value', () => {
    const cell = groupCell(
      group({
        numerator: 8,
        denominator: 988,
        value: 8.0971,
        isSmallNumber: true,
        interval: { lower: 3.4957, upper: 15.9546 },
      }),
      'notAdhering',
      'rate',
    );
    expect(cell).toEqual({
      kind: 'small',
      text: '≈ número pequeno',
      detail: 'IC 95 %: 3,50 a 15,95',
      title:
        'Denominador pequeno: o valor calculado (8,10) varia muito ao acaso. Numerador 8 / denominador 988 · 22 municípios com dados',
    });
  });

  it('says which group is empty, and when nobody has data', () => {
    expect(groupCell(null, 'adhering', 'rate').text).toBe('nenhum aderiu');
    expect(groupCell(null, 'notAdhering', 'rate').text).toBe('todos aderiram');
    expect(groupCell(group({ reporting: 0, value: null }), 'adhering', 'rate')).toMatchObject({
      kind: 'no-data',
      text: 'sem dados',
    });
  });
});

describe('sortOutcomes', () => {
  it('puts ICSAPS, infant mortality and coverage in that order', () => {
    const outcomes = ['714', '999', '731', '713'].map((code) => ({ indicator: { code } }));
    expect(sortOutcomes(outcomes).map((outcome) => outcome.indicator.code)).toEqual([
      '713',
      '731',
      '714',
      '999',
    ]);
  });
});

describe('outcomePoints', () => {
  it('draws both groups and leaves out small numbers and empty groups', () => {
    const series = [
      { year: 2024, adhering: group(), notAdhering: group({ value: 12.5 }) },
      { year: 2025, adhering: group({ value: 20 }), notAdhering: group({ value: 8, isSmallNumber: true }) },
      { year: 2026, adhering: null, notAdhering: group({ value: 18 }) },
    ];
    expect(outcomePoints(series)).toEqual([
      { year: 2024, adhering: 23.499722404481908, notAdhering: 12.5 },
      { year: 2025, adhering: 20, notAdhering: null },
      { year: 2026, adhering: null, notAdhering: 18 },
    ]);
    expect(hasSmallNumbers(series)).toBe(true);
    expect(hasSmallNumbers(series.slice(0, 1))).toBe(false);
  });
});

describe('groupHeadings', () => {
  it('counts each group', () => {
    expect(groupHeadings(22, 2)).toEqual({
      adhering: 'Em adesão hoje (22)',
      notAdhering: 'Ainda não aderiram (2)',
    });
  });
});

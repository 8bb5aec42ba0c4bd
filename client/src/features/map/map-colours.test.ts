import { describe, expect, it } from 'vitest';
import { areaFillClass, classOf, rankableValues, valueClasses } from './map-colours.ts';

// Six macros, hand-sorted: nearest-rank breaks at ⌈i·6/5⌉ = 2, 3, 4, 5, 6 → 20, 30, 40, 50, 60.
const SIX = [40, 10, 60, 30, 20, 50];

describe('valueClasses', () => {
  it('makes five classes with breaks at values territories have', () => {
    expect(valueClasses(SIX, 'lower').map(({ min, max }) => [min, max])).toEqual([
      [10, 20],
      [30, 30],
      [40, 40],
      [50, 50],
      [60, 60],
    ]);
  });

  it('shades the worse end darker: high values when lower is better, low values when higher is better', () => {
    expect(valueClasses(SIX, 'lower').map((valueClass) => valueClass.shade)).toEqual([0, 1, 2, 3, 4]);
    expect(valueClasses(SIX, 'higher').map((valueClass) => valueClass.shade)).toEqual([4, 3, 2, 1, 0]);
  });

  it('uses ranks, so one extreme value does not squeeze everything else into one class', () => {
    // Ten municípios, one of them 100: breaks at ranks 2, 4, 6, 8, 10.
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 100];
    expect(valueClasses(values, 'lower').map(({ min, max }) => [min, max])).toEqual([
      [1, 2],
      [3, 4],
      [5, 6],
      [7, 8],
      [9, 100],
    ]);
  });

  it('never splits ties, and spreads fewer classes over the whole scale', () => {
    // Two distinct values: two classes, lightest and darkest.
    expect(valueClasses([5, 5, 5, 5, 9, null], 'lower')).toEqual([
      { min: 5, max: 5, shade: 0 },
      { min: 9, max: 9, shade: 4 },
    ]);
    // Three distinct values with ties at a break: 0, 0, 0 | 1 | 2, 2 → shades 0, 2, 4.
    expect(valueClasses([0, 0, 0, 1, 2, 2], 'lower')).toEqual([
      { min: 0, max: 0, shade: 0 },
      { min: 1, max: 1, shade: 2 },
      { min: 2, max: 2, shade: 4 },
    ]);
  });

  it('puts equal values in one middle class and makes no class without values', () => {
    expect(valueClasses([7, 7, 7], 'higher')).toEqual([{ min: 7, max: 7, shade: 2 }]);
    expect(valueClasses([null, null], 'higher')).toEqual([]);
    expect(valueClasses([], 'lower')).toEqual([]);
  });
});

describe('classOf and areaFillClass', () => {
  const classes = valueClasses(SIX, 'higher');

  it('finds the class of a value, breaks included in the lower class', () => {
    expect(classOf(20, classes)).toEqual({ min: 10, max: 20, shade: 4 });
    expect(classOf(25, classes)).toEqual({ min: 30, max: 30, shade: 3 });
    expect(classOf(null, classes)).toBeNull();
  });

  it('fills by status with the badge colours, or by value class', () => {
    expect(areaFillClass({ value: 18.2, status: 'not_achieved' }, 'status', classes)).toBe(
      'map-fill--not_achieved',
    );
    expect(areaFillClass({ value: 60, status: 'achieved' }, 'value', classes)).toBe('map-fill--shade-0');
    expect(areaFillClass({ value: null, status: 'no_data' }, 'value', classes)).toBe('map-fill--no_data');
    expect(areaFillClass(undefined, 'status', classes)).toBe('map-fill--no_data');
  });

  it('hatches a small number in both modes and leaves it out of the classes', () => {
    const small = { value: 95, status: 'small_number' } as const;
    expect(areaFillClass(small, 'status', classes)).toBe('map-fill--small_number');
    expect(areaFillClass(small, 'value', classes)).toBe('map-fill--small_number');
    expect(
      rankableValues([{ value: 10, status: 'achieved' }, small, { value: null, status: 'no_data' }]),
    ).toEqual([10, null]);
  });
});

import { describe, expect, it } from 'vitest';
import { sharedTarget, sortByName } from './breakdown.ts';

describe('sharedTarget', () => {
  it('is the target every territory is judged against', () => {
    expect(sharedTarget([{ target: 19 }, { target: 19 }])).toBe(19);
  });

  it('is none when targets differ or are missing', () => {
    expect(sharedTarget([{ target: 19 }, { target: 1 }])).toBeNull();
    expect(sharedTarget([{ target: null }])).toBeNull();
    expect(sharedTarget([])).toBeNull();
  });
});

describe('sortByName', () => {
  it('orders territories by name as Portuguese does, accents and case aside', () => {
    const names = ['Vale do Peixoto', 'Água Boa', 'alto Tapajós', 'Araguaia Xingu'].map((territoryName) => ({
      territoryName,
    }));
    expect(sortByName(names).map((row) => row.territoryName)).toEqual([
      'Água Boa',
      'alto Tapajós',
      'Araguaia Xingu',
      'Vale do Peixoto',
    ]);
  });
});

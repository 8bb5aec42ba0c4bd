import { describe, expect, it } from 'vitest';
import { sharedTarget, sortByName, sortByShownName } from './breakdown.ts';

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

describe('sortByShownName', () => {
  it('orders a breakdown by the names it shows, short where there is one', () => {
    const macros = [
      { territoryName: 'Macrorregião Centro Noroeste', territoryShortName: 'Centro-Noroeste' },
      { territoryName: 'Macrorregião Centro Norte', territoryShortName: 'Baixada Cuiabana' },
      { territoryName: 'Macrorregião Leste', territoryShortName: null },
    ];
    expect(sortByShownName(macros).map((macro) => macro.territoryShortName ?? macro.territoryName)).toEqual([
      'Baixada Cuiabana',
      'Centro-Noroeste',
      'Macrorregião Leste',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { breadcrumbTrail, findTerritory, groupByLevel } from './territory-tree.ts';

const tree = [
  { code: '5103403', level: 'municipality' as const, name: 'Cuiabá' },
  { code: '51', level: 'state' as const, name: 'Mato Grosso' },
  { code: '5103', level: 'macro' as const, name: 'Macrorregião Norte' },
  { code: '5101', level: 'macro' as const, name: 'Macrorregião Sul' },
  { code: '5100201', level: 'municipality' as const, name: 'Água Boa' },
  { code: '51002', level: 'region' as const, name: 'Baixada Cuiabana' },
];

describe('groupByLevel', () => {
  it('puts the state first and sorts each level by name', () => {
    const groups = groupByLevel(tree);
    expect(groups.map((group) => group.label)).toEqual([
      'Estado',
      'Macrorregiões de saúde',
      'Regiões de saúde',
      'Municípios',
    ]);
    expect(groups[3]?.territories.map((node) => node.name)).toEqual(['Água Boa', 'Cuiabá']);
  });

  it('keeps only the levels asked for', () => {
    expect(groupByLevel(tree, ['state', 'macro']).map((group) => group.level)).toEqual(['state', 'macro']);
  });
});

describe('findTerritory', () => {
  it('finds a territory by código, a município also by its DATASUS 6 digits', () => {
    expect(findTerritory(tree, '510340')?.name).toBe('Cuiabá');
    expect(findTerritory(tree, ' 5103403 ')?.name).toBe('Cuiabá');
    expect(findTerritory(tree, '51002')?.name).toBe('Baixada Cuiabana');
  });

  it('finds a territory by its name, accents and case aside', () => {
    expect(findTerritory(tree, 'agua boa')?.code).toBe('5100201');
    expect(findTerritory(tree, 'MACRORREGIÃO SUL')?.code).toBe('5101');
  });

  it('finds nothing for a name or código that is not there', () => {
    expect(findTerritory(tree, 'Cuiab')).toBeNull();
    expect(findTerritory(tree, '510341')).toBeNull();
    expect(findTerritory(tree, '')).toBeNull();
  });
});

describe('breadcrumbTrail', () => {
  const state = { code: '51', name: 'Mato Grosso' };
  const macro = { code: '5105', name: 'Macrorregião Baixada Cuiabana' };
  const region = { code: '51002', name: 'Baixada Cuiabana' };

  it('goes from the state down to a município', () => {
    const trail = breadcrumbTrail({
      territory: { code: '5103403', name: 'Cuiabá', level: 'municipality' },
      state,
      macro,
      region,
    });
    expect(trail.map((crumb) => crumb.name)).toEqual([
      'Mato Grosso',
      'Macrorregião Baixada Cuiabana',
      'Baixada Cuiabana',
      'Cuiabá',
    ]);
  });

  it('is the state alone for the state', () => {
    expect(
      breadcrumbTrail({ territory: { ...state, level: 'state' }, state, macro: null, region: null }),
    ).toEqual([state]);
  });

  it('stops at the macro for a macro', () => {
    expect(
      breadcrumbTrail({ territory: { ...macro, level: 'macro' }, state, macro: null, region: null }).map(
        (c) => c.code,
      ),
    ).toEqual(['51', '5105']);
  });
});

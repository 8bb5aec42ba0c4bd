import { describe, expect, it } from 'vitest';
import {
  filterRows,
  type MunicipalityRow,
  searchKey,
  sortRows,
  toMunicipalityRows,
} from './municipality-rows.ts';

const territories = [
  { code: '51001', name: 'Baixada Cuiabana', regionCode: null },
  { code: '5103403', name: 'Cuiabá', regionCode: '51001' },
  { code: '5108402', name: 'Várzea Grande', regionCode: '51001' },
];

function row(overrides: Partial<MunicipalityRow>): MunicipalityRow {
  return {
    code: '0',
    name: '',
    regionName: 'Baixada Cuiabana',
    numerator: 1,
    denominator: 10,
    value: 10,
    status: 'achieved',
    isComplete: true,
    isExample: true,
    partialThrough: null,
    ...overrides,
  };
}

describe('toMunicipalityRows', () => {
  it('adds the região name and whether the município sent every period', () => {
    const rows = toMunicipalityRows(
      [
        {
          territoryCode: '5103403',
          territoryName: 'Cuiabá',
          numerator: 120,
          denominator: 600,
          value: 20,
          status: 'not_achieved',
          reporting: 0,
          expected: 1,
          isExample: true,
          isPartial: true,
          partialThrough: '2026-11',
        },
        {
          territoryCode: '5108402',
          territoryName: 'Várzea Grande',
          numerator: null,
          denominator: null,
          value: null,
          status: 'no_data',
          reporting: 0,
          expected: 1,
          isExample: false,
          isPartial: false,
          partialThrough: null,
        },
      ],
      territories,
    );
    expect(rows[0]).toMatchObject({
      regionName: 'Baixada Cuiabana',
      isComplete: false,
      value: 20,
      partialThrough: '2026-11',
    });
    expect(rows[1]?.isComplete).toBeNull();
  });
});

describe('filterRows and sortRows', () => {
  const rows = [
    row({ code: 'a', name: 'Cuiabá', value: 20, status: 'not_achieved' }),
    row({ code: 'b', name: 'Água Boa', value: 15, status: 'achieved' }),
    row({ code: 'c', name: 'Várzea Grande', value: null, status: 'no_data', isComplete: null }),
    row({ code: 'd', name: 'Alta Floresta', value: 18, status: 'at_risk' }),
  ];

  it('searches without accents or case', () => {
    expect(searchKey('Várzea GRANDE')).toBe('varzea grande');
    expect(searchKey('  varzea-grande ')).toBe('varzea grande');
    expect(searchKey('Mirassol d’Oeste')).toBe(searchKey("Mirassol d'Oeste"));
    expect(searchKey('são  josé')).toBe('sao jose');
    expect(filterRows(rows, 'cuiaba').map((r) => r.code)).toEqual(['a']);
    expect(filterRows(rows, 'agua').map((r) => r.code)).toEqual(['b']);
  });

  it('keeps the order it is given', () => {
    const byValue = sortRows(rows, { key: 'value', direction: 'desc' });
    expect(filterRows(byValue, 'o').map((r) => r.code)).toEqual(['d', 'b']);
  });

  it('sorts names in Portuguese order', () => {
    expect(sortRows(rows, { key: 'name', direction: 'asc' }).map((r) => r.name)).toEqual([
      'Água Boa',
      'Alta Floresta',
      'Cuiabá',
      'Várzea Grande',
    ]);
  });

  it('sorts values both ways with empty values last', () => {
    expect(sortRows(rows, { key: 'value', direction: 'asc' }).map((r) => r.value)).toEqual([
      15,
      18,
      20,
      null,
    ]);
    expect(sortRows(rows, { key: 'value', direction: 'desc' }).map((r) => r.value)).toEqual([
      20,
      18,
      15,
      null,
    ]);
  });

  it('sorts status from met to not met and back, with "sem dados" last both ways', () => {
    expect(sortRows(rows, { key: 'status', direction: 'asc' }).map((r) => r.status)).toEqual([
      'achieved',
      'at_risk',
      'not_achieved',
      'no_data',
    ]);
    expect(sortRows(rows, { key: 'status', direction: 'desc' }).map((r) => r.status)).toEqual([
      'not_achieved',
      'at_risk',
      'achieved',
      'no_data',
    ]);
  });
});

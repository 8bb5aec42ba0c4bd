import { describe, expect, it } from 'vitest';
import { describeScope, territoryScopeOptions } from './user-scope.ts';

const places = [
  { code: '51', level: 'state', name: 'Mato Grosso', macroCode: null, parentCode: null },
  { code: '5103', level: 'macro', name: 'Macrorregião Norte', macroCode: null, parentCode: '51' },
  { code: '5101', level: 'macro', name: 'Sul', macroCode: null, parentCode: '51' },
  { code: '51010', level: 'region', name: 'Teles Pires', macroCode: '5103', parentCode: '5103' },
  { code: '51001', level: 'region', name: 'Alto Tapajós', macroCode: '5103', parentCode: '5103' },
  { code: '51005', level: 'region', name: 'Garças Araguaia', macroCode: null, parentCode: '5101' },
  { code: '5100104', level: 'municipality', name: 'Água Boa', macroCode: '5101', parentCode: '51005' },
];

describe('describeScope', () => {
  it('says the whole state for administrators and the superintendence', () => {
    expect(describeScope({ role: 'admin', coordinationCodes: [], territoryCodes: [] }, places)).toBe(
      'Todo o estado',
    );
    expect(
      describeScope({ role: 'superintendence', coordinationCodes: ['COAP'], territoryCodes: [] }, places),
    ).toBe('Todo o estado');
  });
  it('lists the coordenadorias of a coordination user', () => {
    expect(
      describeScope({ role: 'coordination', coordinationCodes: ['COAP', 'CAS'], territoryCodes: [] }, places),
    ).toBe('COAP, CAS');
    expect(describeScope({ role: 'coordination', coordinationCodes: [], territoryCodes: [] }, places)).toBe(
      'Nenhuma coordenadoria',
    );
  });
  it('names the territories of a gestor regional, keeping a code it does not know', () => {
    expect(
      describeScope(
        { role: 'regional', coordinationCodes: [], territoryCodes: ['5103', '51005', '59999'] },
        places,
      ),
    ).toBe('Macrorregião Norte; Região Garças Araguaia; 59999');
  });
});

describe('territoryScopeOptions', () => {
  it('puts each região under its macrorregião, both sorted by name', () => {
    expect(territoryScopeOptions(places)).toEqual([
      {
        code: '5103',
        label: 'Macrorregião Norte',
        regions: [
          { code: '51001', label: 'Alto Tapajós' },
          { code: '51010', label: 'Teles Pires' },
        ],
      },
      { code: '5101', label: 'Macrorregião Sul', regions: [{ code: '51005', label: 'Garças Araguaia' }] },
    ]);
  });
});

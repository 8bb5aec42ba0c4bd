import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isWithinTerritory, levelOfCode, normalizeTerritoryCode, territoryLabel } from './territory.ts';

describe('normalizeTerritoryCode', () => {
  it('completes a DATASUS 6-digit código with IBGE’s check digit', () => {
    // Cuiabá 510340: 5·1 + 1·2 + 0·1 + 3·2 + 4·1 + 0·2 = 17; 20 − 17 = 3 → 5103403.
    expect(normalizeTerritoryCode('510340')).toBe('5103403');
    // Alta Floresta 510025: 5 + 2 + 0 + 0 + 2 + (5·2 = 10 → 1 + 0) = 10; a whole ten → 0 → 5100250.
    expect(normalizeTerritoryCode('510025')).toBe('5100250');
    expect(normalizeTerritoryCode(' 510340 ')).toBe('5103403');
  });

  it('leaves every other code as written, trimmed', () => {
    for (const code of ['51', '5103', '51001', '5103403']) expect(normalizeTerritoryCode(code)).toBe(code);
    expect(normalizeTerritoryCode(' 5103 ')).toBe('5103');
    expect(normalizeTerritoryCode('51034x')).toBe('51034x');
    expect(normalizeTerritoryCode('')).toBe('');
  });

  it('gives the 7-digit código of every município of the territory file', () => {
    const lines = fs
      .readFileSync(new URL('../../data/territory/municipios.csv', import.meta.url), 'utf8')
      .trim()
      .split('\n')
      .slice(1);
    expect(lines.length).toBeGreaterThan(140);
    for (const line of lines) {
      const [ibge7, ibge6] = line.split(',');
      expect(normalizeTerritoryCode(ibge6 ?? '')).toBe(ibge7);
    }
  });
});

describe('territoryLabel', () => {
  it('names regiões and macrorregiões in words', () => {
    expect(territoryLabel({ level: 'macro', name: 'Macrorregião Norte' })).toBe('Macrorregião Norte');
    expect(territoryLabel({ level: 'macro', name: 'Sul' })).toBe('Macrorregião Sul');
    expect(territoryLabel({ level: 'region', name: 'Alto Tapajós' })).toBe('Região Alto Tapajós');
  });
});

describe('levelOfCode', () => {
  it('reads the level from the length of the IBGE code', () => {
    expect(['51', '5103', '51001', '5103403'].map(levelOfCode)).toEqual([
      'state',
      'macro',
      'region',
      'municipality',
    ]);
    expect(levelOfCode('510340')).toBeNull();
  });
});

describe('isWithinTerritory', () => {
  const places = [
    { code: '51', level: 'state' as const, macroCode: null, regionCode: null },
    { code: '5103', level: 'macro' as const, macroCode: null, regionCode: null },
    { code: '5101', level: 'macro' as const, macroCode: null, regionCode: null },
    { code: '51001', level: 'region' as const, macroCode: '5103', regionCode: null },
    { code: '5100250', level: 'municipality' as const, macroCode: '5103', regionCode: '51001' },
    { code: '5107909', level: 'municipality' as const, macroCode: '5101', regionCode: '51011' },
  ];
  const inside = (scope: string) =>
    places.filter((place) => isWithinTerritory(place, scope)).map((place) => place.code);

  it('keeps a territory and what its macro or região holds; the state holds everything', () => {
    expect(inside('5103')).toEqual(['5103', '51001', '5100250']);
    expect(inside('51001')).toEqual(['51001', '5100250']);
    expect(inside('51')).toHaveLength(places.length);
  });
});

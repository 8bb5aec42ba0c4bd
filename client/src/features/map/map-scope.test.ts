import { describe, expect, it } from 'vitest';
import { defaultMapLevel, mapOfWords, mapTerritoryCode, placesWithin } from './map-scope.ts';

const places = [
  { code: '51', level: 'state' as const, macroCode: null, regionCode: null },
  { code: '5103', level: 'macro' as const, macroCode: null, regionCode: null },
  { code: '5101', level: 'macro' as const, macroCode: null, regionCode: null },
  { code: '51001', level: 'region' as const, macroCode: '5103', regionCode: null },
  { code: '5100250', level: 'municipality' as const, macroCode: '5103', regionCode: '51001' },
  { code: '5107909', level: 'municipality' as const, macroCode: '5101', regionCode: '51011' },
];

describe('the map of a territory', () => {
  it('shows the URL territory first, then the reader own, then the state', () => {
    expect(mapTerritoryCode('5101', '5103')).toBe('5101');
    expect(mapTerritoryCode('51', '5103')).toBe('51');
    expect(mapTerritoryCode(null, '5103')).toBe('5103');
    expect(mapTerritoryCode(null, null)).toBe('51');
  });
  it('draws the level just below the territory', () => {
    expect(defaultMapLevel('state')).toBe('macro');
    expect(defaultMapLevel('macro')).toBe('region');
    expect(defaultMapLevel('region')).toBe('municipality');
  });
  it('keeps the territories inside it', () => {
    expect(placesWithin(places, '5103').map((place) => place.code)).toEqual(['5103', '51001', '5100250']);
    expect(placesWithin(places, '51001').map((place) => place.code)).toEqual(['51001', '5100250']);
    expect(placesWithin(places, '51')).toHaveLength(places.length);
  });
  it('names it with its preposition', () => {
    expect(mapOfWords('Mato Grosso', 'state')).toBe('de Mato Grosso');
    expect(mapOfWords('Macrorregião Norte', 'macro')).toBe('da Macrorregião Norte');
  });
});

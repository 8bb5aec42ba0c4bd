import { describe, expect, it } from 'vitest';
import { defaultMapLevel, mapOfWords, mapTerritoryCode } from './map-scope.ts';

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
  it('names it with its preposition', () => {
    expect(mapOfWords('Mato Grosso', 'state')).toBe('de Mato Grosso');
    expect(mapOfWords('Macrorregião Norte', 'macro')).toBe('da Macrorregião Norte');
  });
});

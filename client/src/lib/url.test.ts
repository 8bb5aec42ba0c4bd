import { describe, expect, it } from 'vitest';
import { indicatorPath, pathWithSearch, territoryPath } from './url.ts';

describe('pathWithSearch', () => {
  it('adds only the values that are set', () => {
    expect(pathWithSearch('/', { ano: 2025, territorio: null })).toBe('/?ano=2025');
    expect(pathWithSearch('/', { ano: undefined, territorio: '' })).toBe('/');
  });

  it('builds the indicator and territory links', () => {
    expect(indicatorPath('713', { ano: 2026, territorio: '5103' })).toBe(
      '/indicador/713?ano=2026&territorio=5103',
    );
    expect(indicatorPath('RAS-CIB')).toBe('/indicador/RAS-CIB');
    expect(territoryPath('51', { ano: 2024 })).toBe('/territorio/51?ano=2024');
  });
});

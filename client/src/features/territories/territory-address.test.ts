import { describe, expect, it } from 'vitest';
import { canonicalTerritoryAddress } from './territory-address.ts';

describe('canonicalTerritoryAddress', () => {
  it('gives a 6-digit município código IBGE’s 7 digits, in the path and in the search', () => {
    expect(canonicalTerritoryAddress('/territorio/510340', '')).toBe('/territorio/5103403');
    expect(canonicalTerritoryAddress('/territorio/510340/resumo', '?ano=2025')).toBe(
      '/territorio/5103403/resumo?ano=2025',
    );
    expect(canonicalTerritoryAddress('/indicador/713', '?ano=2025&territorio=510340')).toBe(
      '/indicador/713?ano=2025&territorio=5103403',
    );
  });

  it('leaves an address that already has IBGE’s código, or none', () => {
    expect(canonicalTerritoryAddress('/territorio/5103403', '?ano=2025')).toBeNull();
    expect(canonicalTerritoryAddress('/territorio/5103', '')).toBeNull();
    expect(canonicalTerritoryAddress('/indicador/713', '?territorio=51002')).toBeNull();
    expect(canonicalTerritoryAddress('/indicador/510340', '')).toBeNull();
    expect(canonicalTerritoryAddress('/', '')).toBeNull();
  });
});

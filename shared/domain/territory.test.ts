import { describe, expect, it } from 'vitest';
import { territoryLabel } from './territory.ts';

describe('territoryLabel', () => {
  it('names regiões and macrorregiões in words', () => {
    expect(territoryLabel({ level: 'macro', name: 'Macrorregião Norte' })).toBe('Macrorregião Norte');
    expect(territoryLabel({ level: 'macro', name: 'Sul' })).toBe('Macrorregião Sul');
    expect(territoryLabel({ level: 'region', name: 'Alto Tapajós' })).toBe('Região Alto Tapajós');
  });
});

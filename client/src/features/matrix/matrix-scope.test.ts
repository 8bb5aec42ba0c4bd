import { describe, expect, it } from 'vitest';
import { drillPath, readMatrixScope } from './matrix-scope.ts';

describe('the matrix scope in the address', () => {
  it('shows the macros, the regiões of a macro or the municípios of a região', () => {
    expect(readMatrixScope(new URLSearchParams(''))).toEqual({ level: 'macro' });
    expect(readMatrixScope(new URLSearchParams('macro=5103'))).toEqual({
      level: 'region',
      territoryCode: '5103',
    });
    // A região names its macro too (for the way back); the região decides.
    expect(readMatrixScope(new URLSearchParams('macro=5103&regiao=51003'))).toEqual({
      level: 'municipality',
      territoryCode: '51003',
    });
    expect(readMatrixScope(new URLSearchParams('macro=%20'))).toEqual({ level: 'macro' });
  });

  it('goes one level down from a column, keeping the year, and no further than the municípios', () => {
    expect(drillPath({ level: 'macro' }, '5103', { ano: 2025 })).toBe('/matriz?ano=2025&macro=5103');
    expect(drillPath({ level: 'region', territoryCode: '5103' }, '51003', { ano: null })).toBe(
      '/matriz?macro=5103&regiao=51003',
    );
    expect(drillPath({ level: 'municipality', territoryCode: '51003' }, '5103403', {})).toBeNull();
  });
});

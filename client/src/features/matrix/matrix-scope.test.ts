import { describe, expect, it } from 'vitest';
import {
  drillPath,
  matrixIntro,
  matrixPrintPath,
  readMatrixScope,
  scopeProblem,
  scopeTitle,
} from './matrix-scope.ts';

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

const places = new Map([
  ['5103', { code: '5103', name: 'Macrorregião Norte', level: 'macro' as const }],
  ['51001', { code: '51001', name: 'Alto Tapajós', level: 'region' as const }],
  ['5103403', { code: '5103403', name: 'Cuiabá', level: 'municipality' as const }],
]);

describe('an address of the wrong level', () => {
  it('is said before asking: a município or a região is not a macro, a macro is not a região', () => {
    expect(scopeProblem({ level: 'region', territoryCode: '5103403' }, places)).toBe(
      '“5103403” não é uma macrorregião: é Cuiabá (município).',
    );
    expect(scopeProblem({ level: 'municipality', territoryCode: '5103' }, places)).toBe(
      '“5103” não é uma região de saúde: é Macrorregião Norte (macrorregião).',
    );
    expect(scopeProblem({ level: 'region', territoryCode: '5103' }, places)).toBeNull();
    // Unknown to the reader: the server says whether it does not exist or is not theirs.
    expect(scopeProblem({ level: 'region', territoryCode: '5101' }, places)).toBeNull();
  });

  it('names the columns in correct Portuguese', () => {
    expect(matrixIntro({ level: 'region', territoryCode: '5103' }, places)).toMatch(
      /^Cada linha é um indicador do plano; cada coluna, uma das regiões de saúde da Macrorregião Norte, com/,
    );
    expect(matrixIntro({ level: 'municipality', territoryCode: '51001' }, places)).toMatch(
      /cada coluna, um município da região de saúde Alto Tapajós, com o estado/,
    );
    expect(matrixIntro({ level: 'municipality', territoryCode: '51001' }, places)).not.toContain(
      'nome de uma coluna',
    );
  });
});

describe('the printed matrix', () => {
  it('asks for the same scope as the page, read back by the same rule', () => {
    const scopes = [
      { level: 'macro' as const },
      { level: 'region' as const, territoryCode: '5103' },
      { level: 'municipality' as const, territoryCode: '51001' },
    ];
    expect(scopes.map((scope) => matrixPrintPath(scope, { ano: 2026, imprimir: 1 }))).toEqual([
      '/matriz/imprimir?ano=2026&imprimir=1',
      '/matriz/imprimir?ano=2026&imprimir=1&macro=5103',
      '/matriz/imprimir?ano=2026&imprimir=1&regiao=51001',
    ]);
    for (const scope of scopes)
      expect(readMatrixScope(new URL(matrixPrintPath(scope, {}), 'http://x').searchParams)).toEqual(scope);
  });

  it('names its territory', () => {
    expect(scopeTitle({ level: 'macro' }, places)).toBe('Macrorregiões de saúde de Mato Grosso');
    expect(scopeTitle({ level: 'region', territoryCode: '5103' }, places)).toBe(
      'Regiões de saúde da Macrorregião Norte',
    );
    expect(scopeTitle({ level: 'municipality', territoryCode: '51001' }, places)).toBe(
      'Municípios da região de saúde Alto Tapajós',
    );
  });
});

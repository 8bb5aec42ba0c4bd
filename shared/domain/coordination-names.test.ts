import { describe, expect, it } from 'vitest';
import { coordinationList, coordinationName, coordinationNames } from './coordination-names.ts';

describe('coordination names', () => {
  const names = coordinationNames([
    { code: 'SAUDE-BUCAL', name: 'Coordenadoria de Saúde Bucal' },
    { code: 'SUPERINTENDENCIA', name: 'Superintendência de Atenção à Saúde (gabinete)' },
  ]);

  it('reads a coordenadoria by its name', () => {
    expect(coordinationName('SAUDE-BUCAL', names)).toBe('Coordenadoria de Saúde Bucal');
    expect(coordinationName('SUPERINTENDENCIA', names)).toBe(
      'Superintendência de Atenção à Saúde (gabinete)',
    );
  });

  it('falls back to the code when no name came (an ata frozen before names were kept)', () => {
    expect(coordinationName('COAP', {})).toBe('COAP');
  });

  it("lists an action's coordenadorias on one line", () => {
    expect(coordinationList(['SAUDE-BUCAL', 'COAP'], names)).toBe('Coordenadoria de Saúde Bucal; COAP');
    expect(coordinationList([], names)).toBe('');
  });
});

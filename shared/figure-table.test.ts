import { describe, expect, it } from 'vitest';
import { exportCsv } from './export-table.ts';
import { figureTable } from './figure-table.ts';

describe('figureTable', () => {
  it('writes what a spreadsheet user needs to read the figure on its own, with the indicator decimals', () => {
    const table = figureTable(
      [
        {
          territoryCode: '51002',
          territoryName: 'Baixada Cuiabana',
          year: 2026,
          numerator: 4,
          denominator: 300,
          value: (4 / 300) * 1000,
          target: 12.11,
          status: 'not_achieved' as const,
          reporting: 10,
          expected: 11,
          partialThrough: '2026-10',
          isProvisional: true,
          isExample: true,
        },
      ],
      {
        sheetName: 'Indicador 701',
        unit: 'por 1.000 nascidos vivos',
        kind: 'rate',
        territoryHeader: 'Região de saúde',
        extra: [{ header: 'Macro', type: 'text', valueOf: () => 'Baixada Cuiabana' }],
      },
    );
    const lines = exportCsv(table).replace('\uFEFF', '').split('\r\n');
    expect(lines[0]).toBe(
      'Código;Região de saúde;Macro;Ano;Numerador;Denominador;Valor;Unidade;Meta;Situação;Unidades informando;Unidades esperadas;Completude (%);Parcial até;Provisório;Dados de exemplo',
    );
    // 4 / 300 × 1000 = 13,33 (a rate: two decimals); 10 of 11 units = 90,9 %.
    expect(lines[1]).toBe(
      '51002;Baixada Cuiabana;Baixada Cuiabana;2026;4;300;13,33;por 1.000 nascidos vivos;12,11;Meta não atingida;10;11;90,9;2026-10;sim;sim',
    );
    expect(table.columns.find((column) => column.header === 'Código')?.type).toBe('code');
  });
});

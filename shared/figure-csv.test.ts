import { describe, expect, it } from 'vitest';
import { figureCsvTable } from './figure-csv.ts';
import { toCsv } from './format.ts';

describe('figureCsvTable', () => {
  it('writes what a spreadsheet user needs to read the figure on its own', () => {
    const table = figureCsvTable(
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
        unit: 'por 1.000 nascidos vivos',
        territoryHeader: 'Região de saúde',
        extra: { header: 'Macro', valueOf: () => 'Baixada Cuiabana' },
      },
    );
    const lines = toCsv(table.header, table.rows).replace('\uFEFF', '').split('\r\n');
    expect(lines[0]).toBe(
      'Código;Região de saúde;Macro;Ano;Numerador;Denominador;Valor;Unidade;Meta;Situação;Unidades informando;Unidades esperadas;Completude (%);Parcial até;Provisório;Dados de exemplo',
    );
    // 4 / 300 × 1000 = 13,333333; 10 of 11 units = 90,909091 %.
    expect(lines[1]).toBe(
      '51002;Baixada Cuiabana;Baixada Cuiabana;2026;4;300;13,333333;por 1.000 nascidos vivos;12,11;Meta não atingida;10;11;90,909091;out/2026;sim;sim',
    );
  });
});

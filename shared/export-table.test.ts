import { describe, expect, it } from 'vitest';
import { exportCsv } from './export-table.ts';

describe('exportCsv types each cell by its column', () => {
  it('rounds numbers to their decimals, keeps codes as written, dates ISO and instants in Mato Grosso time', () => {
    const csv = exportCsv({
      sheetName: 'Tipos',
      columns: [
        { header: 'Código', type: 'code' },
        { header: 'Início', type: 'date' },
        { header: 'Atualizado em', type: 'instant' },
        { header: 'Valor', type: 'number' },
        { header: 'Casos', type: 'number', decimals: 0 },
        { header: 'Exemplo', type: 'yesno' },
      ],
      rows: [
        [
          '1.1',
          '2024-03-01',
          '2026-11-01T02:30:00.000Z',
          { value: 20.2223543944732, decimals: 2 },
          408.4,
          false,
        ],
        [5103403, null, null, { value: -1.456, decimals: 1 }, null, true],
      ],
    });
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFCódigo;Início;Atualizado em;Valor;Casos;Exemplo',
      '1.1;2024-03-01;2026-10-31 22:30;20,22;408;não',
      // A negative number is a number, not a formula to neutralise.
      '5103403;;;-1,5;;sim',
      '',
    ]);
  });
});

import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sanitizeSheetNames, toXlsx } from './xlsx.ts';

async function readBack(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(buffer).buffer);
  return workbook;
}

describe('toXlsx', () => {
  it('writes numbers as numeric cells, text as text and null as an empty cell', async () => {
    const buffer = await toXlsx([
      {
        sheetName: 'Valores',
        columns: [
          { header: 'Município', type: 'text' },
          { header: 'Período', type: 'text' },
          { header: 'Numerador', type: 'number' },
          { header: 'Denominador', type: 'number' },
        ],
        rows: [
          ['Cuiabá', '2025-01', 12.5, 1000],
          ['Várzea Grande', '2025-01', 3, null],
          ['=1+1', '2025-02', Number.NaN, 0],
        ],
      },
    ]);
    const sheet = (await readBack(buffer)).getWorksheet('Valores');
    if (!sheet) throw new Error('planilha "Valores" ausente');

    expect(sheet.getRow(1).values).toEqual([undefined, 'Município', 'Período', 'Numerador', 'Denominador']);
    expect(sheet.getCell('C2').value).toBe(12.5);
    expect(sheet.getCell('C2').type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getCell('D2').type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getCell('B2').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('D3').type).toBe(ExcelJS.ValueType.Null);
    // A text that looks like a formula stays text; NaN (not storable in XLSX) becomes empty.
    expect(sheet.getCell('A4').value).toBe('=1+1');
    expect(sheet.getCell('A4').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('C4').type).toBe(ExcelJS.ValueType.Null);
    expect(sheet.getCell('D4').value).toBe(0);
    expect(sheet.rowCount).toBe(4);
  });

  it('makes the header bold, frozen and filterable, with column widths that fit the text', async () => {
    const longName = 'Proporção de municípios com linha de cuidado implantada';
    const buffer = await toXlsx([
      {
        sheetName: 'Indicadores',
        columns: [
          { header: 'Código', type: 'code' },
          { header: 'Nome', type: 'text' },
        ],
        rows: [['713', longName]],
      },
    ]);
    const sheet = (await readBack(buffer)).getWorksheet('Indicadores');
    if (!sheet) throw new Error('planilha "Indicadores" ausente');

    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:B1');
    // "Código" has 6 characters: the 8 minimum applies; the long name's 56 + 2 of margin fit in 60.
    expect(sheet.getColumn(1).width).toBe(8);
    expect(sheet.getColumn(2).width).toBe(longName.length + 2);
  });

  it('writes one worksheet per table, in order, with names Excel accepts', async () => {
    const buffer = await toXlsx([
      { sheetName: 'Metas 2024/2025', columns: [{ header: 'a', type: 'number' }], rows: [[1]] },
      { sheetName: 'Metas 2024:2025', columns: [{ header: 'a', type: 'number' }], rows: [[2]] },
    ]);
    const workbook = await readBack(buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Metas 2024-2025',
      'Metas 2024-2025 (2)',
    ]);
    expect(workbook.worksheets[1]?.getCell('A2').value).toBe(2);
  });
});

describe('toXlsx types each cell by its column', () => {
  it('writes dates as date cells dd/mm/aaaa, instants in Mato Grosso time, codes as text, numbers with their decimals', async () => {
    const buffer = await toXlsx([
      {
        sheetName: 'Tipos',
        columns: [
          { header: 'Código IBGE', type: 'code' },
          { header: 'Início', type: 'date' },
          { header: 'Mês', type: 'month' },
          { header: 'Atualizado em (horário de Mato Grosso)', type: 'instant' },
          { header: 'Valor', type: 'number' },
          { header: 'Contagem', type: 'number', decimals: 0 },
          { header: 'Exemplo', type: 'yesno' },
        ],
        rows: [
          [
            5103403,
            '2024-03-01',
            '2026-10',
            '2026-11-01T02:30:00.000Z',
            { value: 20.2223543944732, decimals: 2 },
            1234,
            true,
          ],
          ['1.1', null, null, null, { value: 7, decimals: 0 }, null, false],
        ],
      },
    ]);
    const sheet = (await readBack(buffer)).getWorksheet('Tipos');
    if (!sheet) throw new Error('planilha "Tipos" ausente');
    expect(sheet.getCell('A2').value).toBe('5103403');
    expect(sheet.getCell('A2').numFmt).toBe('@');
    expect(sheet.getCell('A3').value).toBe('1.1');
    // 1 March, not 3 January, whatever the reader's culture: a date cell.
    expect(sheet.getCell('B2').type).toBe(ExcelJS.ValueType.Date);
    expect((sheet.getCell('B2').value as Date).toISOString()).toBe('2024-03-01T00:00:00.000Z');
    expect(sheet.getCell('B2').numFmt).toBe('dd/mm/yyyy');
    expect((sheet.getCell('C2').value as Date).toISOString()).toBe('2026-10-01T00:00:00.000Z');
    expect(sheet.getCell('C2').numFmt).toBe('mm/yyyy');
    // 02:30 UTC on 1 November is 22:30 on 31 October in Cuiabá.
    expect((sheet.getCell('D2').value as Date).toISOString()).toBe('2026-10-31T22:30:00.000Z');
    expect(sheet.getCell('D2').numFmt).toBe('dd/mm/yyyy hh:mm');
    expect(sheet.getCell('E2').value).toBe(20.2223543944732);
    expect(sheet.getCell('E2').numFmt).toBe('#,##0.00');
    expect(sheet.getCell('E3').numFmt).toBe('#,##0');
    expect(sheet.getCell('F2').numFmt).toBe('#,##0');
    expect(sheet.getCell('G2').value).toBe('sim');
    expect(sheet.getCell('G3').value).toBe('não');
  });
});

describe('sanitizeSheetNames', () => {
  it('replaces the characters Excel forbids', () => {
    expect(sanitizeSheetNames(['a[b]c:d*e?f/g\\h'])).toEqual(['a-b-c-d-e-f-g-h']);
  });

  it('cuts names to 31 characters and drops apostrophes at the ends', () => {
    const [name] = sanitizeSheetNames(["'Valores por município e período de 2025'"]);
    expect(name).toBe('Valores por município e período');
    expect(name).toHaveLength(31);
  });

  it('numbers clashes, ignoring case, within 31 characters', () => {
    const long = 'Indicadores da macrorregião Sul de MT';
    expect(sanitizeSheetNames([long, long.toUpperCase(), 'dados', 'Dados'])).toEqual([
      'Indicadores da macrorregião Sul',
      'INDICADORES DA MACRORREGIÃO (2)',
      'dados',
      'Dados (2)',
    ]);
  });

  it('names blank sheets by position and avoids the reserved "History"', () => {
    expect(sanitizeSheetNames(['  ', '///', 'History'])).toEqual(['Planilha 1', '---', 'History (2)']);
  });
});

import type { Response } from 'express';
import type { CsvTable } from '../../shared/figure-csv.ts';
import { toCsv } from '../../shared/format.ts';
import { toXlsx, type XlsxSheet } from './xlsx.ts';

export type TableFormat = 'csv' | 'xlsx';

/** Sends a table as a download: CSV for Excel in Portuguese, or a real XLSX workbook. */
export async function sendTable(
  response: Response,
  table: CsvTable & { sheetName: string },
  fileBase: string,
  format: TableFormat,
): Promise<void> {
  if (format === 'csv') {
    response
      .type('text/csv; charset=utf-8')
      .attachment(`${fileBase}.csv`)
      .send(toCsv(table.header, table.rows));
    return;
  }
  await sendWorkbook(response, [{ name: table.sheetName, header: table.header, rows: table.rows }], fileBase);
}

/** Sends several tables as one XLSX workbook, one worksheet each. */
export async function sendWorkbook(response: Response, sheets: readonly XlsxSheet[], fileBase: string) {
  const workbook = await toXlsx(sheets);
  response
    .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .attachment(`${fileBase}.xlsx`)
    .send(workbook);
}

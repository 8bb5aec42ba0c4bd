import type { Response } from 'express';
import type { CsvTable } from '../../shared/figure-csv.ts';
import { toCsv } from '../../shared/format.ts';
import { toXlsx } from './xlsx.ts';

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
  const workbook = await toXlsx([{ name: table.sheetName, header: table.header, rows: table.rows }]);
  response
    .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .attachment(`${fileBase}.xlsx`)
    .send(workbook);
}

import type { Response } from 'express';
import { type ExportTable, exportCsv } from '../../shared/export-table.ts';
import { toXlsx } from './xlsx.ts';

export type TableFormat = 'csv' | 'xlsx';

/**
 * Sends a table as a download: CSV for Excel in Portuguese, or a real XLSX workbook. `fileBase` is
 * in Portuguese, without accents (`painel-estado-2026`).
 */
export async function sendTable(
  response: Response,
  table: ExportTable,
  fileBase: string,
  format: TableFormat,
): Promise<void> {
  if (format === 'csv') {
    response.type('text/csv; charset=utf-8').attachment(`${fileBase}.csv`).send(exportCsv(table));
    return;
  }
  await sendWorkbook(response, [table], fileBase);
}

/** Sends several tables as one XLSX workbook, one worksheet each. */
export async function sendWorkbook(response: Response, tables: readonly ExportTable[], fileBase: string) {
  const workbook = await toXlsx(tables);
  response
    .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .attachment(`${fileBase}.xlsx`)
    .send(workbook);
}

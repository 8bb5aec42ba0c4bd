/** XLSX downloads: one worksheet per table, laid out so a user can filter and sum in Excel at once. */
import ExcelJS from 'exceljs';

export type XlsxCell = string | number | null;
export type XlsxSheet = {
  name: string;
  header: readonly string[];
  rows: readonly (readonly XlsxCell[])[];
};

/** Excel's limits: sheet names up to 31 characters, cell text up to 32,767. */
const MAX_SHEET_NAME = 31;
const MAX_CELL_TEXT = 32_767;
const MIN_COLUMN_WIDTH = 8;
const MAX_COLUMN_WIDTH = 60;

export async function toXlsx(sheets: readonly XlsxSheet[]): Promise<Buffer> {
  if (sheets.length === 0) throw new Error('toXlsx: a workbook needs at least one sheet');
  const workbook = new ExcelJS.Workbook();
  const sheetNames = sanitizeSheetNames(sheets.map((sheet) => sheet.name));
  sheets.forEach((sheet, index) => {
    const worksheet = workbook.addWorksheet(sheetNames[index], {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    worksheet.addRow([...sheet.header]).font = { bold: true };
    // Numbers stay numeric cells so Excel can sum them; strings stay text, never formulas.
    for (const row of sheet.rows) worksheet.addRow(row.map(toCellValue));
    if (sheet.header.length > 0) {
      worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.header.length } };
    }
    columnWidths(sheet).forEach((width, column) => {
      worksheet.getColumn(column + 1).width = width;
    });
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function toCellValue(cell: XlsxCell): XlsxCell {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  if (typeof cell === 'string' && cell.length > MAX_CELL_TEXT) return cell.slice(0, MAX_CELL_TEXT);
  return cell;
}

/** Widest text in each column (header included), in characters, within sensible bounds. */
function columnWidths(sheet: XlsxSheet): number[] {
  const widths: number[] = [];
  for (const row of [sheet.header, ...sheet.rows]) {
    row.forEach((cell, column) => {
      const longestLine = Math.max(
        ...String(cell ?? '')
          .split('\n')
          .map((line) => line.length),
      );
      widths[column] = Math.max(widths[column] ?? 0, longestLine);
    });
  }
  return Array.from(widths, (width = 0) => Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, width + 2)));
}

/**
 * Names Excel accepts: none of []:*?/\, no apostrophe at either end, at most 31 characters, not
 * blank, not the reserved "History", and unique ignoring case (a suffix " (2)" where they clash).
 */
export function sanitizeSheetNames(names: readonly string[]): string[] {
  const taken = new Set(['history']);
  return names.map((name, index) => {
    const allowed = trimEnds(name.replace(/[[\]:*?/\\]/g, '-'));
    const cleaned = trimEnds(truncate(allowed, MAX_SHEET_NAME)) || `Planilha ${index + 1}`;
    let candidate = cleaned;
    for (let copy = 2; taken.has(candidate.toLowerCase()); copy += 1) {
      const suffix = ` (${copy})`;
      candidate = `${truncate(cleaned, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`;
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

function trimEnds(name: string): string {
  return name
    .trim()
    .replace(/^'+|'+$/g, '')
    .trim();
}

/** Cuts to `max` UTF-16 units (Excel's count) without splitting a surrogate pair. */
function truncate(text: string, max: number): string {
  let result = '';
  for (const character of text) {
    if (result.length + character.length > max) break;
    result += character;
  }
  return result;
}

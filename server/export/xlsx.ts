/**
 * XLSX downloads: one worksheet per table, laid out so a user can filter and sum in Excel at once,
 * each cell of the type its column says (`shared/export-table.ts`): numbers with the indicator's
 * decimals as a number format, dates as date cells `dd/mm/aaaa`, codes as text.
 */
import ExcelJS from 'exceljs';
import { type ExportCell, type ExportColumn, type ExportTable, numberOf } from '../../shared/export-table.ts';
import { formatDateTimeIsoMt } from '../../shared/format.ts';

/** Excel's limits: sheet names up to 31 characters, cell text up to 32,767. */
const MAX_SHEET_NAME = 31;
const MAX_CELL_TEXT = 32_767;
const MIN_COLUMN_WIDTH = 8;
const MAX_COLUMN_WIDTH = 60;

export async function toXlsx(tables: readonly ExportTable[]): Promise<Buffer> {
  if (tables.length === 0) throw new Error('toXlsx: a workbook needs at least one sheet');
  const workbook = new ExcelJS.Workbook();
  const sheetNames = sanitizeSheetNames(tables.map((table) => table.sheetName));
  tables.forEach((table, index) => {
    const worksheet = workbook.addWorksheet(sheetNames[index], {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    worksheet.addRow(table.columns.map((column) => column.header)).font = { bold: true };
    for (const row of table.rows) {
      const added = worksheet.addRow(
        row.map((cell, column) => cellValue(cell, table.columns[column] as ExportColumn)),
      );
      row.forEach((cell, column) => {
        const format = numberFormat(cell, table.columns[column] as ExportColumn);
        if (format) added.getCell(column + 1).numFmt = format;
      });
    }
    if (table.columns.length > 0) {
      worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
    }
    columnWidths(table).forEach((width, column) => {
      worksheet.getColumn(column + 1).width = width;
    });
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Excel has no time zones: a day or Mato Grosso's wall-clock time is written as that UTC moment. */
function utcDate(text: string): Date | null {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?: (\d{2}):(\d{2}))?$/.exec(text);
  if (!match) return null;
  const [, year, month, day, hour, minute] = match.map((part) =>
    part === undefined ? undefined : Number(part),
  );
  return new Date(Date.UTC(year as number, (month as number) - 1, day ?? 1, hour ?? 0, minute ?? 0));
}

function cellValue(cell: ExportCell, column: ExportColumn): string | number | Date | null {
  if (cell === null) return null;
  switch (column.type) {
    case 'number':
      return numberOf(cell, column)?.value ?? null;
    case 'year':
      return typeof cell === 'number' ? cell : String(cell);
    case 'date':
    case 'month':
      return typeof cell === 'string' ? (utcDate(cell) ?? cell) : null;
    case 'instant':
      return typeof cell === 'string' ? (utcDate(formatDateTimeIsoMt(cell)) ?? cell) : null;
    case 'yesno':
      return cell === true ? 'sim' : cell === false ? 'não' : String(cell);
    default: {
      const text = typeof cell === 'object' ? String(cell.value) : String(cell);
      return text.length > MAX_CELL_TEXT ? text.slice(0, MAX_CELL_TEXT) : text;
    }
  }
}

/** Excel's format codes (its own syntax: the reader's locale shows `1.234,56`). */
function numberFormat(cell: ExportCell, column: ExportColumn): string | null {
  switch (column.type) {
    case 'number': {
      const number = numberOf(cell, column);
      if (number === null) return null;
      return number.decimals > 0 ? `#,##0.${'0'.repeat(number.decimals)}` : '#,##0';
    }
    case 'year':
      return '0';
    case 'date':
      return 'dd/mm/yyyy';
    case 'month':
      return 'mm/yyyy';
    case 'instant':
      return 'dd/mm/yyyy hh:mm';
    case 'code':
      return '@';
    default:
      return null;
  }
}

/** Widest text in each column (header included), in characters, within sensible bounds. */
function columnWidths(table: ExportTable): number[] {
  const widths = table.columns.map((column) => longestLine(column.header));
  for (const row of table.rows) {
    row.forEach((cell, column) => {
      widths[column] = Math.max(
        widths[column] ?? 0,
        shownLength(cell, table.columns[column] as ExportColumn),
      );
    });
  }
  return widths.map((width) => Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, width + 2)));
}

function longestLine(text: string): number {
  return Math.max(...text.split('\n').map((line) => line.length));
}

/** About how wide a cell shows once formatted. */
function shownLength(cell: ExportCell, column: ExportColumn): number {
  if (cell === null) return 0;
  if (column.type === 'instant') return '00/00/0000 00:00'.length;
  if (column.type === 'date') return '00/00/0000'.length;
  const number = column.type === 'number' ? numberOf(cell, column) : null;
  if (number) return number.value.toFixed(number.decimals).length + 2;
  return longestLine(typeof cell === 'object' ? String(cell.value) : String(cell));
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

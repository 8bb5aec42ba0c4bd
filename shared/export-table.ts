/**
 * The one shape of every table a user downloads (CSV or XLSX, from the API or a page's button):
 * each column says what its cells are, so each file writes them as Excel and Power BI read them in
 * any culture. Dates are dates (ISO in CSV, date cells `dd/mm/aaaa` in XLSX), numbers are numbers
 * with the indicator's decimals, codes are text (an IBGE code or objective `1.1` never becomes a
 * number), instants are Mato Grosso's wall-clock time, yes/no is `sim`/`não`.
 */
import { type CsvNumberText, formatDateTimeIsoMt, toCsv } from './format.ts';

export type ColumnType =
  /** Free text. */
  | 'text'
  /** An identifier (IBGE code, objective, action): always text, never summed. */
  | 'code'
  /** A number; `decimals` of the column, or of the cell (`{ value, decimals }`: one indicator per row). */
  | 'number'
  /** A year: a whole number without thousands separator. */
  | 'year'
  /** A calendar day `AAAA-MM-DD`. */
  | 'date'
  /** A month `AAAA-MM`. */
  | 'month'
  /** An instant (ISO, UTC), shown in Mato Grosso time. */
  | 'instant'
  /** A boolean, written `sim` / `não`. */
  | 'yesno';

export type ExportColumn = { header: string; type: ColumnType; decimals?: number };
export type NumberCell = { value: number; decimals: number };
export type ExportCell = string | number | boolean | NumberCell | null;
export type ExportTable = {
  sheetName: string;
  columns: readonly ExportColumn[];
  rows: readonly (readonly ExportCell[])[];
};

/** A column's cell as a number and the decimals it is shown with; null when it holds no number. */
export function numberOf(cell: ExportCell, column: ExportColumn): NumberCell | null {
  if (cell === null || typeof cell === 'boolean' || typeof cell === 'string') return null;
  if (typeof cell === 'number')
    return Number.isFinite(cell) ? { value: cell, decimals: column.decimals ?? 2 } : null;
  return Number.isFinite(cell.value) ? cell : null;
}

/** A count of people or events (whole), or an averaged one (two decimals). */
export function countCell(value: number | null): NumberCell | null {
  return value === null ? null : { value, decimals: Number.isInteger(value) ? 0 : 2 };
}

/** The CSV text of a cell (before quoting): numbers with exactly their decimals (`18,60`), dates ISO. */
function csvValue(cell: ExportCell, column: ExportColumn): string | number | CsvNumberText | null {
  if (cell === null) return null;
  switch (column.type) {
    case 'number': {
      const number = numberOf(cell, column);
      return number === null ? null : { numberText: number.value.toFixed(number.decimals).replace('.', ',') };
    }
    case 'year':
      return typeof cell === 'number' ? cell : String(cell);
    case 'yesno':
      return cell === true ? 'sim' : cell === false ? 'não' : String(cell);
    case 'instant':
      return typeof cell === 'string' ? formatDateTimeIsoMt(cell) : null;
    default:
      return typeof cell === 'object' ? String(cell.value) : String(cell);
  }
}

/** The table as CSV for Excel in Portuguese (`;`, decimal comma, UTF-8 with BOM). */
export function exportCsv(table: ExportTable): string {
  return toCsv(
    table.columns.map((column) => column.header),
    table.rows.map((row) => row.map((cell, index) => csvValue(cell, table.columns[index] as ExportColumn))),
  );
}

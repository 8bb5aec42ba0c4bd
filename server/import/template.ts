/**
 * The published import template: one row per indicador × município × período, columns
 * `indicador`, `ibge`, `periodo`, `numerador`, `denominador`, as CSV (`;` or `,`) or XLSX.
 * Only what the file alone can tell is checked here; whether the indicator and the município
 * exist, and whether the values make sense for the indicator, is the import service's job.
 */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { parsePeriod } from '../../shared/domain/period.ts';
import { isNumberProblem, parseNumber } from '../../shared/import/numbers.ts';
import { byLine, duplicateProblems, quoteCell, type RowProblem } from '../../shared/import/problems.ts';
import { detectSeparator, isBlankRecord, normalizeLabel, readCsvRecords } from './csv-records.ts';

export type TemplateRow = {
  line: number;
  indicatorCode: string;
  /** As written: 6 digits (DATASUS) or 7 (IBGE with check digit). */
  ibge: string;
  /** `AAAA` or `AAAA-MM`. */
  period: string;
  numerator: number;
  denominator: number | null;
};

export type TemplateResult = { rows: TemplateRow[]; problems: RowProblem[] };

export const TEMPLATE_COLUMNS = ['indicador', 'ibge', 'periodo', 'numerador', 'denominador'] as const;
type TemplateColumn = (typeof TEMPLATE_COLUMNS)[number];

/** `denominador` may be left out altogether: count indicators have none, and the service knows which do. */
const REQUIRED_COLUMNS: readonly TemplateColumn[] = ['indicador', 'ibge', 'periodo', 'numerador'];

/** A cell as either reader hands it over: CSV gives text; XLSX also numbers, dates and Excel errors. */
type Cell = string | number | Date | null | { excelError: string };

type ColumnIndexes = Partial<Record<TemplateColumn, number>>;

function cellIn(cells: readonly Cell[], index: number | undefined): Cell {
  return index === undefined ? null : (cells[index] ?? null);
}

const isTemplateColumn = (name: string): name is TemplateColumn =>
  (TEMPLATE_COLUMNS as readonly string[]).includes(name);

type Parsed<T> = { value: T } | { problem: string };

const IBGE_PATTERN = /^\d{6,7}$/;
const YEAR_MONTH_PATTERN = /^\d{4}-\d{2}$/;

function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number') return String(cell);
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return cell.excelError;
}

function excelErrorProblem(cell: Cell): { problem: string } | null {
  return cell !== null && typeof cell === 'object' && !(cell instanceof Date)
    ? { problem: `a célula mostra o erro ${cell.excelError} do Excel; corrija a fórmula ou digite o valor.` }
    : null;
}

function readIndicator(cell: Cell): Parsed<string> {
  const error = excelErrorProblem(cell);
  if (error) return error;
  const text = cellText(cell);
  return text === '' ? { problem: 'falta o código do indicador.' } : { value: text };
}

function readIbge(cell: Cell): Parsed<string> {
  const error = excelErrorProblem(cell);
  if (error) return error;
  const text = cellText(cell);
  if (text === '') return { problem: 'falta o código IBGE do município.' };
  if (IBGE_PATTERN.test(text)) return { value: text };
  return {
    problem: `${quoteCell(text)} não é um código IBGE de município: use 6 ou 7 algarismos, como 510340 ou 5103403.`,
  };
}

/** Excel turns a typed `2024-03` into a date; such a cell means the month it falls in. */
function readPeriod(cell: Cell): Parsed<string> {
  const error = excelErrorProblem(cell);
  if (error) return error;
  if (cell instanceof Date) {
    return { value: `${cell.getUTCFullYear()}-${String(cell.getUTCMonth() + 1).padStart(2, '0')}` };
  }
  const text = cellText(cell);
  if (text === '') return { problem: 'falta o período.' };
  if (parsePeriod(text)) return { value: text };
  if (YEAR_MONTH_PATTERN.test(text)) return { problem: `${quoteCell(text)}: o mês deve ser de 01 a 12.` };
  return {
    problem: `${quoteCell(text)} não é um período: use AAAA para o ano (2024) ou AAAA-MM para o mês (2024-03).`,
  };
}

function readAmount(cell: Cell, missing: string | null): Parsed<number | null> {
  const error = excelErrorProblem(cell);
  if (error) return error;
  let value: number | null;
  if (typeof cell === 'number') {
    value = Number.isFinite(cell) ? cell : null;
  } else {
    const parsed = parseNumber(cellText(cell));
    if (isNumberProblem(parsed)) return parsed;
    value = parsed;
  }
  if (value === null && missing !== null) return { problem: missing };
  return { value };
}

/**
 * Collects rows from either reader: maps the header once, then checks each row and remembers
 * (indicador, município, período) to catch a row given twice.
 */
class TemplateCollector {
  readonly rows: TemplateRow[] = [];
  readonly problems: RowProblem[] = [];
  private columns: ColumnIndexes | null = null;
  private headerLine = 0;
  private headerWidth = 0;
  /** Key → the lines holding it; the município is keyed by its first 6 digits (7th is a check digit). */
  private readonly seen = new Map<string, number[]>();

  get hasHeader(): boolean {
    return this.columns !== null;
  }

  /** False when the header is unusable: then nothing below it can be read. */
  header(line: number, labels: readonly string[]): boolean {
    const problemsBefore = this.problems.length;
    const columns: ColumnIndexes = {};
    labels.forEach((label, index) => {
      const column = normalizeLabel(label);
      if (!isTemplateColumn(column)) return; // Extra columns (notes, município names) are ignored.
      if (columns[column] !== undefined) {
        this.problems.push({
          line,
          column: label.trim(),
          reason: 'a coluna aparece duas vezes no cabeçalho.',
        });
      }
      columns[column] = index;
    });
    const missing = REQUIRED_COLUMNS.filter((column) => columns[column] === undefined);
    const found = labels.map((label) => label.trim()).filter((label) => label !== '');
    if (missing.length === REQUIRED_COLUMNS.length) {
      this.problems.push({
        line,
        column: '',
        reason:
          `não encontrei o cabeçalho do modelo. A primeira linha deve ter as colunas ${TEMPLATE_COLUMNS.join(', ')}` +
          ` (encontrei: ${found.map(quoteCell).join(', ') || 'nada'}).`,
      });
      return false;
    }
    for (const column of missing) {
      this.problems.push({
        line,
        column: '',
        reason: `falta a coluna obrigatória "${column}" no cabeçalho (encontrei: ${found.map(quoteCell).join(', ')}).`,
      });
    }
    if (this.problems.length > problemsBefore) return false;
    this.columns = columns;
    this.headerLine = line;
    this.headerWidth = labels.length;
    return true;
  }

  /**
   * One data row. Written without per-row closures: it runs 200,000 times for a large file.
   * `extraCellsHint`: CSV only, where cells beyond the header usually mean a comma split a number.
   */
  row(line: number, cells: readonly Cell[], extraCellsHint: string | null): void {
    const columns = this.columns;
    if (columns === null) return;
    if (extraCellsHint !== null && cells.length > this.headerWidth) {
      for (let index = this.headerWidth; index < cells.length; index++) {
        if (cellText(cells[index] ?? null) === '') continue;
        this.problems.push({
          line,
          column: '',
          reason: `a linha tem ${cells.length} colunas, mas o cabeçalho tem ${this.headerWidth}. ${extraCellsHint}`,
        });
        return;
      }
    }
    const problemsBefore = this.problems.length;
    const indicator = this.report(line, 'indicador', readIndicator(cellIn(cells, columns.indicador)));
    const ibge = this.report(line, 'ibge', readIbge(cellIn(cells, columns.ibge)));
    const period = this.report(line, 'periodo', readPeriod(cellIn(cells, columns.periodo)));
    const numerator = this.report(
      line,
      'numerador',
      readAmount(cellIn(cells, columns.numerador), 'falta o numerador.'),
    );
    const denominator = this.report(
      line,
      'denominador',
      readAmount(cellIn(cells, columns.denominador), null),
    );
    if (indicator === undefined || ibge === undefined || period === undefined) return;
    const key = `${indicator}\u0000${ibge.slice(0, 6)}\u0000${period}`;
    const lines = this.seen.get(key);
    if (lines) lines.push(line);
    else this.seen.set(key, [line]);
    if (this.problems.length > problemsBefore || numerator === undefined || numerator === null) return;
    if (denominator === undefined) return;
    this.rows.push({ line, indicatorCode: indicator, ibge, period, numerator, denominator });
  }

  /** The value, or undefined after recording the problem against the cell. */
  private report<T>(line: number, column: TemplateColumn, parsed: Parsed<T>): T | undefined {
    if ('value' in parsed) return parsed.value;
    this.problems.push({ line, column, reason: parsed.problem });
    return undefined;
  }

  finish(): TemplateResult {
    if (this.columns === null && this.problems.length === 0) {
      this.problems.push({
        line: 0,
        column: '',
        reason: `não encontrei o cabeçalho do modelo (colunas ${TEMPLATE_COLUMNS.join(', ')}).`,
      });
    } else if (this.seen.size === 0 && this.problems.length === 0) {
      this.problems.push({
        line: this.headerLine + 1,
        column: '',
        reason: 'o arquivo não tem nenhuma linha de dados abaixo do cabeçalho.',
      });
    }
    const duplicates = duplicateProblems(
      this.seen.values(),
      '',
      'repete o indicador, o município e o período',
    );
    this.problems.push(...duplicates);
    const duplicated = new Set(duplicates.map((problem) => problem.line));
    // `rows` holds only rows without any problem, so a caller can never apply a duplicated one.
    const rows = duplicated.size === 0 ? this.rows : this.rows.filter((row) => !duplicated.has(row.line));
    return { rows, problems: this.problems.sort(byLine) };
  }
}

const COMMA_HINT =
  'Se o separador é a vírgula, escreva os decimais com ponto (1234.5) ou entre aspas ("1234,5").';
const SEMICOLON_HINT = 'Confira se algum valor tem ponto e vírgula; se tiver, coloque-o entre aspas.';

/** Decoded CSV text → rows. Line numbers are the file's, header = line 1. */
export function parseTemplateCsv(text: string): TemplateResult {
  const separator = detectSeparator(text);
  const hint = separator === ',' ? COMMA_HINT : SEMICOLON_HINT;
  const collector = new TemplateCollector();
  for (const record of readCsvRecords(text, separator)) {
    if (isBlankRecord(record.fields)) continue;
    if (record.isQuoteUnclosed) {
      collector.problems.push({
        line: record.line,
        column: '',
        reason: 'há aspas (") abertas que não se fecham nesta linha.',
      });
      if (!collector.hasHeader) break;
      continue;
    }
    const { fields } = record;
    if (!collector.hasHeader) {
      if (!collector.header(record.line, fields)) break;
      continue;
    }
    collector.row(record.line, fields, hint);
  }
  return collector.finish();
}

function toCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'boolean') return value ? 'VERDADEIRO' : 'FALSO';
  if ('error' in value) return { excelError: value.error };
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return value.text;
  // Formulas: the value Excel last computed and saved with the file.
  return value.result === undefined ? null : toCell(value.result);
}

const NOT_XLSX =
  'o arquivo não é uma planilha .xlsx válida: abra no Excel e salve como "Pasta de Trabalho do Excel (.xlsx)".';

/** First worksheet of an .xlsx → rows, with the same rules as the CSV; line = Excel row number. */
export async function parseTemplateXlsx(bytes: Uint8Array): Promise<TemplateResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    // `read` rather than `load`: exceljs declares its own `Buffer` that today's Node Buffer no longer satisfies.
    await workbook.xlsx.read(Readable.from([bytes]));
  } catch {
    return { rows: [], problems: [{ line: 0, column: '', reason: NOT_XLSX }] };
  }
  const sheet = workbook.worksheets[0];
  const collector = new TemplateCollector();
  if (!sheet) return collector.finish();
  let isStopped = false;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (isStopped) return;
    const width = row.cellCount;
    // exceljs counts columns from 1.
    const cells = Array.from({ length: width }, (_, index) => toCell(row.getCell(index + 1).value));
    if (cells.every((cell) => cellText(cell) === '')) return;
    if (!collector.hasHeader) {
      isStopped = !collector.header(rowNumber, cells.map(cellText));
      return;
    }
    collector.row(rowNumber, cells, null);
  });
  return collector.finish();
}

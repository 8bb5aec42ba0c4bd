/**
 * DATASUS TabNet exports ("Copia como .CSV") as users download them: title lines, a header whose
 * first cell names the rows (`Município`) and whose other cells are periods, one row per
 * município (`"510340 Cuiabá";12;9;-`), a `Total` row and column, then `Fonte:`/`Notas:` text.
 * The caller says which indicator and whether the values are numerators or denominators.
 */
import { monthPeriod, parsePeriod } from '../../shared/domain/period.ts';
import { monthName } from '../../shared/format.ts';
import { isNumberProblem, parseNumber } from '../../shared/import/numbers.ts';
import { byLine, duplicateProblems, quoteCell, type RowProblem } from '../../shared/import/problems.ts';
import { isBlankRecord, normalizeLabel, readCsvRecords } from './csv-records.ts';

export type TabnetCell = {
  line: number;
  /** The header label as written, e.g. `2023/Jan`. */
  column: string;
  /** As written: 6 digits (DATASUS) or 7 (IBGE). */
  ibge: string;
  municipalityName: string;
  /** `AAAA` or `AAAA-MM`. */
  period: string;
  value: number;
};

/** `problems` make the file unusable; `warnings` are cells or rows left out on purpose, shown in the preview. */
export type TabnetResult = {
  cells: TabnetCell[];
  problems: RowProblem[];
  warnings: RowProblem[];
  periods: string[];
};

const MONTH_BY_ABBREVIATION = new Map(
  Array.from({ length: 12 }, (_, index) => [monthName(index + 1), index + 1]),
);

/** Years 1980–2099 only, so a label such as `1523` is never taken for a period. */
const YEAR = '(19[89]\\d|20\\d\\d)';
const YEAR_ONLY = new RegExp(`^${YEAR}$`);
const YEAR_MONTH = new RegExp(`^${YEAR}\\s*[/\\- ]\\s*([a-z]{3})\\.?$`);
const MONTH_YEAR = new RegExp(`^([a-z]{3})\\.?\\s*[/\\- ]\\s*${YEAR}$`);

/** `2023`, `2023/Jan`, `Jan/2023`, `2023 Jan`, `2023-01` → `AAAA` or `AAAA-MM`; anything else → null. */
export function parseTabnetPeriod(label: string): string | null {
  const text = normalizeLabel(label);
  const year = YEAR_ONLY.exec(text);
  if (year?.[1]) return year[1];
  const yearMonth = YEAR_MONTH.exec(text);
  const monthYear = MONTH_YEAR.exec(text);
  const [yearText, monthText] = yearMonth ? [yearMonth[1], yearMonth[2]] : [monthYear?.[2], monthYear?.[1]];
  if (yearText !== undefined && monthText !== undefined) {
    const month = MONTH_BY_ABBREVIATION.get(monthText);
    return month === undefined ? null : monthPeriod(Number(yearText), month);
  }
  const parsed = parsePeriod(text);
  return parsed?.month && YEAR_ONLY.test(String(parsed.year)) ? monthPeriod(parsed.year, parsed.month) : null;
}

/** `510340 Cuiabá` → code and name; TabNet always prefixes the município with its DATASUS code. */
const MUNICIPALITY_CELL = /^(\d{6,7})\s+(.+)$/;
/** State-level "unknown município" codes (`510000`, `5100000`) and labels such as `Município ignorado - MT`. */
const IGNORED_CODE = /^\d{2}0000\d?$/;
const NOT_AVAILABLE = /^\.{2,3}$/;
const FOOTER_START = /^(fonte|notas?|legenda)\b|^observac/;

type Column = { index: number; label: string; period: string };

type Header = { line: number; rowLabel: string; columns: Column[]; width: number };

function isTotal(label: string): boolean {
  return normalizeLabel(label) === 'total';
}

/**
 * The header is the first line whose first cell is a label (not a period, not a município) and
 * whose other cells are mostly periods; `Total` and other non-period columns are left out.
 */
function findHeader(line: number, fields: readonly string[], warnings: RowProblem[]): Header | null {
  const [first = '', ...rest] = fields.map((field) => field.trim());
  if (first === '' || parseTabnetPeriod(first) !== null || MUNICIPALITY_CELL.test(first)) return null;
  const labelled = rest.filter((label) => label !== '' && !isTotal(label));
  const columns: Column[] = [];
  rest.forEach((label, offset) => {
    const period = parseTabnetPeriod(label);
    if (period !== null) columns.push({ index: offset + 1, label, period });
  });
  if (columns.length === 0 || columns.length * 2 < labelled.length) return null;
  for (const label of labelled) {
    if (parseTabnetPeriod(label) !== null) continue;
    warnings.push({ line, column: label, reason: 'esta coluna não é um ano nem um mês e foi ignorada.' });
  }
  return { line, rowLabel: first, columns, width: fields.length };
}

const NO_HEADER =
  'não encontrei a linha de cabeçalho com os períodos (anos ou meses) nas colunas. ' +
  'No TabNet, escolha "Município" em Linha e "Ano" ou "Ano/mês" em Coluna, e use "Copia como .CSV".';

/** Decoded TabNet CSV text → one cell per município × period. Line numbers are the file's. */
export function parseTabnet(text: string): TabnetResult {
  const cells: TabnetCell[] = [];
  const problems: RowProblem[] = [];
  const warnings: RowProblem[] = [];
  let header: Header | null = null;
  /** First 6 digits of the código → the lines holding it (the 7th digit is a check digit). */
  const seen = new Map<string, number[]>();

  for (const record of readCsvRecords(text, ';')) {
    const { line, fields } = record;
    if (header === null) {
      header = findHeader(line, fields, warnings);
      if (header) {
        const byPeriod = new Map<string, string>();
        for (const column of header.columns) {
          const other = byPeriod.get(column.period);
          if (other !== undefined) {
            problems.push({
              line,
              column: column.label,
              reason: `é o mesmo período da coluna ${quoteCell(other)}.`,
            });
          }
          byPeriod.set(column.period, column.label);
        }
      }
      continue;
    }

    // The table ends at the first blank line, note or line of free text; nothing below is data.
    if (isBlankRecord(fields)) break;
    const first = (fields[0] ?? '').trim();
    const match = MUNICIPALITY_CELL.exec(first);
    if (!match) {
      if (FOOTER_START.test(normalizeLabel(first))) break;
      if (fields.slice(1).every((field) => field.trim() === '')) break;
      if (isTotal(first)) continue;
    }
    if (normalizeLabel(first).includes('ignorad') || (match?.[1] && IGNORED_CODE.test(match[1]))) {
      warnings.push({
        line,
        column: header.rowLabel,
        reason: `${quoteCell(first)} não é um município identificado; a linha foi ignorada.`,
      });
      continue;
    }
    if (!match?.[1] || !match[2]) {
      problems.push({
        line,
        column: header.rowLabel,
        reason: `${quoteCell(first)} não começa com o código do município (6 ou 7 algarismos, como em "510340 Cuiabá").`,
      });
      continue;
    }
    const ibge = match[1];
    const municipalityName = match[2].trim();
    const lines = seen.get(ibge.slice(0, 6));
    if (lines) lines.push(line);
    else seen.set(ibge.slice(0, 6), [line]);

    if (fields.slice(header.width).some((field) => field.trim() !== '')) {
      problems.push({
        line,
        column: '',
        reason: `a linha tem ${fields.length} colunas, mas o cabeçalho (linha ${header.line}) tem ${header.width}.`,
      });
      continue;
    }
    for (const column of header.columns) {
      const raw = (fields[column.index] ?? '').trim();
      if (NOT_AVAILABLE.test(raw)) {
        warnings.push({
          line,
          column: column.label,
          reason: `${quoteCell(raw)} é dado não disponível no TabNet; a célula foi ignorada.`,
        });
        continue;
      }
      const value = parseNumber(raw);
      if (value === null) {
        warnings.push({ line, column: column.label, reason: 'célula vazia; foi ignorada.' });
      } else if (isNumberProblem(value)) {
        problems.push({ line, column: column.label, reason: value.problem });
      } else {
        cells.push({ line, column: column.label, ibge, municipalityName, period: column.period, value });
      }
    }
  }

  if (header === null) {
    problems.push({ line: 0, column: '', reason: NO_HEADER });
  } else if (seen.size === 0 && problems.length === 0) {
    problems.push({
      line: header.line + 1,
      column: '',
      reason: 'a tabela não tem nenhuma linha de município abaixo do cabeçalho.',
    });
  }
  problems.push(...duplicateProblems(seen.values(), header?.rowLabel ?? '', 'repete o município'));
  return {
    cells,
    problems: problems.sort(byLine),
    warnings: warnings.sort(byLine),
    periods: header?.columns.map((column) => column.period) ?? [],
  };
}

/**
 * DATASUS TabNet exports ("Copia como .CSV") as users download them: title lines (among them
 * `Período:` and any selections), a header whose first cell names the rows (`Município`) and whose
 * other cells are periods — years (`2021`), months with their year (`2023/Jan`, `Jan/2023`) or
 * months alone (`Jan` … `Dez`, the year then read from the title) —, one row per município
 * (`"510340 Cuiabá";12;9;-`), rows of unidentified municípios, a `Total` row and column, then
 * `Fonte:`/`Notas:` text. The caller says which indicator and whether the values are numerators
 * or denominators.
 *
 * The file checks itself: the `Total` row must equal the sum of the rows above and below it,
 * unidentified rows included (a truncated or edited download fails), and year columns must fall
 * inside the title's `Período:`.
 */
import { monthPeriod, parsePeriod } from '../../shared/domain/period.ts';
import { formatNumber, MONTH_BY_WORD } from '../../shared/format.ts';
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

/** Rows of municípios the source could not identify (`Município ignorado - MT`, code 510000). */
export type Unidentified = { rows: number; total: number };

/** `problems` make the file unusable; `warnings` are cells or rows left out on purpose, shown in the preview. */
export type TabnetResult = {
  cells: TabnetCell[];
  problems: RowProblem[];
  warnings: RowProblem[];
  periods: string[];
  /** The period column labels as written, by period. */
  columnLabels: Map<string, string>;
  unidentified: Unidentified;
  /**
   * A title line that restricts the territory (`Região de Saúde (CIR): 51002 Baixada Cuiabana`,
   * `Município: Acorizal, …`): the file is a cut of the state, so absent municípios are not zeros.
   */
  territorySelection: string | null;
};

/** `Jan`, `jan.`, `Janeiro`, `Março` → 1…12; anything else → null. */
export function parseMonthLabel(label: string): number | null {
  return MONTH_BY_WORD.get(normalizeLabel(label).replace(/\.$/, '')) ?? null;
}

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
    const month = MONTH_BY_WORD.get(monthText);
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

/** What the lines above the header say: the `Período:` line's years and any territory selection. */
type Title = { periodLine: string | null; years: number[]; territorySelection: string | null };

const MAX_TITLE_LINES = 20;
const YEARS_IN_TEXT = /(?<!\d)(19[89]\d|20\d\d)(?!\d)/g;
const PERIOD_LINE = /^periodo\b/;
/** Selections that cut the territory: a município list, a região, macro or microrregião. */
const TERRITORY_SELECTION = /^(municipio|regiao|macrorregiao|microrregiao|macro|cir|rs)\b[^:]*:/;

function readTitle(lines: readonly string[]): Title {
  let periodLine: string | null = null;
  let territorySelection: string | null = null;
  for (const line of lines) {
    const text = normalizeLabel(line);
    if (periodLine === null && PERIOD_LINE.test(text)) periodLine = line.trim();
    else if (territorySelection === null && TERRITORY_SELECTION.test(text)) territorySelection = line.trim();
  }
  const years = periodLine ? [...periodLine.matchAll(YEARS_IN_TEXT)].map((match) => Number(match[1])) : [];
  // Without a `Período:` line, a single year named anywhere in the title ("… em 2023") is the year.
  const titleYears = [
    ...new Set(lines.flatMap((line) => [...line.matchAll(YEARS_IN_TEXT)].map((m) => Number(m[1])))),
  ];
  return {
    periodLine,
    years: periodLine ? years : titleYears.length === 1 ? titleYears : [],
    territorySelection,
  };
}

function isTotal(label: string): boolean {
  return normalizeLabel(label) === 'total';
}

/**
 * The header is the first line whose first cell is a label (not a period, not a município) and
 * whose other cells are mostly periods; `Total` and other non-period columns are left out.
 */
function findHeader(
  line: number,
  fields: readonly string[],
  title: Title,
  warnings: RowProblem[],
  problems: RowProblem[],
): Header | null {
  const [first = '', ...rest] = fields.map((field) => field.trim());
  if (first === '' || parseTabnetPeriod(first) !== null || MUNICIPALITY_CELL.test(first)) return null;
  const labelled = rest.filter((label) => label !== '' && !isTotal(label));
  type Found = { index: number; label: string; period: string | null; month: number };
  const found = rest.flatMap((label, offset): Found[] => {
    const period = parseTabnetPeriod(label);
    if (period !== null) return [{ index: offset + 1, label, period, month: 0 }];
    const month = parseMonthLabel(label);
    return month === null ? [] : [{ index: offset + 1, label, period: null, month }];
  });
  if (found.length === 0 || found.length * 2 < labelled.length) return null;
  for (const label of labelled) {
    if (found.some((column) => column.label === label)) continue;
    warnings.push({ line, column: label, reason: 'esta coluna não é um ano nem um mês e foi ignorada.' });
  }
  const [onlyYear, ...otherYears] = [...new Set(title.years)];
  const columns: Column[] = [];
  for (const column of found) {
    if (column.period !== null) {
      columns.push({ index: column.index, label: column.label, period: column.period });
    } else if (onlyYear !== undefined && otherYears.length === 0) {
      columns.push({ index: column.index, label: column.label, period: monthPeriod(onlyYear, column.month) });
    } else {
      problems.push({
        line,
        column: column.label,
        reason:
          title.years.length === 0
            ? 'a coluna é um mês sem ano, e o título do arquivo não diz o ano (linha "Período:"). No TabNet, escolha um único ano em Períodos disponíveis, ou "Ano/mês" em Coluna.'
            : `a coluna é um mês sem ano, e o título do arquivo cobre mais de um ano (${title.periodLine}). No TabNet, escolha um único ano em Períodos disponíveis, ou "Ano/mês" em Coluna.`,
      });
    }
  }
  // A column whose year the title does not cover means the header and the title disagree.
  if (title.periodLine !== null && title.years.length > 0) {
    const first = Math.min(...title.years);
    const last = Math.max(...title.years);
    for (const column of columns) {
      const year = Number(column.period.slice(0, 4));
      if (year < first || year > last)
        problems.push({
          line,
          column: column.label,
          reason: `a coluna é de ${year}, mas o título do arquivo diz ${quoteCell(title.periodLine)}: confira se é o arquivo certo.`,
        });
    }
  }
  return { line, rowLabel: first, columns, width: fields.length };
}

/** The Total row must equal the rows summed (unidentified included): otherwise the file is cut or edited. */
function totalProblems(
  header: Header,
  totalRow: { line: number; fields: readonly string[] } | null,
  sums: ReadonlyMap<number, number>,
): RowProblem[] {
  if (totalRow === null)
    return [
      {
        line: 0,
        column: '',
        reason:
          'o arquivo não tem a linha "Total" que o TabNet escreve abaixo dos municípios: o download pode ter sido interrompido. Baixe de novo e importe o arquivo inteiro.',
      },
    ];
  const problems: RowProblem[] = [];
  for (const column of header.columns) {
    const raw = (totalRow.fields[column.index] ?? '').trim();
    const written = NOT_AVAILABLE.test(raw) ? 0 : parseNumber(raw);
    if (written === null || isNumberProblem(written)) continue;
    const summed = sums.get(column.index) ?? 0;
    if (Math.abs(written - summed) > 1e-6 * Math.max(1, Math.abs(written)))
      problems.push({
        line: totalRow.line,
        column: column.label,
        reason: `a linha Total diz ${formatNumber(written, decimalsOf(written))}, mas as linhas do arquivo somam ${formatNumber(summed, decimalsOf(summed))}: o arquivo está incompleto ou foi alterado. Baixe de novo do TabNet.`,
      });
  }
  return problems;
}

const decimalsOf = (value: number) => (Number.isInteger(value) ? 0 : 2);

const NO_HEADER =
  'não encontrei a linha de cabeçalho com os períodos (anos ou meses) nas colunas. ' +
  'No TabNet, escolha "Município" em Linha e "Ano" ou "Ano/mês" em Coluna, e use "Copia como .CSV".';

/** Decoded TabNet CSV text → one cell per município × period. Line numbers are the file's. */
export function parseTabnet(text: string): TabnetResult {
  const cells: TabnetCell[] = [];
  const problems: RowProblem[] = [];
  const warnings: RowProblem[] = [];
  let header: Header | null = null;
  const titleLines: string[] = [];
  let title: Title = { periodLine: null, years: [], territorySelection: null };
  /** First 6 digits of the código → the lines holding it (the 7th digit is a check digit). */
  const seen = new Map<string, number[]>();
  /** Column index → the rows' values summed, unidentified rows included, for the Total check. */
  const sums = new Map<number, number>();
  const addToSum = (index: number, value: number) => sums.set(index, (sums.get(index) ?? 0) + value);
  let totalRow: { line: number; fields: readonly string[] } | null = null;
  const unidentified: Unidentified = { rows: 0, total: 0 };

  for (const record of readCsvRecords(text, ';')) {
    const { line, fields } = record;
    if (header === null) {
      title = readTitle(titleLines);
      header = findHeader(line, fields, title, warnings, problems);
      // The title is the few lines above the table; a file without a header must not grow it forever.
      if (!header && titleLines.length < MAX_TITLE_LINES) titleLines.push(fields.join(' '));
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
      if (isTotal(first)) {
        totalRow = { line, fields };
        continue;
      }
    }
    if (normalizeLabel(first).includes('ignorad') || (match?.[1] && IGNORED_CODE.test(match[1]))) {
      let rowTotal = 0;
      for (const column of header.columns) {
        const value = parseNumber((fields[column.index] ?? '').trim());
        if (value === null || isNumberProblem(value)) continue;
        addToSum(column.index, value);
        rowTotal += value;
      }
      unidentified.rows += 1;
      unidentified.total += rowTotal;
      warnings.push({
        line,
        column: header.rowLabel,
        reason: `${quoteCell(first)} não é um município identificado: não entra em nenhum território.`,
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
        addToSum(column.index, value);
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
  // Checked on an otherwise clean file: a bad cell already explains a sum that does not match.
  if (header !== null && seen.size > 0 && problems.length === 0)
    problems.push(...totalProblems(header, totalRow, sums));
  return {
    cells,
    problems: problems.sort(byLine),
    warnings: warnings.sort(byLine),
    periods: header?.columns.map((column) => column.period) ?? [],
    columnLabels: new Map(header?.columns.map((column) => [column.period, column.label]) ?? []),
    unidentified,
    territorySelection: title.territorySelection,
  };
}

/**
 * The indicator page's table of municípios: one row per município with its região, searched by name
 * and sorted by any column. The server pages it (5.570 rows at national scale) and writes its files
 * from the same rows, so a download holds what the table shows.
 */
import { isUnitComplete } from './domain/completeness.ts';
import { STATUSES, type Status } from './domain/status.ts';
import { compareText, foldText } from './text.ts';

export type MunicipalityRow = {
  code: string;
  name: string;
  regionName: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  status: Status;
  /** Sent every period expected so far; null when it sent nothing. */
  isComplete: boolean | null;
  isExample: boolean;
  /** The last month counted, when the year is partial (each município counts up to its own). */
  partialThrough: string | null;
};

export type SortKey = (typeof SORT_KEYS)[number];
export type SortState = { key: SortKey; direction: 'asc' | 'desc' };

/**
 * Rows per page: the table scrolls in a box of about a dozen rows, which 25 fill twice; 50 made the
 * indicator page's first load about 15 ms slower (its largest part) for rows read only after paging
 * down inside the box. Search, sort and the files cover every município.
 */
export const MUNICIPALITY_PAGE_SIZE = 25;

/** The longest search the table accepts: part of a name. */
export const MAX_SEARCH_LENGTH = 100;

export const SORT_KEYS = [
  'name',
  'regionName',
  'numerator',
  'denominator',
  'value',
  'status',
  'completeness',
] as const;

type MunicipalityFigure = {
  territoryCode: string;
  territoryName: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  status: Status;
  reporting: number;
  expected: number;
  isExample: boolean;
  isPartial: boolean;
  partialThrough: string | null;
};

export function toMunicipalityRows(
  figures: readonly MunicipalityFigure[],
  territories: readonly { code: string; name: string; regionCode: string | null }[],
): MunicipalityRow[] {
  const byCode = new Map(territories.map((territory) => [territory.code, territory]));
  return figures.map((figure) => {
    const regionCode = byCode.get(figure.territoryCode)?.regionCode;
    return {
      code: figure.territoryCode,
      name: figure.territoryName,
      regionName: (regionCode && byCode.get(regionCode)?.name) || '—',
      numerator: figure.numerator,
      denominator: figure.denominator,
      value: figure.value,
      status: figure.status,
      isComplete: isUnitComplete(figure),
      isExample: figure.isExample,
      partialThrough: figure.isPartial ? figure.partialThrough : null,
    };
  });
}

const JUDGED: readonly Status[] = ['achieved', 'at_risk', 'not_achieved'];

/**
 * Lower case without accents, with hyphens as spaces, one kind of apostrophe and single spaces, so
 * "cuiaba" finds "Cuiabá" and "mirassol d’oeste" (pasted from a message) finds "Mirassol d'Oeste".
 */
export function searchKey(text: string): string {
  return foldText(text)
    .replace(/[’‘`´]/g, "'")
    .replace(/[-‐–—]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function sortValue(row: MunicipalityRow, key: SortKey): string | number | null {
  switch (key) {
    case 'name':
    case 'regionName':
      return row[key];
    case 'status':
      // Only a judgement against the target has a rank; "número pequeno", "sem dados" and "sem meta"
      // go last both ways, as empty cells do.
      return JUDGED.includes(row.status) ? STATUSES.indexOf(row.status) : null;
    case 'completeness':
      return row.isComplete === null ? null : row.isComplete ? 1 : 0;
    default:
      return row[key];
  }
}

/** The direction a column sorts in when first chosen: names A→Z, figures from the largest. */
export function firstDirection(key: SortKey): SortState['direction'] {
  return key === 'name' || key === 'regionName' ? 'asc' : 'desc';
}

/** Each row's name as a search finds it, folded once: the server keeps its rows between requests. */
const foldedNames = new WeakMap<MunicipalityRow, string>();

function foldedName(row: MunicipalityRow): string {
  let folded = foldedNames.get(row);
  if (folded === undefined) {
    folded = searchKey(row.name);
    foldedNames.set(row, folded);
  }
  return folded;
}

/** Rows whose name contains the search (in their order). */
export function filterRows(rows: readonly MunicipalityRow[], search: string): MunicipalityRow[] {
  const needle = searchKey(search);
  return needle === '' ? [...rows] : rows.filter((row) => foldedName(row).includes(needle));
}

/** Rows sorted by one column; empty cells always go last, ties by name. */
export function sortRows(rows: readonly MunicipalityRow[], sort: SortState): MunicipalityRow[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const left = sortValue(a, sort.key);
    const right = sortValue(b, sort.key);
    if (left === null || right === null) {
      if (left === right) return compareText(a.name, b.name);
      return left === null ? 1 : -1;
    }
    const order =
      typeof left === 'string' && typeof right === 'string'
        ? compareText(left, right)
        : Number(left) - Number(right);
    return order === 0 ? compareText(a.name, b.name) : sign * order;
  });
}

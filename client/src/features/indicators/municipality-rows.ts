import { STATUSES, type Status } from '../../../../shared/domain/status.ts';
import { foldText } from '../../../../shared/text.ts';
import type { Figure, TerritoryNode } from '../../lib/trpc.ts';
import { isUnitComplete } from './figure-format.ts';

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

export type SortKey =
  | 'name'
  | 'regionName'
  | 'numerator'
  | 'denominator'
  | 'value'
  | 'status'
  | 'completeness';
export type SortState = { key: SortKey; direction: 'asc' | 'desc' };

type MunicipalityFigure = Pick<
  Figure,
  | 'territoryCode'
  | 'territoryName'
  | 'numerator'
  | 'denominator'
  | 'value'
  | 'status'
  | 'reporting'
  | 'expected'
  | 'isExample'
  | 'isPartial'
  | 'partialThrough'
>;

export function toMunicipalityRows(
  figures: readonly MunicipalityFigure[],
  territories: readonly Pick<TerritoryNode, 'code' | 'name' | 'regionCode'>[],
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

/** Lower case without accents, so "cuiaba" finds "Cuiabá". */
export function searchKey(text: string): string {
  return foldText(text).trim();
}

function sortValue(row: MunicipalityRow, key: SortKey): string | number | null {
  switch (key) {
    case 'name':
    case 'regionName':
      return row[key];
    case 'status':
      return STATUSES.indexOf(row.status);
    case 'completeness':
      return row.isComplete === null ? null : row.isComplete ? 1 : 0;
    default:
      return row[key];
  }
}

/** Rows whose name matches the search, sorted by one column; empty cells always go last. */
export function filterAndSortRows(
  rows: readonly MunicipalityRow[],
  search: string,
  sort: SortState,
): MunicipalityRow[] {
  const needle = searchKey(search);
  const sign = sort.direction === 'asc' ? 1 : -1;
  return rows
    .filter((row) => needle === '' || searchKey(row.name).includes(needle))
    .sort((a, b) => {
      const left = sortValue(a, sort.key);
      const right = sortValue(b, sort.key);
      if (left === null || right === null) {
        if (left === right) return a.name.localeCompare(b.name, 'pt-BR');
        return left === null ? 1 : -1;
      }
      const order =
        typeof left === 'string' && typeof right === 'string'
          ? left.localeCompare(right, 'pt-BR')
          : Number(left) - Number(right);
      return order === 0 ? a.name.localeCompare(b.name, 'pt-BR') : sign * order;
    });
}

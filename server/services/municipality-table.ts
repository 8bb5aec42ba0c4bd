/**
 * The indicator page's table of municípios, paged on the server: at national scale an indicator has
 * 5.570 municípios, whose figures (about 5 MB) the page no longer carries. The rows of a reader's
 * scope are kept per change of the data, as the figures are; search, sort and the page are cut from
 * them on each request. The table's files are written from the same rows, so a download holds what
 * the table shows (every page of it).
 */
import { usualThrough } from '../../shared/domain/completeness.ts';
import {
  filterRows,
  MUNICIPALITY_PAGE_SIZE,
  type MunicipalityRow,
  type SortState,
  sortRows,
  toMunicipalityRows,
} from '../../shared/municipality-rows.ts';
import { pageOf } from '../../shared/pagination.ts';
import type { Db } from '../db/client.ts';
import { cachedFigures } from './figure-cache.ts';
import type { Figure } from './figures.ts';
import { readIndicatorFigures } from './indicator-view.ts';
import { type Reader, readScopeKey } from './read-scope.ts';

type TableQuery = {
  code: string;
  year: number;
  search: string;
  sort: SortState['key'];
  direction: SortState['direction'];
};

/**
 * The rows of a reader's scope, kept per change of the data with each order asked for (sorting 5.570
 * rows on every page or keystroke would hold the server up); a search then filters the kept order.
 */
async function readableRows(db: Db, query: Pick<TableQuery, 'code' | 'year'>, reader: Reader, now: Date) {
  return cachedFigures(
    db,
    now,
    `municipality-rows|${query.code}|${query.year}|${readScopeKey(reader)}`,
    async () => {
      const { territories, figures } = await readIndicatorFigures(
        db,
        { code: query.code, level: 'municipality', years: [query.year] },
        reader,
        now,
      );
      const rows = toMunicipalityRows(figures, territories);
      const usual = usualThrough(rows);
      return {
        figures,
        rows,
        usual,
        hasOwnMonths: rows.some((row) => row.partialThrough !== null && row.partialThrough !== usual),
        sorted: new Map<string, MunicipalityRow[]>(),
      };
    },
  );
}

async function matchingRows(db: Db, query: TableQuery, reader: Reader, now: Date) {
  const kept = await readableRows(db, query, reader, now);
  const order = `${query.sort}|${query.direction}`;
  let sorted = kept.sorted.get(order);
  if (!sorted) {
    sorted = sortRows(kept.rows, { key: query.sort, direction: query.direction });
    kept.sorted.set(order, sorted);
  }
  return { ...kept, matching: filterRows(sorted, query.search) };
}

/** One page of the table; a page past the end (the search narrowed it) gives the last one. */
export async function getMunicipalityPage(
  db: Db,
  query: TableQuery & { page: number },
  reader: Reader,
  now: Date,
) {
  const { rows, matching, usual, hasOwnMonths } = await matchingRows(db, query, reader, now);
  return {
    ...pageOf(matching, query.page, MUNICIPALITY_PAGE_SIZE),
    pageSize: MUNICIPALITY_PAGE_SIZE,
    /** Rows the search finds. */
    matching: matching.length,
    /** Rows of the reader's scope. */
    total: rows.length,
    /** The month most municípios count up to; rows that differ say theirs. */
    usual,
    hasOwnMonths,
  };
}

/** Every figure the table finds, in its order, each with its município's região (the table's files). */
export async function listMunicipalityFigures(
  db: Db,
  query: TableQuery,
  reader: Reader,
  now: Date,
): Promise<(Figure & { regionName: string })[]> {
  const { figures, matching } = await matchingRows(db, query, reader, now);
  const byCode = new Map(figures.map((figure) => [figure.territoryCode, figure]));
  return matching.flatMap((row) => {
    const figure = byCode.get(row.code);
    return figure ? [{ ...figure, regionName: row.regionName }] : [];
  });
}

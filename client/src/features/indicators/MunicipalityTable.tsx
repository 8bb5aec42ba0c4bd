import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { formatNumber, formatPeriod } from '../../../../shared/format.ts';
import {
  firstDirection,
  MAX_SEARCH_LENGTH,
  type SortKey,
  type SortState,
} from '../../../../shared/municipality-rows.ts';
import type { TIndicator } from '../../../../shared/schemas/indicator.ts';
import { Card } from '../../components/ui/Card.tsx';
import { DownloadLink, DownloadXlsxLink } from '../../components/ui/DownloadXlsxLink.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Loading } from '../../components/ui/Loading.tsx';
import { Pagination } from '../../components/ui/Pagination.tsx';
import { SearchToolbar } from '../../components/ui/SearchToolbar.tsx';
import { StatusBadge } from '../../components/ui/StatusBadge.tsx';
import { Table } from '../../components/ui/Table.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { keepPreviousOfSame } from '../../lib/keep-previous.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { municipalityTableFilePath, territoryPath, YEAR_PARAM } from '../../lib/url.ts';
import { completenessText, formatValue } from './figure-format.ts';
import { RowWindow } from './RowWindow.tsx';

const COLUMNS: { key: SortKey; label: string; isNumeric: boolean }[] = [
  { key: 'name', label: 'Município', isNumeric: false },
  { key: 'regionName', label: 'Região de saúde', isNumeric: false },
  { key: 'numerator', label: 'Numerador', isNumeric: true },
  { key: 'denominator', label: 'Denominador', isNumeric: true },
  { key: 'value', label: 'Valor', isNumeric: true },
  { key: 'status', label: 'Situação', isNumeric: false },
  { key: 'completeness', label: 'Completude', isNumeric: false },
];

type MunicipalityTableProps = {
  indicator: Pick<TIndicator, 'code' | 'kind' | 'unit' | 'shortName' | 'denominatorDefinition'>;
  year: number;
};

function SortButton({
  column,
  sort,
  onSort,
}: {
  column: (typeof COLUMNS)[number];
  sort: SortState;
  onSort: (key: SortKey) => void;
}) {
  const isActive = sort.key === column.key;
  return (
    <button type="button" className="sort-button" onClick={() => onSort(column.key)}>
      {column.label}
      <span className="sort-button__arrow" aria-hidden="true">
        {isActive ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}
      </span>
    </button>
  );
}

/**
 * Every município for one year, a page at a time: searched by name and sorted by each column on the
 * server (5.570 rows at national scale), downloadable as shown. The page shown stays while the next
 * one is read, so typing a name never blanks the table.
 */
export function MunicipalityTable({ indicator, year }: MunicipalityTableProps) {
  const trpc = useTRPC();
  const [searchParams] = useSearchParams();
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<SortState>({ key: 'name', direction: 'asc' });
  const [page, setPage] = useState(1);
  const searched = useDeferredValue(search);
  const query = { code: indicator.code, year, search: searched, sort: sort.key, direction: sort.direction };
  const input = { ...query, page };
  const table = useQuery({
    ...trpc.indicator.municipalities.queryOptions(input),
    placeholderData: keepPreviousOfSame(input, ({ code, year }) => [code, year]),
  });

  function searchFor(text: string) {
    setSearch(text);
    setPage(1);
  }

  function toggleSort(key: SortKey) {
    setPage(1);
    setSort((current) =>
      current.key === key
        ? { key, direction: current.direction === 'asc' ? 'desc' : 'asc' }
        : { key, direction: firstDirection(key) },
    );
  }

  const hasDenominator = indicator.denominatorDefinition !== null;
  const columns = hasDenominator ? COLUMNS : COLUMNS.filter((column) => column.key !== 'denominator');
  const data = table.data;

  return (
    <Card
      title={`Municípios — ${year}`}
      actions={
        data && (
          <>
            <DownloadLink href={municipalityTableFilePath(indicator.code, query, 'csv')} label="Baixar CSV" />
            <DownloadXlsxLink href={municipalityTableFilePath(indicator.code, query, 'xlsx')} />
          </>
        )
      }
    >
      <SearchToolbar
        value={search}
        onChange={searchFor}
        count={data && { shown: data.matching, total: data.total }}
        maxLength={MAX_SEARCH_LENGTH}
      />
      {table.isError ? (
        <ErrorMessage title="Não foi possível carregar os municípios" message={errorMessage(table.error)} />
      ) : !data ? (
        <Loading what="os municípios" />
      ) : (
        <>
          {data.hasOwnMonths && data.usual && (
            <p className="note">
              Cada município conta o ano até o último mês que enviou: a maioria até {formatPeriod(data.usual)}
              ; os demais dizem até quando.
            </p>
          )}
          <div
            className={table.isPlaceholderData ? 'municipality-table is-stale' : 'municipality-table'}
            aria-busy={table.isPlaceholderData}
          >
            <Table
              caption={`${indicator.shortName} por município em ${year} (${indicator.unit})`}
              isCaptionHidden
            >
              <thead>
                <tr>
                  {columns.map((column) => (
                    <th
                      key={column.key}
                      scope="col"
                      className={column.isNumeric ? 'numeric' : undefined}
                      aria-sort={
                        sort.key === column.key
                          ? sort.direction === 'asc'
                            ? 'ascending'
                            : 'descending'
                          : 'none'
                      }
                    >
                      <SortButton column={column} sort={sort} onSort={toggleSort} />
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.rows.length === 0 && (
                  <tr>
                    <td colSpan={columns.length}>Nenhum município encontrado para “{searched}”.</td>
                  </tr>
                )}
                {data.rows.map((row) => (
                  <tr key={row.code}>
                    <th scope="row">
                      <Link to={territoryPath(row.code, { [YEAR_PARAM]: searchParams.get(YEAR_PARAM) })}>
                        {row.name}
                      </Link>
                    </th>
                    <td>{row.regionName}</td>
                    <td className="numeric">{formatNumber(row.numerator, 2)}</td>
                    {hasDenominator && <td className="numeric">{formatNumber(row.denominator, 2)}</td>}
                    <td className="numeric">
                      {formatValue(row.value, indicator.kind)}
                      <RowWindow
                        figure={{
                          isPartial: row.partialThrough !== null,
                          partialThrough: row.partialThrough,
                        }}
                        usual={data.usual}
                      />
                    </td>
                    <td>
                      <StatusBadge status={row.status} />
                    </td>
                    <td
                      className={
                        row.isComplete === false ? 'completeness completeness--incomplete' : 'completeness'
                      }
                    >
                      {completenessText(row.isComplete)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </div>
          {data.matching > data.pageSize && (
            <Pagination
              label="Páginas dos municípios"
              page={data.page}
              total={data.matching}
              pageSize={data.pageSize}
              noun={{ one: 'município', many: 'municípios' }}
              onPage={setPage}
            />
          )}
        </>
      )}
    </Card>
  );
}

import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { figureTable } from '../../../../shared/figure-table.ts';
import { formatNumber, formatPeriod } from '../../../../shared/format.ts';
import type { TIndicator } from '../../../../shared/schemas/indicator.ts';
import { Card } from '../../components/ui/Card.tsx';
import { DownloadCsvButton } from '../../components/ui/DownloadCsvButton.tsx';
import { DownloadXlsxLink } from '../../components/ui/DownloadXlsxLink.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Loading } from '../../components/ui/Loading.tsx';
import { Pagination } from '../../components/ui/Pagination.tsx';
import { SearchToolbar } from '../../components/ui/SearchToolbar.tsx';
import { StatusBadge } from '../../components/ui/StatusBadge.tsx';
import { Table } from '../../components/ui/Table.tsx';
import { errorMessage } from '../../lib/errors.ts';
import type { TerritoryNode } from '../../lib/trpc.ts';
import { figuresXlsxPath, territoryPath, YEAR_PARAM } from '../../lib/url.ts';
import { completenessText, formatValue, usualThrough } from './figure-format.ts';
import { filterAndSortRows, type SortKey, type SortState, toMunicipalityRows } from './municipality-rows.ts';
import { RowWindow } from './RowWindow.tsx';
import { useIndicatorFigures } from './use-indicator.ts';

const COLUMNS: { key: SortKey; label: string; isNumeric: boolean }[] = [
  { key: 'name', label: 'Município', isNumeric: false },
  { key: 'regionName', label: 'Região de saúde', isNumeric: false },
  { key: 'numerator', label: 'Numerador', isNumeric: true },
  { key: 'denominator', label: 'Denominador', isNumeric: true },
  { key: 'value', label: 'Valor', isNumeric: true },
  { key: 'status', label: 'Situação', isNumeric: false },
  { key: 'completeness', label: 'Completude', isNumeric: false },
];

/**
 * Rows drawn at once: Mato Grosso's 142 municípios fit in one page; at national scale (5.570) drawing
 * them all took the browser over half a second. Search, sort and the CSV cover every row.
 */
const PAGE_SIZE = 200;

type MunicipalityTableProps = {
  indicator: Pick<TIndicator, 'code' | 'kind' | 'unit' | 'shortName' | 'denominatorDefinition'>;
  year: number;
  territories: readonly TerritoryNode[];
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

/** Every município for one year: sortable by each column, searchable by name, downloadable as shown. */
export function MunicipalityTable({ indicator, year, territories }: MunicipalityTableProps) {
  const figures = useIndicatorFigures(indicator.code, 'municipality', year);
  const [searchParams] = useSearchParams();
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<SortState>({ key: 'name', direction: 'asc' });
  const [page, setPage] = useState(1);
  const allRows = useMemo(
    () => (figures.data ? toMunicipalityRows(figures.data, territories) : []),
    [figures.data, territories],
  );
  const rows = useMemo(() => filterAndSortRows(allRows, search, sort), [allRows, search, sort]);
  const regionNames = useMemo(() => new Map(allRows.map((row) => [row.code, row.regionName])), [allRows]);
  const usual = useMemo(() => usualThrough(allRows), [allRows]);
  const hasOwnMonths = allRows.some((row) => row.partialThrough !== null && row.partialThrough !== usual);
  // The rows as shown (filtered, sorted); built when they change, with one lookup per row.
  const csvTable = useMemo(() => {
    const byCode = new Map((figures.data ?? []).map((figure) => [figure.territoryCode, figure]));
    return figureTable(
      rows.flatMap((row) => {
        const figure = byCode.get(row.code);
        return figure ? [figure] : [];
      }),
      {
        sheetName: `Indicador ${indicator.code}`,
        unit: indicator.unit,
        kind: indicator.kind,
        territoryHeader: 'Município',
        extra: [
          {
            header: 'Região de saúde',
            type: 'text',
            valueOf: (figure) => regionNames.get(figure.territoryCode) ?? '',
          },
        ],
      },
    );
  }, [figures.data, rows, regionNames, indicator.unit, indicator.kind, indicator.code]);

  function searchFor(text: string) {
    setSearch(text);
    setPage(1);
  }

  function toggleSort(key: SortKey) {
    setPage(1);
    setSort((current) =>
      current.key === key
        ? { key, direction: current.direction === 'asc' ? 'desc' : 'asc' }
        : { key, direction: key === 'name' || key === 'regionName' ? 'asc' : 'desc' },
    );
  }

  const hasDenominator = indicator.denominatorDefinition !== null;
  const columns = hasDenominator ? COLUMNS : COLUMNS.filter((column) => column.key !== 'denominator');

  return (
    <Card
      title={`Municípios — ${year}`}
      actions={
        figures.data && (
          <>
            <DownloadCsvButton
              fileName={`indicador-${indicator.code}-municipios-${year}${search ? '-filtrado' : ''}.csv`}
              table={csvTable}
            />
            <DownloadXlsxLink href={figuresXlsxPath(indicator.code, 'municipality', year)} />
          </>
        )
      }
    >
      {figures.isError ? (
        <ErrorMessage title="Não foi possível carregar os municípios" message={errorMessage(figures.error)} />
      ) : figures.isPending ? (
        <Loading what="os municípios" />
      ) : (
        <>
          <SearchToolbar value={search} onChange={searchFor} shown={rows.length} total={allRows.length} />
          {hasOwnMonths && usual && (
            <p className="note">
              Cada município conta o ano até o último mês que enviou: a maioria até {formatPeriod(usual)}; os
              demais dizem até quando.
            </p>
          )}
          <div className="municipality-table">
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
                {rows.length === 0 && (
                  <tr>
                    <td colSpan={columns.length}>Nenhum município encontrado para “{search}”.</td>
                  </tr>
                )}
                {rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map((row) => (
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
                        usual={usual}
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
          {rows.length > PAGE_SIZE && (
            <Pagination
              label="Páginas dos municípios"
              page={page}
              total={rows.length}
              pageSize={PAGE_SIZE}
              noun={{ one: 'município', many: 'municípios' }}
              onPage={setPage}
            />
          )}
        </>
      )}
    </Card>
  );
}

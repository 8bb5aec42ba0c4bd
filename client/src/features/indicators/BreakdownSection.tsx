import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { usualThrough } from '../../../../shared/domain/completeness.ts';
import { figureTable } from '../../../../shared/figure-table.ts';
import { type Noun, pageOf, TABLE_PAGE_SIZE } from '../../../../shared/pagination.ts';
import type { TIndicator } from '../../../../shared/schemas/indicator.ts';
import { BAR_ROW_HEIGHT, BreakdownBarChart } from '../../components/charts/BreakdownBarChart.tsx';
import { ChartContainer } from '../../components/charts/ChartContainer.tsx';
import { Card } from '../../components/ui/Card.tsx';
import { DownloadCsvButton } from '../../components/ui/DownloadCsvButton.tsx';
import { DownloadXlsxLink } from '../../components/ui/DownloadXlsxLink.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Loading } from '../../components/ui/Loading.tsx';
import { Pagination } from '../../components/ui/Pagination.tsx';
import { StatusBadge } from '../../components/ui/StatusBadge.tsx';
import { Table } from '../../components/ui/Table.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { figuresXlsxPath, territoryPath, YEAR_PARAM } from '../../lib/url.ts';
import { sharedTarget, sortByName, toBreakdownBars } from './breakdown-rows.ts';
import {
  completenessFraction,
  formatValue,
  formatValueWithUnit,
  headingWithUnit,
  isIncomplete,
  yearWindowNote,
} from './figure-format.ts';
import { RowWindow } from './RowWindow.tsx';
import { useIndicatorFigures } from './use-indicator.ts';

type BreakdownLevel = 'macro' | 'region';

const LEVEL_TEXT: Record<
  BreakdownLevel,
  { title: string; column: string; csv: string; testId: string; noun: Noun }
> = {
  macro: {
    title: 'Por macrorregião de saúde',
    column: 'Macrorregião',
    noun: { one: 'macrorregião', many: 'macrorregiões' },
    csv: 'macrorregiao',
    testId: 'macro-breakdown',
  },
  region: {
    title: 'Por região de saúde',
    column: 'Região de saúde',
    noun: { one: 'região', many: 'regiões' },
    csv: 'regiao_de_saude',
    testId: 'region-breakdown',
  },
};

const REPORTING_TITLES: Record<TIndicator['dataLevel'], string> = {
  municipality: 'Municípios que enviaram todos os períodos esperados / municípios do território',
  macro: 'Macrorregiões que enviaram todos os períodos esperados / macrorregiões do território',
  state: 'Registro estadual',
};

type BreakdownSectionProps = {
  indicator: Pick<TIndicator, 'code' | 'kind' | 'unit' | 'shortName' | 'dataLevel'>;
  level: BreakdownLevel;
  year: number;
};

/** One year's figures per macro or região: bars against the target, and the same numbers in a table. */
export function BreakdownSection({ indicator, level, year }: BreakdownSectionProps) {
  const figures = useIndicatorFigures(indicator.code, level, year);
  const [searchParams] = useSearchParams();
  const text = LEVEL_TEXT[level];
  const format = (value: number | null) => formatValue(value, indicator.kind);
  const formatTarget = (value: number | null) => formatValueWithUnit(value, indicator.kind, indicator.unit);
  const rows = figures.data ? sortByName(figures.data) : [];
  const target = sharedTarget(rows);
  const targetScope = rows[0]?.targetScope;
  const yearNotes = yearWindowNote(rows);
  const usual = usualThrough(rows);
  // A page of bars and rows at a time: Mato Grosso's 16 regiões fit in one; a national base's 450
  // drawn at once made the page several times slower to show. Notes and target cover every row.
  const [page, setPage] = useState(1);
  const { rows: shown, page: shownPage } = pageOf(rows, page);

  return (
    <Card
      title={`${text.title} — ${year}`}
      data-testid={text.testId}
      actions={
        figures.data && (
          <>
            <DownloadCsvButton
              fileName={`indicador-${indicator.code}-${text.csv}-${year}.csv`}
              table={figureTable(rows, {
                sheetName: `Indicador ${indicator.code}`,
                unit: indicator.unit,
                kind: indicator.kind,
                territoryHeader: text.column,
              })}
            />
            <DownloadXlsxLink href={figuresXlsxPath(indicator.code, level, year)} />
          </>
        )
      }
    >
      {figures.isError ? (
        <ErrorMessage title="Não foi possível carregar os valores" message={errorMessage(figures.error)} />
      ) : figures.isPending ? (
        <Loading what="os valores" />
      ) : (
        <>
          <div className="breakdown">
            <ChartContainer
              title={`${indicator.shortName} (${indicator.unit})`}
              summary={`Gráfico de barras horizontais com o valor de cada ${text.column.toLowerCase()} em ${year}${target === null ? '' : ` e a meta ${formatTarget(target)} como linha de referência`}.`}
              height={shown.length * BAR_ROW_HEIGHT + 60}
              footnote={[
                yearNotes && `${year}: ${yearNotes}.`,
                target !== null &&
                  targetScope === 'state' &&
                  `Linha tracejada: meta estadual ${formatTarget(target)}.`,
                'Cor da barra: situação (ver tabela).',
              ]
                .filter(Boolean)
                .join(' ')}
            >
              <BreakdownBarChart
                bars={toBreakdownBars(shown)}
                target={target}
                targetLabel={`Meta ${formatTarget(target)}`}
                formatValue={format}
                isInteger={indicator.kind === 'count'}
              />
            </ChartContainer>
            <Table
              caption={`${indicator.shortName} por ${text.column.toLowerCase()} em ${year}`}
              isCaptionHidden
            >
              <thead>
                <tr>
                  <th scope="col">{text.column}</th>
                  <th scope="col" className="numeric">
                    {headingWithUnit('Valor', indicator.unit)}
                  </th>
                  <th scope="col" className="numeric">
                    {headingWithUnit('Meta', indicator.unit)}
                  </th>
                  <th scope="col">Situação</th>
                  <th scope="col" className="numeric">
                    <abbr title={REPORTING_TITLES[indicator.dataLevel]}>Informando</abbr>
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.map((figure) => (
                  <tr key={figure.territoryCode}>
                    <th scope="row">
                      <Link
                        to={territoryPath(figure.territoryCode, {
                          [YEAR_PARAM]: searchParams.get(YEAR_PARAM),
                        })}
                      >
                        {figure.territoryShortName ?? figure.territoryName}
                      </Link>
                    </th>
                    <td className="numeric">
                      {format(figure.value)}
                      <RowWindow figure={figure} usual={usual} />
                    </td>
                    <td className="numeric">{format(figure.target)}</td>
                    <td>
                      <StatusBadge status={figure.status} />
                    </td>
                    <td
                      className={
                        isIncomplete(figure)
                          ? 'numeric completeness completeness--incomplete'
                          : 'numeric completeness'
                      }
                    >
                      {completenessFraction(figure)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </div>
          {rows.length > TABLE_PAGE_SIZE && (
            <Pagination
              label={`Páginas: ${text.title.toLowerCase()}`}
              page={shownPage}
              total={rows.length}
              pageSize={TABLE_PAGE_SIZE}
              noun={text.noun}
              onPage={setPage}
            />
          )}
        </>
      )}
    </Card>
  );
}

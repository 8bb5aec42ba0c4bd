import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { Noun } from '../../../../shared/pagination.ts';
import type { TIndicator } from '../../../../shared/schemas/indicator.ts';
import { BAR_ROW_HEIGHT, BreakdownBarChart } from '../../components/charts/BreakdownBarChart.tsx';
import { ChartContainer } from '../../components/charts/ChartContainer.tsx';
import { Card } from '../../components/ui/Card.tsx';
import { DownloadLink, DownloadXlsxLink } from '../../components/ui/DownloadXlsxLink.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Loading } from '../../components/ui/Loading.tsx';
import { Pagination } from '../../components/ui/Pagination.tsx';
import { StatusBadge } from '../../components/ui/StatusBadge.tsx';
import { Table } from '../../components/ui/Table.tsx';
import { errorMessage } from '../../lib/errors.ts';
import type { IndicatorBreakdown } from '../../lib/trpc.ts';
import { figuresFilePath, territoryPath, YEAR_PARAM } from '../../lib/url.ts';
import { toBreakdownBars } from './breakdown-rows.ts';
import {
  completenessFraction,
  formatValue,
  formatValueWithUnit,
  headingWithUnit,
  isIncomplete,
  windowNote,
} from './figure-format.ts';
import { RowWindow } from './RowWindow.tsx';
import { useIndicatorBreakdown } from './use-indicator.ts';

type BreakdownLevel = 'macro' | 'region';

const LEVEL_TEXT: Record<BreakdownLevel, { title: string; column: string; testId: string; noun: Noun }> = {
  macro: {
    title: 'Por macrorregião de saúde',
    column: 'Macrorregião',
    noun: { one: 'macrorregião', many: 'macrorregiões' },
    testId: 'macro-breakdown',
  },
  region: {
    title: 'Por região de saúde',
    column: 'Região de saúde',
    noun: { one: 'região', many: 'regiões' },
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

/**
 * One year's figures per macro or região: bars against the target, and the same numbers in a table.
 * A page of bars and rows at a time, read from the server: Mato Grosso's 16 regiões fit in one; a
 * national base's 450 made the page several times heavier and slower to show. The notes and the
 * target line cover every row; the files hold every row.
 */
export function BreakdownSection({ indicator, level, year }: BreakdownSectionProps) {
  const [page, setPage] = useState(1);
  const breakdown = useIndicatorBreakdown(indicator.code, level, year, page);
  const text = LEVEL_TEXT[level];

  return (
    <Card
      title={`${text.title} — ${year}`}
      data-testid={text.testId}
      actions={
        <>
          <DownloadLink href={figuresFilePath(indicator.code, level, year, 'csv')} label="Baixar CSV" />
          <DownloadXlsxLink href={figuresFilePath(indicator.code, level, year, 'xlsx')} />
        </>
      }
    >
      {breakdown.isError ? (
        <ErrorMessage title="Não foi possível carregar os valores" message={errorMessage(breakdown.error)} />
      ) : breakdown.isPending ? (
        <Loading what="os valores" />
      ) : (
        <BreakdownBody
          breakdown={breakdown.data}
          indicator={indicator}
          level={level}
          year={year}
          onPage={setPage}
        />
      )}
    </Card>
  );
}

type BreakdownBodyProps = BreakdownSectionProps & {
  breakdown: IndicatorBreakdown;
  onPage: (page: number) => void;
};

function BreakdownBody({ breakdown, indicator, level, year, onPage }: BreakdownBodyProps) {
  const [searchParams] = useSearchParams();
  const text = LEVEL_TEXT[level];
  const format = (value: number | null) => formatValue(value, indicator.kind);
  const formatTarget = (value: number | null) => formatValueWithUnit(value, indicator.kind, indicator.unit);
  const { rows: shown, target, targetScope, window } = breakdown;
  const yearNotes = windowNote(window);
  return (
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
        <Table caption={`${indicator.shortName} por ${text.column.toLowerCase()} em ${year}`} isCaptionHidden>
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
                  <RowWindow figure={figure} usual={window.usual} />
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
      {breakdown.total > breakdown.pageSize && (
        <Pagination
          label={`Páginas: ${text.title.toLowerCase()}`}
          page={breakdown.page}
          total={breakdown.total}
          pageSize={breakdown.pageSize}
          noun={text.noun}
          onPage={onPage}
        />
      )}
    </>
  );
}

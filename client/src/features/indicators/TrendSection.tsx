import { useId } from 'react';
import { FIRST_YEAR, LAST_YEAR, PANEL_YEARS_TEXT } from '../../../../shared/domain/period.ts';
import { STATE_CODE } from '../../../../shared/domain/territory.ts';
import { ChartContainer, LegendItem } from '../../components/charts/ChartContainer.tsx';
import { SERIES } from '../../components/charts/chart-theme.ts';
import { TargetVsActualChart } from '../../components/charts/TargetVsActualChart.tsx';
import { Card } from '../../components/ui/Card.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Loading } from '../../components/ui/Loading.tsx';
import { StatusBadge } from '../../components/ui/StatusBadge.tsx';
import { Table } from '../../components/ui/Table.tsx';
import { errorMessage } from '../../lib/errors.ts';
import type { IndicatorSheetData } from '../../lib/trpc.ts';
import { TerritoryOptions } from '../territories/TerritoryOptions.tsx';
import { useTerritoryTreeOnceHydrated } from '../territories/use-territories.ts';
import { formatValue, headingWithUnit } from './figure-format.ts';
import { toTrendPoints, trendFootnote } from './trend-points.ts';
import { useIndicatorSeries } from './use-indicator.ts';

type TrendSectionProps = {
  sheet: IndicatorSheetData;
  territoryCode: string | null;
  onTerritoryChange: (code: string | null) => void;
};

/** Actual vs target over the panel's years for the state or the territory chosen in `?territorio=`. */
export function TrendSection({ sheet, territoryCode, onTerritoryChange }: TrendSectionProps) {
  const { indicator } = sheet;
  const series = useIndicatorSeries(indicator.code, territoryCode);
  // Every territory only for the selector's options; until the page is the browser's, the selector
  // holds the territory shown.
  const territories = useTerritoryTreeOnceHydrated().data ?? [];
  const selectId = useId();
  const format = (value: number | null) => formatValue(value, indicator.kind);
  // The selector offers the levels this indicator has (macro/região); a município from a link is kept.
  const selectable = territories.filter(
    (node) =>
      (node.level !== 'municipality' && sheet.availableLevels.includes(node.level)) ||
      node.code === territoryCode,
  );
  const selectedName = series.data?.[0]?.territoryName ?? territoryCode ?? 'Mato Grosso';
  const points = series.data ? toTrendPoints(series.data) : [];
  const baseline =
    indicator.baselineValue !== null && (territoryCode === null || territoryCode === STATE_CODE)
      ? { value: indicator.baselineValue, year: indicator.baselineYear }
      : null;

  return (
    <Card
      title={`Valores e metas, ${FIRST_YEAR}–${LAST_YEAR}`}
      actions={
        <div className="inline-field">
          <label htmlFor={selectId}>Território do gráfico</label>
          <select
            id={selectId}
            value={territoryCode ?? STATE_CODE}
            onChange={(event) =>
              onTerritoryChange(event.target.value === STATE_CODE ? null : event.target.value)
            }
          >
            {selectable.length === 0 && <option value={territoryCode ?? STATE_CODE}>{selectedName}</option>}
            <TerritoryOptions territories={selectable} />
          </select>
        </div>
      }
    >
      {series.isError ? (
        <ErrorMessage title="Não foi possível carregar a série" message={errorMessage(series.error)} />
      ) : series.isPending ? (
        <Loading what="a série" />
      ) : (
        <>
          <ChartContainer
            data-testid="target-vs-actual-chart"
            title={`${indicator.shortName} — ${selectedName} (${indicator.unit})`}
            summary={`Gráfico de barras com o valor de cada ano de ${PANEL_YEARS_TEXT} e linha em degraus com a meta anual, para ${selectedName}.`}
            height={320}
            legend={
              <>
                <LegendItem color={SERIES.actual.color} shape="bar">
                  Valor do ano
                </LegendItem>
                <LegendItem color={SERIES.actualPartial.color} shape="bar">
                  Ano parcial ou provisório (*)
                </LegendItem>
                <LegendItem color={SERIES.target.color} shape="line">
                  Meta do plano
                </LegendItem>
                {baseline && (
                  <LegendItem color={SERIES.baseline.color} shape="dash">
                    Linha de base
                  </LegendItem>
                )}
              </>
            }
            footnote={
              [
                trendFootnote(points),
                territoryCode && territoryCode !== STATE_CODE && indicator.kind === 'rate'
                  ? 'Territórios são comparados com a meta estadual.'
                  : null,
                indicator.baselineNote && baseline ? `Linha de base: ${indicator.baselineNote}` : null,
              ]
                .filter(Boolean)
                .join(' ') || null
            }
          >
            <TargetVsActualChart
              points={points}
              baseline={baseline}
              formatValue={format}
              isInteger={indicator.kind === 'count'}
            />
          </ChartContainer>
          <details className="chart-data">
            <summary>Ver os valores em tabela</summary>
            <Table caption={`${indicator.shortName} — ${selectedName}, por ano`} isCaptionHidden>
              <thead>
                <tr>
                  <th scope="col">Ano</th>
                  <th scope="col" className="numeric">
                    {headingWithUnit('Valor', indicator.unit)}
                  </th>
                  <th scope="col" className="numeric">
                    {headingWithUnit('Meta', indicator.unit)}
                  </th>
                  <th scope="col">Situação</th>
                  <th scope="col">Observação</th>
                </tr>
              </thead>
              <tbody>
                {points.map((point) => (
                  <tr key={point.year}>
                    <th scope="row">{point.year}</th>
                    <td className="numeric">{format(point.value)}</td>
                    <td className="numeric">{format(point.target)}</td>
                    <td>
                      <StatusBadge status={point.status} />
                    </td>
                    <td>{point.notes.join(', ') || '—'}</td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </details>
        </>
      )}
    </Card>
  );
}

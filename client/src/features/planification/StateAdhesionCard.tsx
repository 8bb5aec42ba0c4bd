import { formatNumber } from '../../../../shared/format.ts';
import { ChartContainer, LegendItem } from '../../components/charts/ChartContainer.tsx';
import { SERIES } from '../../components/charts/chart-theme.ts';
import { TargetVsActualChart, type TrendPoint } from '../../components/charts/TargetVsActualChart.tsx';
import { Card } from '../../components/ui/Card.tsx';
import { StatusBadge } from '../../components/ui/StatusBadge.tsx';
import { Table } from '../../components/ui/Table.tsx';
import { TableHead } from '../../components/ui/TableHead.tsx';
import { inProgressNote, type StateTargetRow, stateTargetRows } from './planification-format.ts';
import type { PlanificationView } from './use-planification.ts';

const formatCount = (value: number | null) => formatNumber(value, 0);

function chartPoints(rows: readonly StateTargetRow[], today: string): TrendPoint[] {
  return rows.map((row) => ({
    year: row.year,
    label: row.isInProgress ? `${row.year}*` : String(row.year),
    value: row.adhering,
    target: row.target,
    status: row.status,
    notes: row.isInProgress ? [inProgressNote(today)] : [],
    isTentative: row.isInProgress,
  }));
}

/** Mato Grosso's cumulative adhesions at the end of each year against the plan's 54 → 76 → 112 → 142. */
export function StateAdhesionCard({ view }: { view: PlanificationView }) {
  const rows = stateTargetRows(view.stateTargets, view.today);
  const points = chartPoints(rows, view.today);
  const targets = rows.flatMap((row) => (row.target === null ? [] : [formatCount(row.target)]));
  const inProgress = rows.find((row) => row.isInProgress);

  return (
    <Card
      title="Municípios em adesão em Mato Grosso"
      className="planif-state"
      data-testid="planif-state-card"
    >
      <div className="planif-state__body">
        <ChartContainer
          title="Municípios em adesão (acumulado) e meta do plano, 2024–2027"
          summary={`Gráfico de barras com os municípios em adesão no fim de cada ano de 2024 a 2027 e linha em degraus com as metas do plano (${targets.join(', ')}).`}
          height={260}
          legend={
            <>
              <LegendItem color={SERIES.actual.color} shape="bar">
                Municípios em adesão no fim do ano
              </LegendItem>
              <LegendItem color={SERIES.actualPartial.color} shape="bar">
                Ano em curso (*)
              </LegendItem>
              <LegendItem color={SERIES.target.color} shape="line">
                Meta do plano
              </LegendItem>
            </>
          }
          footnote={inProgress ? `* ${inProgress.year}: ${inProgressNote(view.today)}.` : null}
        >
          <TargetVsActualChart points={points} baseline={null} formatValue={formatCount} isInteger />
        </ChartContainer>
        <Table caption="Municípios em adesão no fim de cada ano, contra a meta acumulada do plano">
          <TableHead
            columns={[
              'Ano',
              { label: 'Meta', className: 'numeric' },
              { label: 'Em adesão', className: 'numeric' },
              { label: 'Faltam', className: 'numeric' },
              'Situação',
            ]}
          />
          <tbody>
            {rows.map((row) => (
              <tr key={row.year}>
                <th scope="row">{row.year}</th>
                <td className="numeric">
                  {formatCount(row.target)}
                  {row.targetLabel && <span className="secondary-text">{row.targetLabel}</span>}
                </td>
                <td className="numeric">
                  {row.hasStarted ? formatCount(row.adhering) : '—'}
                  {row.isInProgress && <span className="secondary-text">{inProgressNote(view.today)}</span>}
                </td>
                <td className="numeric">{row.hasStarted ? formatCount(row.missing) : '—'}</td>
                <td>
                  {row.hasStarted ? (
                    <StatusBadge status={row.status} />
                  ) : (
                    <span className="secondary-text">ano não iniciado</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      </div>
      <p className="note">
        Contam os municípios com termo de adesão vigente no último dia de cada ano (no ano em curso, hoje);
        quem saiu da planificação deixa de contar a partir da data de saída.
      </p>
    </Card>
  );
}

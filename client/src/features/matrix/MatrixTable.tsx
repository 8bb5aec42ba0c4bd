import type { KeyboardEvent } from 'react';
import { Link } from 'react-router';
import { STATUS_LABELS } from '../../../../shared/domain/status.ts';
import { formatPeriod } from '../../../../shared/format.ts';
import { STATUS_ICONS } from '../../components/ui/StatusBadge.tsx';
import { Table } from '../../components/ui/Table.tsx';
import type { Figure } from '../../lib/trpc.ts';
import { indicatorPath, TERRITORY_PARAM, YEAR_PARAM } from '../../lib/url.ts';
import { formatValue, formatValueWithUnit } from '../indicators/figure-format.ts';
import { objectiveNumberLabel } from '../scorecard/objective-heading.ts';
import { drillPath, type MatrixScope } from './matrix-scope.ts';
import { type Matrix, type MatrixColumn, type MatrixRow, offTargetCounts } from './matrix-shape.ts';

type MatrixTableProps = {
  matrix: Matrix<Figure, { code: string; name: string; perspective: string }>;
  scope: MatrixScope;
  year: number;
  /** "macrorregiões", "regiões de saúde", "municípios". */
  columnsWord: string;
};

/** The cell under the keyboard focus moves with the arrow keys, as in a spreadsheet. */
function moveFocus(event: KeyboardEvent<HTMLDivElement>) {
  const steps: Record<string, [number, number]> = {
    ArrowUp: [-1, 0],
    ArrowDown: [1, 0],
    ArrowLeft: [0, -1],
    ArrowRight: [0, 1],
  };
  const step = steps[event.key];
  const from = (event.target as HTMLElement).closest<HTMLElement>('[data-cell]')?.dataset.cell;
  if (!step || !from) return;
  const [row, column] = from.split(':').map(Number) as [number, number];
  const next = event.currentTarget.querySelector<HTMLElement>(
    `[data-cell="${row + step[0]}:${column + step[1]}"]`,
  );
  if (!next) return;
  event.preventDefault();
  next.focus();
}

function Cell({
  figure,
  row,
  territory,
  year,
  position,
}: {
  figure: Figure | null;
  row: MatrixRow<Figure>;
  territory: MatrixColumn | null;
  year: number;
  position: string;
}) {
  if (!figure)
    return (
      <td className="matrix-cell matrix-cell--none">
        <span title="Indicador registrado só para o estado" data-cell={position} tabIndex={-1}>
          —
        </span>
      </td>
    );
  const where = territory?.name ?? 'Mato Grosso';
  const partial =
    figure.isPartial && figure.partialThrough ? ` (parcial até ${formatPeriod(figure.partialThrough)})` : '';
  const label = `${row.shortName}, ${where}: ${formatValueWithUnit(figure.value, row.kind, row.unit)}, ${STATUS_LABELS[figure.status]}${partial}`;
  return (
    <td className={`matrix-cell matrix-cell--${figure.status}`}>
      <Link
        to={indicatorPath(row.code, { [YEAR_PARAM]: year, [TERRITORY_PARAM]: territory?.code })}
        aria-label={label}
        title={label}
        data-cell={position}
      >
        <span className="matrix-cell__icon" aria-hidden="true">
          {STATUS_ICONS[figure.status]}
        </span>
        <span aria-hidden="true">
          {formatValue(figure.value, row.kind)}
          {partial && <sup className="matrix-cell__mark">*</sup>}
        </span>
      </Link>
    </td>
  );
}

/**
 * Indicators (rows, by objective) × territories (columns), the state first for reference; each cell
 * the value with the status's colour and symbol, and opens the indicator for that territory.
 */
export function MatrixTable({ matrix, scope, year, columnsWord }: MatrixTableProps) {
  const offTarget = offTargetCounts(matrix);
  const columnCount = matrix.columns.length + 2;
  let rowIndex = -1;
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the arrow keys move between the cells' links
    <div className="matrix-grid" onKeyDown={moveFocus}>
      <Table caption={`Indicadores do plano em ${year}: Mato Grosso e ${columnsWord}`} className="matrix">
        <thead>
          <tr>
            <th scope="col">Indicador</th>
            <th scope="col" className="matrix__state">
              Mato Grosso
            </th>
            {matrix.columns.map((column, index) => {
              const drill = drillPath(scope, column.code, { [YEAR_PARAM]: year });
              const count = offTarget[index] ?? 0;
              return (
                <th key={column.code} scope="col">
                  {drill ? (
                    <Link
                      to={drill}
                      title={`Abrir ${column.name} por ${scope.level === 'macro' ? 'região' : 'município'}`}
                    >
                      {column.name}
                    </Link>
                  ) : (
                    column.name
                  )}
                  <span className="matrix__off-target" title="Indicadores fora da meta ou em risco">
                    {count === 0 ? 'todos na meta' : `${count} fora/em risco`}
                  </span>
                </th>
              );
            })}
          </tr>
        </thead>
        {matrix.groups.map((group) => {
          const number = objectiveNumberLabel(group.objective.code);
          return (
            <tbody key={group.objective.code}>
              <tr className="group-row">
                <th scope="rowgroup" colSpan={columnCount}>
                  <span className="group-row__perspective">
                    {group.objective.perspective}
                    {number && ` · ${number}`}
                  </span>
                  <span className="group-row__name">{group.objective.name}</span>
                </th>
              </tr>
              {group.rows.map((row) => {
                rowIndex += 1;
                return (
                  <tr key={row.code}>
                    <th scope="row" className="matrix__indicator">
                      <Link to={indicatorPath(row.code, { [YEAR_PARAM]: year })}>{row.shortName}</Link>
                      <span className="indicator-code">{row.code}</span>
                    </th>
                    <Cell
                      figure={row.state}
                      row={row}
                      territory={null}
                      year={year}
                      position={`${rowIndex}:0`}
                    />
                    {row.cells.map((figure, index) => (
                      <Cell
                        key={matrix.columns[index]?.code}
                        figure={figure}
                        row={row}
                        territory={matrix.columns[index] ?? null}
                        year={year}
                        position={`${rowIndex}:${index + 1}`}
                      />
                    ))}
                  </tr>
                );
              })}
            </tbody>
          );
        })}
      </Table>
    </div>
  );
}

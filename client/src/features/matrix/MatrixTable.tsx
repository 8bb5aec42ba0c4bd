import { type KeyboardEvent, useState } from 'react';
import { Link } from 'react-router';
import { STATUS_LABELS } from '../../../../shared/domain/status.ts';
import { formatPeriod } from '../../../../shared/format.ts';
import { STATUS_ICONS } from '../../components/ui/StatusBadge.tsx';
import { Table } from '../../components/ui/Table.tsx';
import type { Figure } from '../../lib/trpc.ts';
import { indicatorPath, TERRITORY_PARAM, YEAR_PARAM } from '../../lib/url.ts';
import { formatValue, formatValueWithUnit } from '../indicators/figure-format.ts';
import { ObjectiveGroupRow } from '../scorecard/ObjectiveGroupRow.tsx';
import { drillPath, type MatrixScope } from './matrix-scope.ts';
import {
  columnSummaries,
  columnSummaryText,
  type Matrix,
  type MatrixColumn,
  type MatrixRow,
} from './matrix-shape.ts';

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

/** One tab stop for the whole grid (the cell last visited); the arrow keys do the rest. */
type Roving = { active: string; onFocus: (position: string) => void };

function Cell({
  figure,
  row,
  territory,
  year,
  position,
  roving,
}: {
  figure: Figure | null;
  row: MatrixRow<Figure>;
  territory: MatrixColumn | null;
  year: number;
  position: string;
  roving: Roving;
}) {
  const focus = {
    'data-cell': position,
    tabIndex: roving.active === position ? 0 : -1,
    onFocus: () => roving.onFocus(position),
  };
  if (!figure)
    return (
      <td className="matrix-cell matrix-cell--none">
        <span title="Indicador registrado só para o estado" {...focus}>
          só estado
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
        {...focus}
      >
        <span className="matrix-cell__icon" aria-hidden="true">
          {STATUS_ICONS[figure.status]}
        </span>
        {figure.value !== null && (
          <span aria-hidden="true">
            {formatValue(figure.value, row.kind)}
            {partial && <sup className="matrix-cell__mark">*</sup>}
          </span>
        )}
      </Link>
    </td>
  );
}

/**
 * Indicators (rows, by objective) × territories (columns), the state first for reference; each cell
 * the value with the status's colour and symbol, and opens the indicator for that territory.
 */
export function MatrixTable({ matrix, scope, year, columnsWord }: MatrixTableProps) {
  const summaries = columnSummaries(matrix);
  const [active, setActive] = useState('0:0');
  const roving: Roving = { active, onFocus: setActive };
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
              const summary = summaries[index];
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
                  {summary && (
                    <span
                      className="matrix__off-target"
                      title="Indicadores fora da meta ou em risco, entre os que têm valor e meta"
                    >
                      {columnSummaryText(summary)}
                    </span>
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        {matrix.groups.map((group) => {
          return (
            <tbody key={group.objective.code}>
              <ObjectiveGroupRow objective={group.objective} colSpan={columnCount} />
              {group.rows.map((row) => {
                rowIndex += 1;
                return (
                  <tr key={row.code}>
                    <th scope="row" className="matrix__indicator">
                      <Link to={indicatorPath(row.code, { [YEAR_PARAM]: year })}>{row.shortName}</Link>
                      <span className="indicator-code">{row.code}</span>
                      <span className="matrix__unit">{row.unit}</span>
                    </th>
                    <Cell
                      figure={row.state}
                      row={row}
                      territory={null}
                      year={year}
                      position={`${rowIndex}:0`}
                      roving={roving}
                    />
                    {row.cells.map((figure, index) => (
                      <Cell
                        key={matrix.columns[index]?.code}
                        figure={figure}
                        row={row}
                        territory={matrix.columns[index] ?? null}
                        year={year}
                        position={`${rowIndex}:${index + 1}`}
                        roving={roving}
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

import { Link } from 'react-router';
import type { DataLevel } from '../../../../shared/domain/indicator.ts';
import { FIRST_YEAR, LAST_YEAR } from '../../../../shared/domain/period.ts';
import { formatPeriod } from '../../../../shared/format.ts';
import { Sparkline } from '../../components/charts/Sparkline.tsx';
import { StatusBadge } from '../../components/ui/StatusBadge.tsx';
import { Table } from '../../components/ui/Table.tsx';
import { Tag } from '../../components/ui/Tag.tsx';
import type { RouterOutputs } from '../../lib/trpc.ts';
import { indicatorPath, YEAR_PARAM } from '../../lib/url.ts';
import { FigureNotes } from '../indicators/FigureNotes.tsx';
import { FigureValue } from '../indicators/FigureValue.tsx';
import { completenessLabel, isIncomplete, printedTarget } from '../indicators/figure-format.ts';
import { ObjectiveGroupRow } from './ObjectiveGroupRow.tsx';

type Scorecard = RouterOutputs['scorecard']['state'];
type ScorecardRow = Scorecard['groups'][number]['rows'][number];

type ScorecardTableProps = {
  scorecard: Scorecard;
  hasExampleData: boolean;
};

const COLUMN_COUNT = 6;

function Row({
  row,
  year,
  dataLevel,
  hasExampleData,
}: {
  row: ScorecardRow;
  year: number;
  dataLevel: DataLevel;
  hasExampleData: boolean;
}) {
  const { figure } = row;
  const printed = printedTarget(figure);
  return (
    <tr className="scorecard-row" data-indicator={row.code}>
      <th scope="row" className="scorecard-row__name">
        <Link className="row-link" to={indicatorPath(row.code, { [YEAR_PARAM]: year })}>
          {row.shortName}
        </Link>
        <span className="indicator-code">{row.code}</span>
      </th>
      {/* The label shows only on phones, where the row is a card and the column heading is not in view. */}
      <td className="numeric scorecard-row__target" data-label={`Meta ${year}`}>
        <span title={figure.targetLabel ? `Meta do plano para ${year}: ${figure.targetLabel}` : undefined}>
          <FigureValue value={figure.target} kind={row.kind} unit={row.unit} />
        </span>
        {printed && <span className="secondary-text">{printed}</span>}
      </td>
      <td className="numeric scorecard-row__value">
        <FigureValue value={figure.value} kind={row.kind} unit={row.unit} />
        <FigureNotes figure={figure} isRealMarked={hasExampleData} />
        {row.check && row.check.state !== 'checked' && (
          <Tag
            tone="warning"
            title={
              row.check.state === 'changed_after'
                ? `Os dados de ${formatPeriod(row.check.month)} mudaram depois da conferência da coordenadoria.`
                : `A coordenadoria ainda não conferiu os dados de ${formatPeriod(row.check.month)}.`
            }
          >
            {formatPeriod(row.check.month)} não conferido
          </Tag>
        )}
      </td>
      <td className="scorecard-row__status">
        <StatusBadge status={figure.status} />
      </td>
      <td className="scorecard-row__trend">
        <Sparkline points={row.trend} />
      </td>
      <td
        className={`scorecard-row__completeness ${isIncomplete(figure) ? 'completeness completeness--incomplete' : 'completeness'}`}
      >
        {completenessLabel(figure, dataLevel)}
      </td>
    </tr>
  );
}

/** Every indicator of the plan for one year, grouped by strategic objective; a row opens the indicator. */
export function ScorecardTable({ scorecard, hasExampleData }: ScorecardTableProps) {
  return (
    <Table
      caption={`Indicadores do plano em ${scorecard.year}, no estado de Mato Grosso`}
      className="scorecard"
    >
      <thead>
        <tr>
          <th scope="col">Indicador</th>
          <th scope="col" className="numeric">
            Meta {scorecard.year}
          </th>
          <th scope="col" className="numeric">
            Valor
          </th>
          <th scope="col">Situação</th>
          <th scope="col">
            Tendência{' '}
            <span className="secondary-text">
              {FIRST_YEAR}–{LAST_YEAR}
            </span>
          </th>
          <th scope="col">Completude</th>
        </tr>
      </thead>
      {scorecard.groups.map((group) => {
        return (
          <tbody key={group.objective.code}>
            <ObjectiveGroupRow objective={group.objective} colSpan={COLUMN_COUNT} />
            {group.rows.map((row) => (
              <Row
                key={row.code}
                row={row}
                year={scorecard.year}
                dataLevel={row.dataLevel}
                hasExampleData={hasExampleData}
              />
            ))}
          </tbody>
        );
      })}
    </Table>
  );
}

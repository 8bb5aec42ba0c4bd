import { Link } from 'react-router';
import { isUnitComplete } from '../../../../shared/domain/completeness.ts';
import { StatusBadge } from '../../components/ui/StatusBadge.tsx';
import { Table } from '../../components/ui/Table.tsx';
import type { RouterOutputs } from '../../lib/trpc.ts';
import { indicatorPath, TERRITORY_PARAM, YEAR_PARAM } from '../../lib/url.ts';
import { PaceCell } from '../analysis/PaceSummary.tsx';
import { FigureNotes } from '../indicators/FigureNotes.tsx';
import { FigureValue } from '../indicators/FigureValue.tsx';
import {
  completenessLabel,
  completenessText,
  formatValue,
  isIncomplete,
  printedTarget,
  targetScopeNote,
} from '../indicators/figure-format.ts';
import { ObjectiveGroupRow } from '../scorecard/ObjectiveGroupRow.tsx';
import { compareWithState } from './compare-with-state.ts';

type TerritoryView = RouterOutputs['territory']['view'];

/**
 * Every indicator of a territory for one year — its value, its target, its status and the state's
 * value —, grouped by objective in the Painel's order (the server's).
 */
export function TerritoryIndicatorTable({
  view,
  year,
  hasExampleData,
}: {
  view: TerritoryView;
  year: number;
  hasExampleData: boolean;
}) {
  const isState = view.territory.level === 'state';
  const isMunicipality = view.territory.level === 'municipality';
  // Only the year in progress has a pace.
  const hasPace = view.groups.some((group) => group.rows.some((row) => row.figure?.pace));
  // Indicador, valor, meta, situação, completude; MT and the pace when shown.
  const columnCount = 5 + (isState ? 0 : 1) + (hasPace ? 1 : 0);
  return (
    <Table caption={`Indicadores de ${view.territory.name} em ${year}`}>
      <thead>
        <tr>
          <th scope="col">Indicador</th>
          <th scope="col" className="numeric">
            Valor
          </th>
          <th scope="col" className="numeric">
            Meta {year}
          </th>
          <th scope="col">Situação</th>
          {!isState && (
            <th scope="col" className="numeric">
              <abbr title="Mato Grosso">MT</abbr>
            </th>
          )}
          {hasPace && <th scope="col">Ritmo necessário</th>}
          <th scope="col">Completude</th>
        </tr>
      </thead>
      {view.groups.map((group) => (
        <tbody key={group.objective.code}>
          <ObjectiveGroupRow objective={group.objective} colSpan={columnCount} />
          {group.rows.map(({ indicator, figure, stateFigure }) => {
            // The server types each row's figure as possibly missing; a row without one has nothing to show.
            if (!figure) return null;
            const scopeNote = targetScopeNote(figure);
            const printed = printedTarget(figure);
            const comparison = compareWithState(figure.value, stateFigure?.value ?? null, indicator);
            return (
              <tr key={indicator.code} data-indicator={indicator.code}>
                <th scope="row">
                  <Link
                    to={indicatorPath(indicator.code, {
                      [YEAR_PARAM]: year,
                      [TERRITORY_PARAM]: isState ? null : view.territory.code,
                    })}
                  >
                    {indicator.shortName}
                  </Link>
                  <span className="indicator-code">{indicator.code}</span>
                </th>
                <td className="numeric">
                  <FigureValue value={figure.value} kind={indicator.kind} unit={indicator.unit} />
                  <FigureNotes figure={figure} isRealMarked={hasExampleData} />
                </td>
                <td className="numeric">
                  <FigureValue value={figure.target} kind={indicator.kind} unit={indicator.unit} />
                  {scopeNote && <span className="secondary-text">{scopeNote}</span>}
                  {printed && <span className="secondary-text">{printed}</span>}
                </td>
                <td>
                  <StatusBadge status={figure.status} />
                  {!isMunicipality &&
                    indicator.kind === 'rate' &&
                    indicator.dataLevel === 'municipality' &&
                    (figure.status === 'not_achieved' || figure.status === 'at_risk') && (
                      <Link
                        className="secondary-text"
                        to={indicatorPath(indicator.code, {
                          [YEAR_PARAM]: year,
                          [TERRITORY_PARAM]: isState ? null : view.territory.code,
                        })}
                      >
                        quem explica a distância?
                      </Link>
                    )}
                </td>
                {!isState && (
                  <td className="numeric">
                    {formatValue(stateFigure?.value ?? null, indicator.kind)}
                    {comparison && <span className="secondary-text">{comparison}</span>}
                  </td>
                )}
                {hasPace && (
                  <td className="pace-cell">
                    {figure.pace ? (
                      <PaceCell pace={figure.pace} indicator={indicator} year={year} value={figure.value} />
                    ) : (
                      '—'
                    )}
                  </td>
                )}
                <td
                  className={isIncomplete(figure) ? 'completeness completeness--incomplete' : 'completeness'}
                >
                  {isMunicipality
                    ? completenessText(isUnitComplete(figure))
                    : completenessLabel(figure, indicator.dataLevel)}
                </td>
              </tr>
            );
          })}
        </tbody>
      ))}
    </Table>
  );
}

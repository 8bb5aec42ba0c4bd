import { Fragment } from 'react';
import { Link } from 'react-router';
import { formatPeriod } from '../../../../shared/format.ts';
import { StatusBadge } from '../../components/ui/StatusBadge.tsx';
import { Table } from '../../components/ui/Table.tsx';
import { TableHead } from '../../components/ui/TableHead.tsx';
import { Tag } from '../../components/ui/Tag.tsx';
import { indicatorPath, YEAR_PARAM } from '../../lib/url.ts';
import { AnalysisText } from '../indicator-analysis/AnalysisText.tsx';
import { analysisPath } from '../indicator-analysis/analysis-path.ts';
import { formatValueWithUnit, printedTarget } from '../indicators/figure-format.ts';
import { hasActionUnderWay, isOffTarget, sortIndicators, statusTrend } from './meeting-pack.ts';
import { ExampleTag } from './tags.tsx';
import type { MeetingPack } from './use-meetings.ts';

/** Indicators off target or whose status changed since the previous meeting; each opens its page. */
export function IndicatorTable({
  pack,
  isFrozen,
  owesAnalyses,
}: {
  pack: MeetingPack;
  isFrozen: boolean;
  /** Off-target indicators without an analysis say so (a meeting being held, or that was). */
  owesAnalyses: boolean;
}) {
  const previous = pack.previousMeeting ? formatPeriod(pack.previousMeeting.month) : null;
  // Snapshots closed before the coordenadorias' check existed have no such list.
  const unchecked = new Set((pack.unchecked ?? []).map((item) => item.code));
  return (
    <Table caption={`Indicadores do estado em ${pack.year}`} isCaptionHidden className="meeting-table">
      <TableHead
        columns={[
          'Indicador',
          { label: 'Valor', className: 'numeric' },
          { label: `Meta ${pack.year}`, className: 'numeric' },
          isFrozen ? 'Situação na reunião' : 'Situação atual',
          previous ? `Na reunião anterior (${previous})` : 'Na reunião anterior',
        ]}
      />
      <tbody>
        {sortIndicators(pack.indicators).map((item) => {
          const trend = statusTrend(item);
          const printed = printedTarget(item);
          const owesAnalysis = owesAnalyses && isOffTarget(item.status);
          return (
            <Fragment key={item.code}>
              <tr>
                <th scope="row">
                  <Link to={indicatorPath(item.code, { [YEAR_PARAM]: pack.year })}>{item.shortName}</Link>
                  <span className="indicator-code">{item.code}</span>
                  {item.isExample && (
                    <>
                      {' '}
                      <ExampleTag />
                    </>
                  )}
                </th>
                <td className="numeric">
                  <span className="figure-value">
                    {formatValueWithUnit(item.value, item.kind, item.unit)}
                  </span>
                  {item.isPartial && item.partialThrough && (
                    <span className="secondary-text">parcial até {formatPeriod(item.partialThrough)}</span>
                  )}
                  {unchecked.has(item.code) && (
                    <Tag
                      tone="warning"
                      title={`A coordenadoria ainda não conferiu os dados de ${formatPeriod(pack.reportMonth)}.`}
                    >
                      {formatPeriod(pack.reportMonth)} não conferido
                    </Tag>
                  )}
                </td>
                <td className="numeric">
                  {formatValueWithUnit(item.target, item.kind, item.unit)}
                  {printed && <span className="secondary-text">como no plano: {printed}</span>}
                </td>
                <td>
                  <StatusBadge status={item.status} />
                  {trend && (
                    <>
                      {' '}
                      <Tag tone={trend === 'piorou' ? 'warning' : 'info'}>{trend}</Tag>
                    </>
                  )}
                  {isOffTarget(item.status) && !hasActionUnderWay(item.linkedActions) && (
                    <>
                      {' '}
                      <Tag
                        tone="warning"
                        title={
                          item.linkedActions.length === 0
                            ? 'Nenhuma ação do plano está ligada a este indicador.'
                            : `Ações ligadas: ${item.linkedActions.map((action) => action.code).join(', ')}; nenhuma em andamento.`
                        }
                      >
                        sem ação em andamento
                      </Tag>
                    </>
                  )}
                </td>
                <td>
                  {item.previousStatus ? (
                    <StatusBadge status={item.previousStatus} />
                  ) : (
                    <span className="secondary-text">
                      {pack.previousMeeting ? 'sem registro' : 'sem reunião anterior'}
                    </span>
                  )}
                </td>
              </tr>
              {(item.analysis || owesAnalysis) && (
                <tr className="analysis-row">
                  <td colSpan={5} className="analysis-row__cell">
                    {item.analysis ? (
                      <AnalysisText analysis={item.analysis} />
                    ) : (
                      <p className="analysis-row__missing">
                        Análise de {formatPeriod(pack.reportMonth)} ainda não escrita pela coordenadoria.{' '}
                        {!isFrozen && (
                          <Link to={analysisPath(item.code, pack.reportMonth)}>Escrever a análise</Link>
                        )}
                      </p>
                    )}
                  </td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </tbody>
    </Table>
  );
}

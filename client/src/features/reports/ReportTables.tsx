import type { ReactNode } from 'react';
import type { Rollup } from '../../../../shared/domain/action-status.ts';
import { type CoordinationNames, coordinationName } from '../../../../shared/domain/coordination-names.ts';
import { formatNumber } from '../../../../shared/format.ts';
import { StatusBadge } from '../../components/ui/StatusBadge.tsx';
import { Table } from '../../components/ui/Table.tsx';
import { TableHead } from '../../components/ui/TableHead.tsx';
import { ActionStatusBadge } from '../actions/ActionStatusBadge.tsx';
import {
  formatIsoDate,
  formatMonth,
  formatPercentDone,
  rollupCounts,
  statusLabel,
} from '../actions/action-labels.ts';
import { formatValueWithUnit } from '../indicators/figure-format.ts';
import { figureYearText } from './semester-report.ts';
import type { ReportIndicator, ReportObjective } from './use-semester-report.ts';

/** `screen`: the page's tables and badges; `print`: the A4 document's plain bordered tables. */
export type ReportVariant = 'screen' | 'print';

/** A column; `width` (a `minutes__col-*` class) fixes it on paper, the others share what is left. */
type ReportColumn = { label: string; className?: string; width?: string };

export function ReportTable({
  variant,
  caption,
  columns,
  children,
}: {
  variant: ReportVariant;
  caption: string;
  columns: readonly ReportColumn[];
  children: ReactNode;
}) {
  const body = (
    <>
      <TableHead
        columns={columns.map(({ label, className }) => (className ? { label, className } : label))}
      />
      <tbody>{children}</tbody>
    </>
  );
  if (variant === 'screen') {
    return (
      <Table caption={caption} isCaptionHidden>
        {body}
      </Table>
    );
  }
  return (
    <table className="minutes__table">
      <caption className="visually-hidden">{caption}</caption>
      <colgroup>
        {columns.map((column) => (
          <col key={column.label} className={column.width} />
        ))}
      </colgroup>
      {body}
    </table>
  );
}

export const numeric = (variant: ReportVariant) => (variant === 'screen' ? 'numeric' : 'minutes__numeric');

/** "(exemplo)" after an item that is demonstration data. */
export function ExampleMark({ isExample }: { isExample: boolean }) {
  return isExample ? <span className="minutes__example-mark"> (exemplo)</span> : null;
}

/** "(provisório)" after a figure made of values the source may still revise. */
export function ProvisionalMark({ isProvisional }: { isProvisional: boolean }) {
  return isProvisional ? <span className="minutes__example-mark"> (provisório)</span> : null;
}

function figureText(indicator: ReportIndicator, value: number | null) {
  return formatValueWithUnit(value, indicator.kind, indicator.unit);
}

export function IndicatorsTable({
  objective,
  names,
  variant,
}: {
  objective: ReportObjective;
  names: CoordinationNames;
  variant: ReportVariant;
}) {
  const className = numeric(variant);
  return (
    <ReportTable
      variant={variant}
      caption={`Indicadores do objetivo ${objective.code}`}
      columns={[
        { label: 'Indicador' },
        { label: 'Meta do ano', className, width: 'minutes__col-figure' },
        { label: 'Resultado (estado)', className, width: 'minutes__col-owner' },
        { label: 'Situação', width: 'minutes__col-status' },
      ]}
    >
      {objective.indicators.map((indicator) => (
        <tr key={indicator.code}>
          <td>
            {indicator.code} · {indicator.shortName}
            <span className="secondary-text semester-report__line">
              {indicator.goalCode ? `Meta estratégica ${indicator.goalCode} · ` : ''}Responsável:{' '}
              {coordinationName(indicator.coordinationCode, names)}
            </span>
          </td>
          <td className={className}>
            {figureText(indicator, indicator.target)}
            {indicator.targetLabel && indicator.target === null && (
              <span className="secondary-text semester-report__line">{indicator.targetLabel}</span>
            )}
          </td>
          <td className={className}>
            {figureText(indicator, indicator.value)}
            <ExampleMark isExample={indicator.isExample} />
            <span className="secondary-text semester-report__line">{figureYearText(indicator)}</span>
          </td>
          <td>{variant === 'screen' ? <StatusBadge status={indicator.status} /> : indicator.statusLabel}</td>
        </tr>
      ))}
    </ReportTable>
  );
}

/** One row: how many actions in each status, atrasadas and % concluído. */
export function StatusCountsTable({
  rollup,
  caption,
  variant,
}: {
  rollup: Rollup;
  caption: string;
  variant: ReportVariant;
}) {
  const className = `${numeric(variant)} semester-report__count`;
  const counts = rollupCounts(rollup, true);
  return (
    <ReportTable
      variant={variant}
      caption={caption}
      columns={[
        { label: 'Ações', className, width: 'semester-report__col-total' },
        ...counts.map(({ status }) => ({ label: statusLabel(status), className })),
        { label: 'Atrasadas', className },
        { label: '% concluído', className },
      ]}
    >
      <tr>
        <td className={className}>{formatNumber(rollup.total, 0)}</td>
        {counts.map(({ status, count }) => (
          <td key={status} className={className} data-status={status}>
            {formatNumber(count, 0)}
          </td>
        ))}
        <td className={className}>{formatNumber(rollup.overdue, 0)}</td>
        <td className={className}>{formatPercentDone(rollup.percentDone)}</td>
      </tr>
    </ReportTable>
  );
}

export function OverdueTable({
  objective,
  names,
  variant,
}: {
  objective: ReportObjective;
  names: CoordinationNames;
  variant: ReportVariant;
}) {
  return (
    <ReportTable
      variant={variant}
      caption={`Ações atrasadas do objetivo ${objective.code}`}
      columns={[
        { label: 'Ação', width: 'minutes__col-code' },
        { label: 'Descrição' },
        { label: 'Coordenadoria', width: 'minutes__col-owner' },
        { label: 'Término', width: 'minutes__col-date' },
        { label: 'Situação', width: 'minutes__col-status' },
      ]}
    >
      {objective.actions.overdue.map((action) => (
        <tr key={action.code}>
          <td className="semester-report__nowrap">{action.code}</td>
          <td>{action.text}</td>
          <td>
            {action.coordinationCodes.length === 0
              ? action.responsibleText
              : action.coordinationCodes.map((code) => (
                  <span key={code} className="semester-report__line">
                    {coordinationName(code, names)}
                  </span>
                ))}
          </td>
          <td className="semester-report__nowrap">
            {action.endsOn ? formatIsoDate(action.endsOn) : action.deadlineText}
          </td>
          <td>
            {variant === 'screen' ? <ActionStatusBadge status={action.status} /> : statusLabel(action.status)}
            {action.lastRecordMonth && (
              <span className="secondary-text semester-report__line">
                registro de {formatMonth(action.lastRecordMonth)}
              </span>
            )}
          </td>
        </tr>
      ))}
    </ReportTable>
  );
}

export function NonConformitiesTable({
  objective,
  variant,
}: {
  objective: ReportObjective;
  variant: ReportVariant;
}) {
  return (
    <ReportTable
      variant={variant}
      caption={`Não conformidades do objetivo ${objective.code}`}
      columns={[
        { label: 'Ação', width: 'minutes__col-code' },
        { label: 'Mês', width: 'minutes__col-month' },
        { label: 'Não conformidade' },
        { label: 'Medida corretiva' },
        { label: 'Responsável e novo prazo', width: 'minutes__col-owner' },
      ]}
    >
      {objective.nonConformities.map((item) => (
        <tr key={item.recordId}>
          <td className="semester-report__nowrap">{item.actionCode}</td>
          <td className="semester-report__nowrap">{formatMonth(item.referenceMonth)}</td>
          <td>
            {item.description}
            <ExampleMark isExample={item.isExample} />
            {item.cause && <span className="secondary-text semester-report__line">Causa: {item.cause}</span>}
          </td>
          <td>{item.correctiveAction}</td>
          <td>
            {item.correctiveOwner}
            <span className="secondary-text semester-report__line">
              até {formatIsoDate(item.correctiveDeadline)}
            </span>
          </td>
        </tr>
      ))}
    </ReportTable>
  );
}
